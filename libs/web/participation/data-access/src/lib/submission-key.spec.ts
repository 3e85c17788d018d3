import { SubmissionKey } from './submission-key';

describe('SubmissionKey', () => {
  it('reuses the key while the same content is retried, and starts a new one for new content or after success', () => {
    let n = 0;
    const key = new SubmissionKey(() => `k${++n}`);

    expect(key.for({ text: 'a' })).toBe('k1');
    expect(key.for({ text: 'a' })).toBe('k1');
    expect(key.for({ text: 'b' })).toBe('k2');
    key.complete();
    expect(key.for({ text: 'b' })).toBe('k3');
  });
});
