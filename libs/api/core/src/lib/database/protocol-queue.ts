import type { PGlite } from '@electric-sql/pglite';

interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
}

// Extended-query messages that belong to a cycle ending with Sync: Parse, Bind, Describe, Execute, Close, Flush.
const EXTENDED_QUERY_MESSAGES = new Set(['P', 'B', 'D', 'E', 'C', 'H']);
const SYNC = 'S';
const SIMPLE_QUERY = 'Q';

/**
 * Feeds PGlite's single backend the wire-protocol messages of several client connections.
 *
 * pglite-socket's own queue interleaves connections message by message outside explicit
 * transactions. The `pg` driver sends every parameterised query as Parse/Bind/Execute/Sync using
 * the unnamed statement, so two connections interleaving overwrite each other's statement
 * ("unnamed prepared statement does not exist", or worse, the wrong one). Here a connection owns
 * the backend from its first extended-query message until its Sync, and for as long as it keeps
 * a transaction open; the others wait their turn.
 */
export class ProtocolQueue {
  private readonly queue: QueuedMessage[] = [];
  private owner: number | null = null;
  private processing = false;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    for (let index = this.queue.length - 1; index >= 0; index--) {
      if (this.queue[index].handlerId === handlerId) {
        this.queue[index].reject(new Error('Handler disconnected'));
        this.queue.splice(index, 1);
      }
    }
  }

  /** A connection that went away mid-cycle or mid-transaction must not leave the backend held. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    this.owner = null;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    await this.process();
  }

  private next(): QueuedMessage | undefined {
    const index = this.owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === this.owner);
    return index === -1 ? undefined : this.queue.splice(index, 1)[0];
  }

  private async process(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      for (let item = this.next(); item; item = this.next()) {
        const current = item;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(current.message, {
              onRawData: (data) => {
                bytes += data.length;
                current.onData(data);
              },
            }),
          );
        } catch (error) {
          this.release(current.handlerId);
          current.reject(error);
          continue;
        }
        this.updateOwner(current);
        current.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  }

  private updateOwner(item: QueuedMessage): void {
    // The start-up packet has no type byte (it begins with its length); it does not change ownership.
    const type = item.message.length > 0 && item.message[0] !== 0 ? String.fromCharCode(item.message[0]) : '';
    if (EXTENDED_QUERY_MESSAGES.has(type)) {
      this.owner = item.handlerId;
    } else if (type === SYNC || type === SIMPLE_QUERY) {
      this.owner = this.db.isInTransaction() ? item.handlerId : null;
    }
    // Terminate keeps ownership: the socket's close then calls clearTransactionIfNeeded, which
    // rolls back whatever the departing connection left open before anyone else runs.
  }

  private release(handlerId: number): void {
    if (this.owner === handlerId) this.owner = null;
  }
}
