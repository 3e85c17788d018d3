/** A fresh random key (crypto.randomUUID where available, e.g. secure contexts). */
function randomKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
    return crypto.randomUUID();
  }
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * The Idempotency-Key of one submission. Retrying the same content (after a timeout or a network
 * error) reuses the key, so the server creates the comment once; changed content is a new submission.
 */
export class SubmissionKey {
  private current: { key: string; fingerprint: string } | null = null;

  constructor(private readonly generate: () => string = randomKey) {}

  for(payload: unknown): string {
    const fingerprint = JSON.stringify(payload);
    if (this.current?.fingerprint !== fingerprint) {
      this.current = { key: this.generate(), fingerprint };
    }
    return this.current.key;
  }

  /** After a success: the next submission, even with the same text, is a new one. */
  complete(): void {
    this.current = null;
  }
}
