import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntitySubscriberInterface, TransactionCommitEvent } from 'typeorm';

/** How often the shared change counter is read while the cache is in use. Bounds staleness across processes. */
export const PUBLIC_READ_POLL_MS = 200;
/** A version read longer ago than this is not trusted (the poller is stopped, slow or failing): reads go to the database. */
const VERSION_TRUSTED_MS = 3 * PUBLIC_READ_POLL_MS;
/** The poller stops after this long without a cached read, and starts again with the next one. */
const IDLE_STOP_MS = 30_000;
/** Entries kept at most (the oldest go first); a page is ~15 kB, so this bounds memory to tens of MB. */
const MAX_ENTRIES = 2_000;

interface Entry {
  version: string;
  value: Promise<unknown>;
}

/**
 * Anonymous reads of public comment lists and counts, cached in this process and shared by concurrent requests.
 *
 * Everything a public list shows lives in tables whose changes raise one counter, `public_read_version`, when their
 * transaction commits (deferred triggers, migration 1764000400000). An entry is valid only for the counter value read
 * before it was loaded, so:
 * - another process's change is seen within about PUBLIC_READ_POLL_MS (the counter is polled while the cache is in use);
 * - this process's own changes are seen at once: every commit here sets the version to unknown (reads bypass the cache)
 *   until a poll started after that commit has answered;
 * - if polling stops or fails, reads go straight to the database: the cache can only be fast, never wrong for longer
 *   than the poll interval.
 * Concurrent requests for the same page share one database read (a stampede of 100 readers costs one query).
 */
@Injectable()
export class PublicReadCache implements EntitySubscriberInterface, OnModuleDestroy {
  private readonly logger = new Logger(PublicReadCache.name);
  private readonly entries = new Map<string, Entry>();
  private version: string | null = null;
  private versionReadAt = 0;
  /** Raised by every commit in this process; a poll that started before a commit must not restore trust. */
  private commits = 0;
  private lastUse = 0;
  private timer: NodeJS.Timeout | null = null;
  private polling = false;
  private stopped = false;
  private failing = false;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  /** The cached value for `key`, or `load()`'s (cached when the current version is known). */
  get<T>(key: string, load: () => Promise<T>): Promise<T> {
    this.lastUse = Date.now();
    this.startPolling();
    const version = this.trustedVersion();
    if (version === null) return load();
    const cached = this.entries.get(key);
    if (cached && cached.version === version) return cached.value as Promise<T>;
    const value = load();
    this.entries.delete(key);
    this.entries.set(key, { version, value });
    if (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    // A failed read (e.g. 404) is shared by the requests already waiting for it, never kept.
    value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value;
  }

  /** TypeORM calls this after every transaction committed through this process's data source. */
  afterTransactionCommit(_event: TransactionCommitEvent): void {
    this.commits++;
    this.version = null;
    if (this.timer) void this.poll();
  }

  onModuleDestroy(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const index = this.dataSource.subscribers.indexOf(this);
    if (index >= 0) this.dataSource.subscribers.splice(index, 1);
  }

  private trustedVersion(): string | null {
    return this.version !== null && Date.now() - this.versionReadAt <= VERSION_TRUSTED_MS ? this.version : null;
  }

  private startPolling(): void {
    if (this.timer || this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), 0);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    await this.poll();
    if (this.stopped || Date.now() - this.lastUse > IDLE_STOP_MS) {
      this.timer = null;
      this.version = null;
      this.entries.clear();
      return;
    }
    this.timer = setTimeout(() => void this.tick(), PUBLIC_READ_POLL_MS);
    this.timer.unref();
  }

  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      // Retried while commits keep arriving during the read; after three tries the version stays unknown until the next tick.
      for (let attempt = 0; attempt < 3; attempt++) {
        const commitsBefore = this.commits;
        const startedAt = Date.now();
        const rows: { version: string }[] = await this.dataSource.query(
          `SELECT "version"::text AS "version" FROM "public_read_version" WHERE "id" = 1`,
        );
        if (this.commits !== commitsBefore) continue;
        const version = rows[0]?.version ?? null;
        if (version !== this.version) {
          for (const [key, entry] of this.entries) if (entry.version !== version) this.entries.delete(key);
        }
        this.version = version;
        this.versionReadAt = startedAt;
        this.failing = false;
        return;
      }
    } catch (error) {
      this.version = null;
      if (!this.failing) this.logger.warn(`Cannot read public_read_version, public reads bypass the cache: ${(error as Error).message}`);
      this.failing = true;
    } finally {
      this.polling = false;
    }
  }
}
