import { Client, Pool } from 'pg';

/**
 * Runs on the run's test database: embedded PGlite locally (through ProtocolQueue, which this
 * exercises: PGlite cannot start inside a Jest worker, so the globalSetup serves it), the
 * machine's PostgreSQL in CI. Both must give the same answers.
 */
describe('the database over the wire protocol, from parallel connections', () => {
  const url = (): string => {
    const value = process.env['TEST_DATABASE_URL'];
    if (!value) throw new Error('TEST_DATABASE_URL is not set (see libs/api/testing global-setup)');
    return value;
  };
  const counter = `wire_counter_${process.pid}`;

  beforeAll(async () => {
    const client = new Client({ connectionString: url() });
    await client.connect();
    await client.query(`CREATE TABLE ${counter} (id int PRIMARY KEY, value int NOT NULL)`);
    await client.query(`INSERT INTO ${counter} VALUES (1, 0)`);
    await client.end();
  });
  afterAll(async () => {
    const client = new Client({ connectionString: url() });
    await client.connect();
    await client.query(`DROP TABLE ${counter}`);
    await client.end();
  });

  it('answers many parameterised queries from parallel connections each with its own result', async () => {
    const pool = new Pool({ connectionString: url(), max: 10 });
    try {
      const results = await Promise.all(
        Array.from({ length: 300 }, (_, index) =>
          // Every statement differs, so a Bind that reached another connection's Parse would fail or answer wrongly.
          index % 2 === 0
            ? pool.query<{ n: number; echo: string }>(`SELECT $1::int AS n, $2::text AS echo, ${index} AS k`, [index, `v${index}`])
            : pool.query<{ n: number; echo: string }>(`SELECT $2::int AS n, $1::text AS echo, ${index} AS k`, [`v${index}`, index]),
        ),
      );
      results.forEach((result, index) => expect(result.rows[0]).toEqual({ n: index, echo: `v${index}`, k: index }));
    } finally {
      await pool.end();
    }
  });

  it('keeps concurrent read-modify-write transactions serial (no lost updates)', async () => {
    const pool = new Pool({ connectionString: url(), max: 10 });
    try {
      await Promise.all(
        Array.from({ length: 50 }, async () => {
          const client = await pool.connect();
          try {
            await client.query('BEGIN');
            const { rows } = await client.query<{ value: number }>(`SELECT value FROM ${counter} WHERE id = $1 FOR UPDATE`, [1]);
            await client.query(`UPDATE ${counter} SET value = $1 WHERE id = $2`, [rows[0].value + 1, 1]);
            await client.query('COMMIT');
          } finally {
            client.release();
          }
        }),
      );
      const { rows } = await pool.query<{ value: number }>(`SELECT value FROM ${counter} WHERE id = 1`);
      expect(rows[0].value).toBe(50);
    } finally {
      await pool.end();
    }
  });

  it('rolls back the open transaction of a connection that disappears', async () => {
    const client = new Client({ connectionString: url() });
    await client.connect();
    await client.query('BEGIN');
    await client.query(`UPDATE ${counter} SET value = -1 WHERE id = 1`);
    client.end().catch(() => undefined);
    const other = new Client({ connectionString: url() });
    await other.connect();
    const { rows } = await other.query<{ value: number }>(`SELECT value FROM ${counter} WHERE id = $1`, [1]);
    await other.end();
    expect(rows[0].value).not.toBe(-1);
  });
});
