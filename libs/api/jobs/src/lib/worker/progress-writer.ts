/** How far a job is, as stored: a fraction and a plain-text line. */
export interface ProgressValue {
  progress: number;
  message: string | null;
}

const MESSAGE_MAX = 300;
// C0 and C1 control characters (tab and newline included: a progress message is one line).
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]+/g;

/** Plain text on one line, at most 300 characters; control characters become spaces. */
export function cleanProgressMessage(message: string): string | null {
  const text = message.replace(CONTROL_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  return text ? Array.from(text).slice(0, MESSAGE_MAX).join('') : null;
}

/**
 * Throttles one running job's progress writes: the first goes out at once, then at most one per
 * interval, always with the latest value. Writes are chained so they land in order, and never awaited
 * by the handler (a handler inside a transaction on PGlite would otherwise wait for itself).
 */
export class ProgressWriter {
  private latest: ProgressValue | null = null;
  private message: string | null = null;
  private lastWriteAt = 0;
  private timer?: NodeJS.Timeout;
  private chain: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly write: (value: ProgressValue) => Promise<void>,
    private readonly intervalMs: number,
  ) {}

  report(fraction: number, message?: string | null): void {
    if (typeof fraction !== 'number' || Number.isNaN(fraction)) throw new RangeError('Job progress must be a number from 0 to 1');
    if (this.closed) return;
    if (message !== undefined) this.message = message === null ? null : cleanProgressMessage(String(message));
    this.latest = { progress: Math.min(1, Math.max(0, fraction)), message: this.message };
    if (this.timer) return;
    const wait = Math.max(0, this.lastWriteAt + this.intervalMs - Date.now());
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flush();
    }, wait);
    this.timer.unref();
  }

  /** Stops accepting values and waits for writes already sent; a value still waiting for its slot is dropped. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.chain;
  }

  private flush(): void {
    const value = this.latest;
    this.latest = null;
    if (!value || this.closed) return;
    this.lastWriteAt = Date.now();
    this.chain = this.chain.then(() => this.write(value));
  }
}
