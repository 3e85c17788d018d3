import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KRAKOW_MISSION_DRAFT_MARKDOWN } from './krakow-mission-draft';

describe('the embedded Kraków mission draft', () => {
  it('equals the Markdown file kept next to it', () => {
    expect(KRAKOW_MISSION_DRAFT_MARKDOWN).toBe(readFileSync(join(__dirname, 'krakow-mission-draft.md'), 'utf8'));
  });

  const shared = '/work/shared/content/krakow-mission-draft.md';
  it('equals the shared demo content, where that exists (developer machines)', () => {
    if (!existsSync(shared)) return;
    expect(KRAKOW_MISSION_DRAFT_MARKDOWN).toBe(readFileSync(shared, 'utf8'));
  });
});
