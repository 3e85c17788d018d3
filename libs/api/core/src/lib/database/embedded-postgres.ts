import type { Extension } from '@electric-sql/pglite';
import { Logger } from '@nestjs/common';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { ProtocolQueue } from './protocol-queue';

/** A running PGlite instance served over the PostgreSQL wire protocol on 127.0.0.1. */
export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts PGlite (PostgreSQL compiled to WebAssembly) and serves it on 127.0.0.1 so that
 * TypeORM connects with the ordinary `pg` driver, exactly as to a real server.
 *
 * @param dataDir folder to persist into; undefined keeps the database in memory (tests).
 * @param maxConnections pool size + 1: PGlite runs one backend, the socket server queues the rest.
 */
export async function startEmbeddedPostgres(dataDir: string | undefined, maxConnections: number): Promise<EmbeddedPostgres> {
  // PGlite ships as ESM only: load it with import() from this CommonJS build.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  // The contrib subpaths have no types under node10 resolution; their CommonJS builds load fine.
  const { pg_trgm } = require('@electric-sql/pglite/contrib/pg_trgm') as { pg_trgm: Extension };
  const { unaccent } = require('@electric-sql/pglite/contrib/unaccent') as { unaccent: Extension };

  let dataPath: string | undefined;
  if (dataDir) {
    dataPath = resolve(dataDir, 'pglite');
    mkdirSync(dataPath, { recursive: true });
  }
  const db = await PGlite.create({ dataDir: dataPath, extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections });
  // Replace the server's message queue (read by each new connection) with one that keeps every
  // connection's extended-query cycle and transaction together; see ProtocolQueue.
  (server as unknown as { queryQueue: ProtocolQueue }).queryQueue = new ProtocolQueue(db);
  await server.start();
  const address = server.getServerConn();
  const port = Number(address.split(':').pop());
  new Logger('Database').log(`Embedded PostgreSQL (PGlite) on 127.0.0.1:${port}${dataPath ? `, data in ${dataPath}` : ', in memory'}`);
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
