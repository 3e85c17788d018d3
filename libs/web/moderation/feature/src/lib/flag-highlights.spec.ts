import { FlagReason, ModerationFlagDto, PersonalDataKind } from '@consulta/shared/contracts';
import { highlightSegments } from './flag-highlights';

function flag(reason: ModerationFlagDto['reason'], start: number | null, end: number | null, match: string | null): ModerationFlagDto {
  return { reason, detail: PersonalDataKind.Phone, start, end, match, createdAt: '2026-05-02T10:00:00Z' };
}

describe('highlightSegments', () => {
  const text = 'Dzwońcie: 600 123 456 albo jan@example.org';

  it('splits the text into plain runs and flagged passages, in order', () => {
    const segments = highlightSegments(text, [
      flag(FlagReason.PersonalData, 27, 42, 'jan@example.org'),
      flag(FlagReason.PersonalData, 10, 21, '600 123 456'),
    ]);
    expect(segments.map((s) => [s.text, s.reasons])).toEqual([
      ['Dzwońcie: ', []],
      ['600 123 456', [FlagReason.PersonalData]],
      [' albo ', []],
      ['jan@example.org', [FlagReason.PersonalData]],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments[1]).toMatchObject({ start: 10, end: 21 });
  });

  it('merges overlapping passages and lists every reason once', () => {
    const segments = highlightSegments(text, [
      flag(FlagReason.PersonalData, 27, 42, 'jan@example.org'),
      flag(FlagReason.Link, 31, 42, 'example.org'),
    ]);
    expect(segments.at(-1)).toEqual({ text: 'jan@example.org', reasons: [FlagReason.PersonalData, FlagReason.Link], start: 27, end: 42 });
  });

  it('ignores whole-item flags and offsets that no longer match the text (after a redaction)', () => {
    const segments = highlightSegments('[usunięto dane osobowe] proszę o kontakt', [
      flag(FlagReason.NearDuplicate, null, null, null),
      flag(FlagReason.PersonalData, 0, 11, '600 123 456'),
      flag(FlagReason.PersonalData, 30, 99, null),
    ]);
    expect(segments).toEqual([{ text: '[usunięto dane osobowe] proszę o kontakt', reasons: [], start: 0, end: 40 }]);
  });

  it('returns one empty plain run for an empty text', () => {
    expect(highlightSegments('', [])).toEqual([{ text: '', reasons: [], start: 0, end: 0 }]);
  });
});
