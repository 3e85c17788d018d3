import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';

/** The largest chunk stored (report_file_chunks.bytes). */
export const REPORT_CHUNK_BYTES = 1024 * 1024;

/**
 * A writable stream that cuts what is written into chunks of exactly REPORT_CHUNK_BYTES (the last one shorter) and
 * hands each to `store` before accepting more: a file of any size is written with at most about two chunks in memory.
 * `size` and `sha256` are final once the stream has finished.
 */
export class ChunkedFileWriter extends Writable {
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private seq = 0;
  private readonly hash = createHash('sha256');
  size = 0;
  sha256 = '';

  constructor(private readonly store: (seq: number, bytes: Buffer) => Promise<void>) {
    super();
  }

  override _write(chunk: Buffer | string, encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this.hash.update(bytes);
    this.size += bytes.length;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
    this.flush(false).then(() => callback(), callback);
  }

  override _final(callback: (error?: Error | null) => void): void {
    this.flush(true).then(() => {
      this.sha256 = this.hash.digest('hex');
      callback();
    }, callback);
  }

  private async flush(all: boolean): Promise<void> {
    while (this.pendingBytes >= REPORT_CHUNK_BYTES || (all && this.pendingBytes > 0)) {
      const joined = Buffer.concat(this.pending, this.pendingBytes);
      const take = Math.min(REPORT_CHUNK_BYTES, joined.length);
      const rest = joined.subarray(take);
      this.pending = rest.length > 0 ? [rest] : [];
      this.pendingBytes = rest.length;
      await this.store(this.seq++, Buffer.from(joined.subarray(0, take)));
    }
  }
}

/** Writes `text` to `out`, waiting when the stream asks to (backpressure). */
export async function write(out: NodeJS.WritableStream, text: string | Buffer): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}

/** Ends `out` and waits until everything written has been handled. */
export function end(out: NodeJS.WritableStream): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.end(() => resolve());
  });
}
