import { testDatabaseUrl, TestClient } from '@consulta/api/testing';
import { CommentCountsDto, CommentPageDto, Role } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  aComment,
  anOpenConsultation,
  aPerson,
  createParticipationApp,
  OpenConsultation,
  Person,
  randomIp,
} from '../../testing/participation-test-kit';
import { CommentService } from '../services/comment.service';
import { PUBLIC_READ_POLL_MS } from '../services/public-read-cache';

/** Polls `read` until `accept` holds or `withinMs` passes; returns how long it took. */
async function eventually<T>(read: () => Promise<T>, accept: (value: T) => boolean, withinMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (accept(value)) return Date.now() - started;
    if (Date.now() - started > withinMs) throw new Error(`not seen within ${withinMs} ms: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('cached public reads', () => {
  let app: INestApplication;
  let resident: Person;
  let visitor: TestClient;
  let open: OpenConsultation;
  let dataSource: DataSource;

  beforeAll(async () => {
    app = await createParticipationApp();
    const admin = (await aPerson(app, { role: Role.Admin })).client;
    resident = await aPerson(app);
    visitor = await TestClient.create(app, { ip: randomIp() });
    open = await anOpenConsultation(admin);
    dataSource = app.get(DataSource);
  });
  afterAll(() => app.close());

  const listUrl = () => `/api/consultations/${open.slug}/comments?section=${open.sectionKey}`;
  const anonymousList = async () => (await visitor.get(listUrl()).expect(200)).body as CommentPageDto;
  const anonymousCounts = async () =>
    (await visitor.get(`/api/consultations/${open.slug}/comment-counts`).expect(200)).body as CommentCountsDto;

  /** Waits until anonymous reads of the list are served from the cache (the poller has read the shared version). */
  async function cacheInUse(): Promise<void> {
    const service = app.get(CommentService);
    await eventually(
      async () => {
        const spy = jest.spyOn(service, 'list');
        await anonymousList();
        await anonymousList();
        const calls = spy.mock.calls.length;
        spy.mockRestore();
        return calls;
      },
      (calls) => calls <= 1,
      20 * PUBLIC_READ_POLL_MS,
    );
  }

  async function version(): Promise<bigint> {
    const rows: { version: string }[] = await dataSource.query(`SELECT "version"::text AS "version" FROM "public_read_version"`);
    return BigInt(rows[0].version);
  }

  it('raises the shared version when a change to comments commits, and not when it rolls back', async () => {
    const before = await version();
    await dataSource
      .transaction(async (manager) => {
        await manager.query(`UPDATE "comments" SET "agree_count" = "agree_count" `);
        await manager.query(`INSERT INTO "consultations" ("id") VALUES (NULL)`);
      })
      .catch(() => undefined);
    expect(await version()).toBe(before);

    await resident.client.post(`/api/consultations/${open.slug}/comments`, aComment(open.sectionKey)).expect(201);
    expect(await version()).toBeGreaterThan(before);
  });

  it("shows this process's own writes to anonymous readers at once", async () => {
    await cacheInUse();
    const first = await anonymousList();
    await resident.client.post(`/api/consultations/${open.slug}/comments`, aComment(open.sectionKey)).expect(201);
    const after = await anonymousList();
    expect(after.total).toBe(first.total + 1);
    expect(after.items).toHaveLength(first.items.length + 1);
    expect((await anonymousCounts()).total).toBe(after.total);
  });

  it("shows another process's writes within a few poll intervals", async () => {
    await cacheInUse();
    const before = await anonymousList();
    const target = before.items[0];
    // Another API process: its own connection, not this app's data source (so no commit is seen here).
    const other = new Client({ connectionString: testDatabaseUrl() });
    await other.connect();
    try {
      await other.query(`UPDATE "comments" SET "text" = 'Zmieniony przez inny proces API' WHERE "id" = $1`, [target.id]);
    } finally {
      await other.end();
    }
    const waited = await eventually(
      anonymousList,
      (page) => page.items.some((item) => item.id === target.id && item.text === 'Zmieniony przez inny proces API'),
      20 * PUBLIC_READ_POLL_MS,
    );
    expect(waited).toBeLessThan(20 * PUBLIC_READ_POLL_MS);
  });

  it('answers concurrent anonymous requests for one page with one database read', async () => {
    const service = app.get(CommentService);
    await cacheInUse();
    await anonymousList();
    const spy = jest.spyOn(service, 'list');
    try {
      const pages = await Promise.all(Array.from({ length: 20 }, () => anonymousList()));
      expect(new Set(pages.map((page) => JSON.stringify(page))).size).toBe(1);
      expect(spy.mock.calls.length).toBeLessThanOrEqual(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('never serves a signed-in person from the anonymous cache', async () => {
    await anonymousList();
    const service = app.get(CommentService);
    const spy = jest.spyOn(service, 'list');
    try {
      await resident.client.get(listUrl()).expect(200);
      await resident.client.get(listUrl()).expect(200);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});
