import { ACCESS_POLICY } from '@consulta/api/core';
import { TestClient } from '@consulta/api/testing';
import {
  AuditPageDto,
  CommentDto,
  CommentState,
  ErrorCode,
  FlagReason,
  ModerationItemDetailDto,
  ModerationQueuePageDto,
  REDACTION_PLACEHOLDER,
  RejectionReason,
  ReportReason,
  Role,
  Stance,
  SubmitterType,
  UserDto,
} from '@consulta/shared/contracts';
import { INestApplication, RequestMethod } from '@nestjs/common';
import { PATH_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { randomBytes, randomInt } from 'node:crypto';
import { DataSource } from 'typeorm';
import { createModerationApp } from '../../testing/moderation-test-kit';
import { AuditController } from './audit.controller';
import { DispositionsController } from './dispositions.controller';
import { ModerationController } from './moderation.controller';
import { SubmissionsController } from './submissions.controller';

interface Person {
  client: TestClient;
  user: UserDto;
}

const randomIp = (): string => `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;

async function aPerson(app: INestApplication, role: Role = Role.Resident): Promise<Person> {
  const client = await TestClient.create(app, { ip: randomIp() });
  const email = `m.${randomBytes(6).toString('hex')}@example.pl`;
  const response = await client.post('/api/auth/register', {
    email,
    displayName: `Osoba ${role}`,
    password: `${randomBytes(18).toString('base64url')}-Kr4k0w`,
  });
  const user = (response.body as { user: UserDto }).user;
  const dataSource = app.get(DataSource);
  await dataSource.query('UPDATE "users" SET "email_verified_at" = now(), "role" = $1 WHERE "id" = $2', [role, user.id]);
  return { client, user };
}

async function anOpenConsultation(admin: TestClient): Promise<{ slug: string; sectionKey: string }> {
  const slug = `moderacja-${randomBytes(4).toString('hex')}`;
  const day = 24 * 3600 * 1000;
  await admin
    .post('/api/admin/consultations', {
      slug,
      title: 'Misja Krakowa',
      summary: 'Projekt misji',
      opensAt: new Date(Date.now() - day).toISOString(),
      closesAt: new Date(Date.now() + 14 * day).toISOString(),
      moderationMode: 'post',
      areas: [],
      published: true,
    })
    .expect(201);
  await admin
    .post(`/api/admin/consultations/${slug}/versions`, { markdown: '# Misja\n\n## Wizja\n\nKraków jest miastem otwartym.\n' })
    .expect(201);
  const detail = (await admin.get(`/api/consultations/${slug}`).expect(200)).body as { document: { sections: { key: string }[] } };
  return { slug, sectionKey: detail.document.sections[0].key };
}

describe('moderation over HTTP', () => {
  let app: INestApplication;
  let admin: Person;
  let moderator: Person;
  let otherModerator: Person;
  let resident: Person;
  let open: { slug: string; sectionKey: string };

  const comment = (person: Person, text: string) =>
    person.client.post(`/api/consultations/${open.slug}/comments`, {
      sectionKey: open.sectionKey,
      text,
      stance: Stance.Support,
      submitterType: SubmitterType.Resident,
      personalDataConsent: true,
    });
  const queue = (person: Person, query: string) => person.client.get(`/api/moderation/queue?consultation=${open.slug}&${query}`);

  beforeAll(async () => {
    app = await createModerationApp();
    admin = await aPerson(app, Role.Admin);
    moderator = await aPerson(app, Role.Moderator);
    otherModerator = await aPerson(app, Role.Moderator);
    resident = await aPerson(app);
    open = await anOpenConsultation(admin.client);
  });
  afterAll(() => app.close());

  it('holds a flagged comment in post-moderation, shows the flag with offsets, and approves it with an audit row', async () => {
    const text = 'Proszę o kontakt: jan.kowalski@example.pl w sprawie zieleni.';
    const created = (await comment(resident, text).expect(201)).body as CommentDto;
    expect(created.state).toBe(CommentState.Pending);
    const clean = (await comment(resident, 'Więcej drzew na Plantach, to dobry pomysł.').expect(201)).body as CommentDto;
    expect(clean.state).toBe(CommentState.Published);

    const detail = (await moderator.client.get(`/api/moderation/items/comment/${created.id}`).expect(200)).body as ModerationItemDetailDto;
    const flag = detail.flags.find((candidate) => candidate.reason === FlagReason.PersonalData);
    expect(flag).toBeDefined();
    expect(text.slice(flag?.start ?? 0, flag?.end ?? 0)).toBe('jan.kowalski@example.pl');

    await moderator.client.post(`/api/moderation/items/comment/${created.id}/approve`).expect(200);
    const again = await moderator.client.post(`/api/moderation/items/comment/${created.id}/approve`).expect(409);
    expect(again.body.code).toBe(ErrorCode.ModerationNotPending);
    const restore = await moderator.client.post(`/api/moderation/items/comment/${created.id}/restore`).expect(409);
    expect(restore.body.code).toBe(ErrorCode.ModerationNotHidden);

    const audit = (await admin.client.get(`/api/admin/audit-log?consultation=${open.slug}&action=approve`).expect(200))
      .body as AuditPageDto;
    expect(audit.items[0]).toMatchObject({
      actorId: moderator.user.id,
      targetId: created.id,
      before: { state: 'pending' },
      after: { state: 'published' },
    });
  });

  it('redacts by offsets: the public text changes, the original stays for staff', async () => {
    const text = 'Mój numer telefonu to 600 700 800, zadzwońcie.';
    const created = (await comment(resident, text).expect(201)).body as CommentDto;
    const start = text.indexOf('600');
    await moderator.client.post(`/api/moderation/items/comment/${created.id}/redact`, { ranges: [{ start, end: start + 11 }] }).expect(200);
    const detail = (await moderator.client.get(`/api/moderation/items/comment/${created.id}`).expect(200)).body as ModerationItemDetailDto;
    expect(detail.text).toBe(`Mój numer telefonu to ${REDACTION_PLACEHOLDER}, zadzwońcie.`);
    expect(detail.redactions[0]).toMatchObject({ originalText: text });
    const mine = (await resident.client.get(`/api/comments/${created.id}`).expect(200)).body as CommentDto;
    expect(mine.text).toContain(REDACTION_PLACEHOLDER);
  });

  it('rejects with a reason the author sees, and hides and restores a published comment keeping the counts exact', async () => {
    const pending = (await comment(resident, 'Zadzwoń 600 700 800 jeszcze dziś proszę.').expect(201)).body as CommentDto;
    await moderator.client
      .post(`/api/moderation/items/comment/${pending.id}/reject`, { reason: RejectionReason.PersonalData, note: 'Bez numerów.' })
      .expect(200);
    const seen = (await resident.client.get(`/api/comments/${pending.id}`).expect(200)).body as CommentDto;
    expect(seen.rejection).toEqual({ reason: RejectionReason.PersonalData, note: 'Bez numerów.' });

    const countOf = async () =>
      ((await resident.client.get(`/api/consultations/${open.slug}/comments`).expect(200)).body as { total: number }).total;
    const published = (await comment(resident, 'Ścieżki rowerowe wzdłuż Wisły są potrzebne.').expect(201)).body as CommentDto;
    const before = await countOf();
    await moderator.client.post(`/api/moderation/items/comment/${published.id}/hide`, { reason: RejectionReason.OffTopic }).expect(200);
    expect(await countOf()).toBe(before - 1);
    await moderator.client.post(`/api/moderation/items/comment/${published.id}/restore`).expect(200);
    expect(await countOf()).toBe(before);
  });

  it('lets one moderator hold an item and refuses another until it is released', async () => {
    const created = (await comment(resident, 'Napisz na anna@example.pl w tej sprawie.').expect(201)).body as CommentDto;
    await moderator.client.put(`/api/moderation/items/comment/${created.id}/claim`).expect(200);
    const refused = await otherModerator.client.post(`/api/moderation/items/comment/${created.id}/approve`).expect(409);
    expect(refused.body.code).toBe(ErrorCode.ItemClaimed);
    const listed = (await queue(otherModerator, 'claim=unclaimed').expect(200)).body as ModerationQueuePageDto;
    expect(listed.items.map((item) => item.id)).not.toContain(created.id);
    await moderator.client.delete(`/api/moderation/items/comment/${created.id}/claim`).expect(200);
    await otherModerator.client.post(`/api/moderation/items/comment/${created.id}/approve`).expect(200);
  });

  it('finds items with and without Polish diacritics', async () => {
    const created = (await comment(resident, 'Źródło wody pitnej na Rynku, kontakt ola@example.pl.').expect(201)).body as CommentDto;
    for (const q of ['źródło', 'zrodlo', 'ZRÓD', 'rynk']) {
      const page = (await queue(moderator, `q=${encodeURIComponent(q)}`).expect(200)).body as ModerationQueuePageDto;
      expect(page.items.map((item) => item.id)).toContain(created.id);
    }
    const none = (await queue(moderator, 'q=zrodlo%20krowa').expect(200)).body as ModerationQueuePageDto;
    expect(none.items.map((item) => item.id)).not.toContain(created.id);
  });

  it('holds a comment after three reports from different people, never twice from one', async () => {
    // A fresh author: the resident above has posted often enough for a posting-rate flag.
    const author = await aPerson(app);
    const created = (await comment(author, 'Zwykły komentarz o transporcie publicznym.').expect(201)).body as CommentDto;
    expect(created.state).toBe(CommentState.Published);
    const reporters = [await aPerson(app), await aPerson(app), await aPerson(app)];
    await reporters[0].client.post(`/api/comments/${created.id}/reports`, { reason: ReportReason.Spam }).expect(201);
    const twice = await reporters[0].client.post(`/api/comments/${created.id}/reports`, { reason: ReportReason.Spam }).expect(409);
    expect(twice.body.code).toBe(ErrorCode.AlreadyReported);
    const own = await author.client.post(`/api/comments/${created.id}/reports`, { reason: ReportReason.Spam }).expect(409);
    expect(own.body.code).toBe(ErrorCode.CannotReportOwn);
    await reporters[1].client.post(`/api/comments/${created.id}/reports`, { reason: ReportReason.Offensive }).expect(201);
    expect(
      ((await moderator.client.get(`/api/moderation/items/comment/${created.id}`).expect(200)).body as ModerationItemDetailDto).state,
    ).toBe(CommentState.Published);
    await reporters[2].client.post(`/api/comments/${created.id}/reports`, { reason: ReportReason.Other, note: 'nie na temat' }).expect(201);
    expect(
      ((await moderator.client.get(`/api/moderation/items/comment/${created.id}`).expect(200)).body as ModerationItemDetailDto).state,
    ).toBe(CommentState.Pending);
    const held = (await queue(moderator, 'flag=reports').expect(200)).body as ModerationQueuePageDto;
    expect(held.items.find((item) => item.id === created.id)).toMatchObject({ reportCount: 3 });
    const detail = (await moderator.client.get(`/api/moderation/items/comment/${created.id}`).expect(200)).body as ModerationItemDetailDto;
    expect(JSON.stringify(detail.reports)).not.toContain(reporters[0].user.id);
  });

  it('answers 403 to a resident on every staff and admin route, and to a moderator on every admin route', async () => {
    const routes: { method: string; path: string; adminOnly: boolean }[] = [];
    for (const controller of [ModerationController, DispositionsController, SubmissionsController, AuditController]) {
      const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as unknown as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (path === undefined || method === undefined) continue;
        const policy = Reflect.getMetadata(ACCESS_POLICY, handler) as { roles?: Role[] } | undefined;
        const url = `/api/${[base, path].join('/')}`
          .replace(/\/+/g, '/')
          .replace(':type', 'comment')
          .replace(':id', '00000000-0000-4000-8000-000000000000')
          .replace(':slug', open.slug);
        routes.push({ method: RequestMethod[method].toLowerCase(), path: url, adminOnly: !(policy?.roles ?? []).includes(Role.Moderator) });
      }
    }
    expect(routes.length).toBeGreaterThanOrEqual(14);
    const call = (person: Person, route: { method: string; path: string }) => {
      const client = person.client as unknown as Record<string, (url: string, body?: object) => PromiseLike<{ status: number }>>;
      return client[route.method](route.path, {});
    };
    for (const route of routes) {
      expect([route.path, (await call(resident, route)).status]).toEqual([route.path, 403]);
      if (route.adminOnly) expect([route.path, (await call(moderator, route)).status]).toEqual([route.path, 403]);
    }
  });
});
