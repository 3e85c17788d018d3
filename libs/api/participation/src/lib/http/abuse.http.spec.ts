import { AppConfig } from '@consulta/api/core';
import { TestClient } from '@consulta/api/testing';
import { CommentDto, ErrorCode, IDEMPOTENCY_KEY_HEADER, ReplyDto, Role, UserDto } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PARTICIPATION_LIMITS } from '../participation-limits';
import {
  aComment,
  anOpenConsultation,
  aPerson,
  commentCount,
  createParticipationApp,
  OpenConsultation,
  Person,
  randomIp,
} from '../../testing/participation-test-kit';

describe('abuse resistance over HTTP', () => {
  let app: INestApplication;
  let admin: TestClient;
  let open: OpenConsultation;
  /** Every limit is multiplied by RATE_LIMIT_FACTOR (set for the browser tests; 1 unless the environment says otherwise). */
  let factor: number;

  beforeAll(async () => {
    app = await createParticipationApp();
    factor = app.get(AppConfig).RATE_LIMIT_FACTOR;
    admin = (await aPerson(app, { role: Role.Admin })).client;
    open = await anOpenConsultation(admin);
  });
  afterAll(() => app.close());

  /** A verified account whose every request (registration included) comes from `ip`. */
  async function aPersonAt(ip: string): Promise<Person> {
    const client = await TestClient.create(app, { ip });
    const password = `${randomBytes(18).toString('base64url')}-Kr4k0w`;
    const email = `ip.${randomBytes(6).toString('hex')}@example.pl`;
    const response = await client.post('/api/auth/register', { email, displayName: 'Ewa Zielińska', password }).expect(201);
    const user = (response.body as { user: UserDto }).user;
    await app.get(DataSource).query('UPDATE "users" SET "email_verified_at" = now() WHERE "id" = $1', [user.id]);
    return { client, user, password };
  }

  const postComment = (person: Person, body: object = aComment(open.sectionKey)) =>
    person.client.post(`/api/consultations/${open.slug}/comments`, body);
  const postReply = (person: Person, commentId: string, body: object) => person.client.post(`/api/comments/${commentId}/replies`, body);
  const replyCount = async (commentId: string): Promise<number> =>
    (await app.get(DataSource).query<{ c: number }[]>('SELECT count(*)::int AS c FROM "replies" WHERE "comment_id" = $1', [commentId]))[0]
      .c;

  describe('per-IP comment limit', () => {
    it('answers 429 with Retry-After once one IP has sent its share from several accounts; another IP is unaffected', async () => {
      const perAccount = PARTICIPATION_LIMITS.commentsPerAccount.limit * factor;
      const perIp = PARTICIPATION_LIMITS.commentsPerIp.limit * factor;
      expect(perIp).toBeGreaterThan(perAccount);
      const ip = randomIp();
      const people: Person[] = [];
      for (let sent = 0; sent < perIp; sent++) {
        // A new account whenever the current one reaches its own limit, so only the IP limit can be hit.
        if (sent % perAccount === 0) people.push(await aPersonAt(ip));
        await postComment(people[people.length - 1]).expect(201);
      }
      expect(people.length).toBe(Math.ceil(perIp / perAccount));

      const fresh = await aPersonAt(ip);
      const before = await commentCount(app);
      const refused = await postComment(fresh).expect(429);
      expect(refused.body).toMatchObject({ statusCode: 429, code: ErrorCode.RateLimited });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(PARTICIPATION_LIMITS.commentsPerIp.windowSeconds);
      expect(await commentCount(app)).toBe(before);
      const mine = await app
        .get(DataSource)
        .query<{ c: number }[]>('SELECT count(*)::int AS c FROM "comments" WHERE "author_id" = $1', [fresh.user.id]);
      expect(mine[0].c).toBe(0);

      const elsewhere = await aPersonAt(randomIp());
      await postComment(elsewhere).expect(201);
      expect(await commentCount(app)).toBe(before + 1);
    });
  });

  describe('replies', () => {
    let author: Person;
    let comment: CommentDto;

    beforeAll(async () => {
      author = await aPerson(app);
      comment = (await postComment(author).expect(201)).body as CommentDto;
    });

    it('refuses a filled honeypot with SUSPECTED_BOT and stores nothing', async () => {
      const person = await aPerson(app);
      const before = await replyCount(comment.id);
      const response = await postReply(person, comment.id, { text: 'Zgadzam się w pełni', website: 'http://spam.example' }).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: ErrorCode.SuspectedBot });
      expect(await replyCount(comment.id)).toBe(before);
      expect((await person.client.get(`/api/comments/${comment.id}`).expect(200)).body.replyCount).toBe(before);
    });

    it('accepts an empty honeypot as a person would send it', async () => {
      const person = await aPerson(app);
      await postReply(person, comment.id, { text: 'Pusty ukryty formularz', website: '' }).expect(201);
    });

    it('creates one reply for a key sent twice, and refuses the key with another body', async () => {
      const person = await aPerson(app);
      const key = randomUUID();
      const body = { text: 'Odpowiedź wysłana dwa razy' };
      const first = await postReply(person, comment.id, body).set(IDEMPOTENCY_KEY_HEADER, key).expect(201);
      const before = await replyCount(comment.id);
      const again = await postReply(person, comment.id, body).set(IDEMPOTENCY_KEY_HEADER, key).expect(200);
      expect((again.body as ReplyDto).id).toBe((first.body as ReplyDto).id);
      expect(again.body).toEqual(first.body);
      const conflict = await postReply(person, comment.id, { text: 'Zupełnie inna odpowiedź' })
        .set(IDEMPOTENCY_KEY_HEADER, key)
        .expect(409);
      expect(conflict.body).toMatchObject({ statusCode: 409, code: ErrorCode.IdempotencyKeyConflict });
      expect(await replyCount(comment.id)).toBe(before);
      const rows = await app
        .get(DataSource)
        .query<{ c: number }[]>('SELECT count(*)::int AS c FROM "replies" WHERE "author_id" = $1', [person.user.id]);
      expect(rows[0].c).toBe(1);
    });

    it('refuses the key of a comment reused for a reply', async () => {
      const person = await aPerson(app);
      const key = randomUUID();
      await postComment(person).set(IDEMPOTENCY_KEY_HEADER, key).expect(201);
      const before = await replyCount(comment.id);
      const response = await postReply(person, comment.id, { text: 'Ten sam klucz, inna rzecz' })
        .set(IDEMPOTENCY_KEY_HEADER, key)
        .expect(409);
      expect(response.body.code).toBe(ErrorCode.IdempotencyKeyConflict);
      expect(await replyCount(comment.id)).toBe(before);
    });

    it('creates one reply for concurrent requests with the same key', async () => {
      const person = await aPerson(app);
      const key = randomUUID();
      const before = await replyCount(comment.id);
      const responses = await Promise.all(
        [1, 2, 3].map(() => postReply(person, comment.id, { text: 'Wysłane trzy razy naraz' }).set(IDEMPOTENCY_KEY_HEADER, key)),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 201]);
      expect(new Set(responses.map((response) => (response.body as ReplyDto).id)).size).toBe(1);
      expect(await replyCount(comment.id)).toBe(before + 1);
      expect((await person.client.get(`/api/comments/${comment.id}`).expect(200)).body.replyCount).toBe(before + 1);
    });

    it('answers 429 with Retry-After after too many replies from one account, storing nothing more', async () => {
      const person = await aPerson(app);
      const limit = PARTICIPATION_LIMITS.repliesPerAccount.limit * factor;
      for (let n = 0; n < limit; n++) await postReply(person, comment.id, { text: `Odpowiedź numer ${n + 1}` }).expect(201);
      const before = await replyCount(comment.id);
      const response = await postReply(person, comment.id, { text: 'Jedna za dużo' }).expect(429);
      expect(response.body).toMatchObject({ statusCode: 429, code: ErrorCode.RateLimited });
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect(await replyCount(comment.id)).toBe(before);
      // The limit is the account's: someone else still replies.
      await postReply(await aPerson(app), comment.id, { text: 'Inna osoba odpowiada' }).expect(201);
    });
  });
});
