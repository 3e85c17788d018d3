import { ACCESS_POLICY } from '@consulta/api/core';
import {
  AuditAction,
  CommentState,
  ErrorCode,
  Role,
  SeedThemesResultDto,
  Stance,
  THEME_ASSIGNMENT_BULK_MAX,
  THEME_COLOURS,
  ThemeAssignmentResultDto,
  ThemeAssignmentSource,
  ThemeCommentPageDto,
  ThemeDto,
  ThemeOrigin,
  ThemeOverviewDto,
} from '@consulta/shared/contracts';
import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { TestClient } from '@consulta/api/testing';
import { aConsultation, auditOf, aPerson, createThemesApp, Person, someComments, TestConsultation } from '../../testing/themes-test-kit';
import { ThemeDiscoveryController } from './theme-discovery.controller';
import { ThemeQualityController } from './theme-quality.controller';
import { ThemeSuggestionsController } from './theme-suggestions.controller';
import { ThemesController } from './themes.controller';

describe('themes over HTTP', () => {
  let app: INestApplication;
  let admin: Person;
  let moderator: Person;
  let resident: Person;

  beforeAll(async () => {
    app = await createThemesApp();
    admin = await aPerson(app, Role.Admin);
    moderator = await aPerson(app, Role.Moderator);
    resident = await aPerson(app, Role.Resident);
  });
  afterAll(() => app.close());

  const create = (base: string, body: object) => moderator.client.post(base, body);

  it('creates, lists, edits and deletes themes, with default colours, audit rows and case-insensitive unique names', async () => {
    const consultation = await aConsultation(app, admin.client);
    const first = (await create(consultation.base, { name: '  Zieleń   miejska ', description: 'Parki i drzewa' }).expect(201))
      .body as ThemeDto;
    expect(first).toMatchObject({
      name: 'Zieleń miejska',
      description: 'Parki i drzewa',
      colour: THEME_COLOURS[0],
      origin: ThemeOrigin.Staff,
      response: null,
      commentCount: 0,
    });
    const second = (await create(consultation.base, { name: 'Transport' }).expect(201)).body as ThemeDto;
    expect(second.colour).toBe(THEME_COLOURS[1]);
    const taken = await create(consultation.base, { name: 'ZIELEŃ MIEJSKA' }).expect(409);
    expect(taken.body.code).toBe(ErrorCode.ThemeNameTaken);

    const list = (await moderator.client.get(consultation.base).expect(200)).body as ThemeDto[];
    expect(list.map((theme) => theme.name)).toEqual(['Transport', 'Zieleń miejska']);

    const edited = (
      await moderator.client
        .patch(`${consultation.base}/${first.id}`, { colour: THEME_COLOURS[5], response: 'Posadzimy 1000 drzew.' })
        .expect(200)
    ).body as ThemeDto;
    expect(edited).toMatchObject({ name: 'Zieleń miejska', colour: THEME_COLOURS[5], response: 'Posadzimy 1000 drzew.' });
    expect((await moderator.client.patch(`${consultation.base}/${first.id}`, { name: 'transport' }).expect(409)).body.code).toBe(
      ErrorCode.ThemeNameTaken,
    );
    expect((await moderator.client.patch(`${consultation.base}/${first.id}`, { response: null }).expect(200)).body.response).toBeNull();

    await moderator.client.delete(`${consultation.base}/${second.id}`).expect(204);
    expect((await moderator.client.delete(`${consultation.base}/${second.id}`).expect(404)).body.code).toBe(ErrorCode.ThemeNotFound);
    expect((await moderator.client.patch(`${consultation.base}/not-a-uuid`, { name: 'X y' }).expect(404)).body.code).toBe(
      ErrorCode.ThemeNotFound,
    );

    expect((await auditOf(app, first.id)).map((row) => row.action)).toEqual([
      AuditAction.CreateTheme,
      AuditAction.UpdateTheme,
      AuditAction.UpdateTheme,
    ]);
    const deleted = await auditOf(app, second.id);
    expect(deleted.map((row) => row.action)).toEqual([AuditAction.CreateTheme, AuditAction.DeleteTheme]);
  });

  it('answers validation errors with stable codes', async () => {
    const consultation = await aConsultation(app, admin.client);
    const cases: [object, string][] = [
      [{ name: 'x' }, 'name'],
      [{ name: 'a'.repeat(121) }, 'name'],
      [{ name: 'Dobry', colour: '#ffffff' }, 'colour'],
      [{ name: 'Dobry', description: 'd'.repeat(1001) }, 'description'],
      [{ name: 'Dobry', extra: true }, 'extra'],
    ];
    for (const [body, field] of cases) {
      const response = await create(consultation.base, body).expect(400);
      expect([field, response.body.code]).toEqual([field, ErrorCode.ValidationFailed]);
    }
    // Only spaces: long enough raw, too short once trimmed.
    expect((await create(consultation.base, { name: '     ' }).expect(400)).body.code).toBe(ErrorCode.ValidationFailed);
    expect((await moderator.client.get('/api/staff/consultations/nie-ma-takiej/themes').expect(404)).body.code).toBe(
      ErrorCode.ConsultationNotFound,
    );
    expect((await moderator.client.get(`${consultation.base}/comments?limit=0`).expect(400)).body.code).toBe(ErrorCode.ValidationFailed);
    expect((await moderator.client.get(`${consultation.base}/comments?cursor=abc`).expect(400)).body.code).toBe(ErrorCode.CursorInvalid);
    expect((await moderator.client.get(`${consultation.base}/comments?search=%20-%20`).expect(400)).body.code).toBe(
      ErrorCode.SearchQueryInvalid,
    );
    expect(
      (await moderator.client.get(`${consultation.base}/comments?theme=00000000-0000-4000-8000-000000000000`).expect(404)).body.code,
    ).toBe(ErrorCode.ThemeNotFound);
  });

  it('seeds themes from a list idempotently', async () => {
    const consultation = await aConsultation(app, admin.client);
    await create(consultation.base, { name: 'Współpraca' }).expect(201);
    const seeded = (
      await moderator.client
        .post(`${consultation.base}/seed`, {
          themes: [{ name: 'współpraca' }, { name: 'Kultura' }, { name: 'Kultura ' }, { name: 'Nauka', description: 'Uczelnie' }],
        })
        .expect(201)
    ).body as SeedThemesResultDto;
    expect(seeded.created.map((theme) => theme.name)).toEqual(['Kultura', 'Nauka']);
    expect(seeded.skipped).toEqual(['współpraca', 'Kultura']);
    const again = (await moderator.client.post(`${consultation.base}/seed`, { themes: [{ name: 'Kultura' }] }).expect(201))
      .body as SeedThemesResultDto;
    expect(again).toEqual({ created: [], skipped: ['Kultura'] });
  });

  it('assigns and unassigns in bulk, all or nothing, and lists comments by theme, none and words', async () => {
    const consultation = await aConsultation(app, admin.client);
    const other = await aConsultation(app, admin.client);
    const [a, b, c, hidden] = await someComments(app, consultation, resident, [
      { text: 'Więcej drzew na Plantach i nowe źródło wody pitnej' },
      { text: 'Tramwaj do Nowej Huty co pięć minut', section: 1 },
      { text: 'Parki kieszonkowe w każdej dzielnicy' },
      { text: 'Ukryta uwaga', state: CommentState.Hidden },
    ]);
    const [foreign] = await someComments(app, other, resident, [{ text: 'Uwaga z innych konsultacji' }]);
    const green = (await create(consultation.base, { name: 'Zieleń' }).expect(201)).body as ThemeDto;
    const url = `${consultation.base}/assignments`;

    // A comment of another consultation refuses the whole request: nothing is assigned.
    const refused = await moderator.client.post(url, { themeId: green.id, commentIds: [a, foreign] }).expect(404);
    expect(refused.body.code).toBe(ErrorCode.CommentNotFound);
    expect(
      ((await moderator.client.get(`${consultation.base}/comments?theme=${green.id}`).expect(200)).body as ThemeCommentPageDto).total,
    ).toBe(0);
    expect((await moderator.client.post(url, { themeId: green.id, commentIds: [] }).expect(400)).body.code).toBe(
      ErrorCode.ValidationFailed,
    );
    const tooMany = Array.from({ length: THEME_ASSIGNMENT_BULK_MAX + 1 }, () => a);
    expect((await moderator.client.post(url, { themeId: green.id, commentIds: tooMany }).expect(400)).body.code).toBe(
      ErrorCode.ValidationFailed,
    );
    expect(
      (await moderator.client.post(url, { themeId: '00000000-0000-4000-8000-000000000000', commentIds: [a] }).expect(404)).body.code,
    ).toBe(ErrorCode.ThemeNotFound);

    const assigned = (await moderator.client.post(url, { themeId: green.id, commentIds: [a, c, hidden] }).expect(200))
      .body as ThemeAssignmentResultDto;
    expect(assigned).toMatchObject({ themeId: green.id, changed: 3, theme: { commentCount: 3 } });
    expect(
      ((await moderator.client.post(url, { themeId: green.id, commentIds: [a, b] }).expect(200)).body as ThemeAssignmentResultDto).changed,
    ).toBe(1);

    const byTheme = (await moderator.client.get(`${consultation.base}/comments?theme=${green.id}&limit=2`).expect(200))
      .body as ThemeCommentPageDto;
    expect(byTheme.total).toBe(3); // published only: the hidden one is not listed
    expect(byTheme.items.map((item) => item.id)).toEqual([a, b]);
    expect(byTheme.items[0].themes).toEqual([{ id: green.id, name: 'Zieleń', colour: green.colour, source: ThemeAssignmentSource.Staff }]);
    expect(byTheme.items[1].sectionTitle).toBe('Wartości');
    const next = (
      await moderator.client.get(`${consultation.base}/comments?theme=${green.id}&limit=2&cursor=${byTheme.nextCursor}`).expect(200)
    ).body as ThemeCommentPageDto;
    expect(next.items.map((item) => item.id)).toEqual([c]);
    expect(next.nextCursor).toBeNull();

    const removed = (await moderator.client.post(`${url}/remove`, { themeId: green.id, commentIds: [b, c] }).expect(200))
      .body as ThemeAssignmentResultDto;
    expect(removed.changed).toBe(2);
    const none = (await moderator.client.get(`${consultation.base}/comments?theme=none`).expect(200)).body as ThemeCommentPageDto;
    expect(none.items.map((item) => item.id)).toEqual([b, c]);
    const search = (await moderator.client.get(`${consultation.base}/comments?search=${encodeURIComponent('zrodlo wod')}`).expect(200))
      .body as ThemeCommentPageDto;
    expect(search.items.map((item) => item.id)).toEqual([a]);

    expect((await auditOf(app, green.id)).map((row) => row.action)).toEqual([
      AuditAction.CreateTheme,
      AuditAction.AssignThemes,
      AuditAction.AssignThemes,
      AuditAction.UnassignThemes,
    ]);
  });

  it('merges a theme into another: comments in both are kept once, the merged theme is gone', async () => {
    const consultation = await aConsultation(app, admin.client);
    const [a, b, c] = await someComments(app, consultation, resident, [{ text: 'Jeden' }, { text: 'Dwa' }, { text: 'Trzy' }]);
    const bikes = (await create(consultation.base, { name: 'Rowery' }).expect(201)).body as ThemeDto;
    const transport = (await create(consultation.base, { name: 'Transport' }).expect(201)).body as ThemeDto;
    await moderator.client.post(`${consultation.base}/assignments`, { themeId: bikes.id, commentIds: [a, b] }).expect(200);
    await moderator.client.post(`${consultation.base}/assignments`, { themeId: transport.id, commentIds: [b, c] }).expect(200);
    expect((await moderator.client.post(`${consultation.base}/${bikes.id}/merge`, { intoThemeId: bikes.id }).expect(400)).body.code).toBe(
      ErrorCode.ThemeMergeInvalid,
    );
    const merged = (await moderator.client.post(`${consultation.base}/${bikes.id}/merge`, { intoThemeId: transport.id }).expect(200))
      .body as ThemeDto;
    expect(merged).toMatchObject({ id: transport.id, commentCount: 3 });
    expect(((await moderator.client.get(consultation.base).expect(200)).body as ThemeDto[]).map((theme) => theme.id)).toEqual([
      transport.id,
    ]);
    const audit = await auditOf(app, bikes.id);
    expect(audit[audit.length - 1]).toMatchObject({ action: AuditAction.MergeThemes, after: { intoThemeId: transport.id, moved: 1 } });
  });

  it('gives an overview of published comments per theme: stance, areas, sections, representatives', async () => {
    const consultation = await aConsultation(app, admin.client);
    const ids = await someComments(app, consultation, resident, [
      { text: 'Za parkami', stance: Stance.Support, areaKey: 'nowa-huta', agree: 5 },
      { text: 'Przeciw wycince', stance: Stance.Oppose, areaKey: 'nowa-huta', section: 1 },
      { text: 'Neutralnie o zieleni', stance: Stance.Neutral, areaKey: 'stare-miasto', agree: 9 },
      { text: 'Bez obszaru', stance: Stance.Support, agree: 1 },
      { text: 'Ukryta', stance: Stance.Support, state: CommentState.Hidden },
      { text: 'Bez tematu', stance: Stance.Support },
    ]);
    const green = (await create(consultation.base, { name: 'Zieleń' }).expect(201)).body as ThemeDto;
    await create(consultation.base, { name: 'Pusty' }).expect(201);
    await moderator.client.post(`${consultation.base}/assignments`, { themeId: green.id, commentIds: ids.slice(0, 5) }).expect(200);
    const overview = (await moderator.client.get(`${consultation.base}/overview`).expect(200)).body as ThemeOverviewDto;
    expect(overview).toMatchObject({ consultationSlug: consultation.slug, publishedComments: 5, uncovered: 1 });
    const [row, empty] = overview.themes;
    expect(row.theme.id).toBe(green.id);
    expect(row.count).toBe(4);
    expect(row.stance).toEqual({ support: 2, oppose: 1, neutral: 1, proposes_change: 0 });
    expect(row.areas).toEqual([
      { key: 'nowa-huta', label: 'Nowa Huta', count: 2 },
      { key: 'stare-miasto', label: 'Stare Miasto', count: 1 },
    ]);
    expect(row.sections.map((section) => [section.label, section.count])).toEqual([
      ['Wizja', 3],
      ['Wartości', 1],
    ]);
    expect(row.representatives.map((r) => r.commentId)).toEqual([ids[2], ids[0], ids[3]]);
    expect(empty).toMatchObject({ count: 0, areas: [], sections: [], representatives: [] });
  });

  it('answers 403 to a resident and 401 to an anonymous caller on every themes route', async () => {
    const consultation = await aConsultation(app, admin.client);
    const anonymous = await TestClient.create(app);
    const routes: { method: string; path: string }[] = [];
    for (const controller of [ThemesController, ThemeSuggestionsController, ThemeDiscoveryController, ThemeQualityController]) {
      const base = (Reflect.getMetadata(PATH_METADATA, controller) as string | undefined) ?? '';
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as unknown as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (path === undefined || method === undefined) continue;
        const policy = Reflect.getMetadata(ACCESS_POLICY, handler) as { roles?: Role[] } | undefined;
        expect([name, [...(policy?.roles ?? [])].sort()]).toEqual([name, [Role.Admin, Role.Moderator]]);
        const url = `/api/${[base, path].join('/')}`
          .replace(/\/+/g, '/')
          .replace(/\/$/, '')
          .replace(':slug', consultation.slug)
          .replace(':commentId', '00000000-0000-4000-8000-000000000001')
          .replace(':id', '00000000-0000-4000-8000-000000000000');
        routes.push({ method: RequestMethod[method].toLowerCase(), path: url });
      }
    }
    expect(routes.length).toBe(25);
    const call = (client: TestClient, route: { method: string; path: string }) => {
      const target = client as unknown as Record<string, (url: string, body?: object) => PromiseLike<{ status: number }>>;
      return target[route.method](route.path, {});
    };
    for (const route of routes) {
      expect([route.method, route.path, (await call(resident.client, route)).status]).toEqual([route.method, route.path, 403]);
      expect([route.method, route.path, (await call(anonymous, route)).status]).toEqual([route.method, route.path, 401]);
    }
  });
});

export type { TestConsultation };
