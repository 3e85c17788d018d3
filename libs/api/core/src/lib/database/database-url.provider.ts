import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../config/app-config';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';

/** Resolves where the database is: DATABASE_URL, or an embedded PGlite started on demand. */
@Injectable()
export class DatabaseLocator implements OnApplicationShutdown {
  private embedded?: EmbeddedPostgres;
  private url?: string;

  constructor(private readonly config: AppConfig) {}

  get kind(): 'embedded' | 'postgres' {
    return this.config.embeddedDatabase ? 'embedded' : 'postgres';
  }

  async resolveUrl(): Promise<string> {
    if (this.url) return this.url;
    if (this.config.DATABASE_URL) {
      this.url = this.config.DATABASE_URL;
    } else {
      this.embedded = await startEmbeddedPostgres(this.config.DATA_DIR, this.config.DATABASE_POOL_SIZE + 1);
      this.url = this.embedded.url;
    }
    return this.url;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.embedded) {
      new Logger('Database').log('Stopping embedded PostgreSQL');
      await this.embedded.stop();
      this.embedded = undefined;
    }
  }
}
