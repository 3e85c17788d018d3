import { ACCESS_POLICY } from '@consulta/api/core';
import { TestClient } from '@consulta/api/testing';
import {
  DocumentDiffDto,
  DocumentVersionDto,
  ErrorCode,
  ParagraphChangeDto,
  ParagraphChangeKind,
  Role,
  WordDiffPartDto,
} from '@consulta/shared/contracts';
import { INestApplication, RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DataSource } from 'typeorm';
import { aConsultation, anonymous, createConsultationApp, signedInAs } from '../../testing/consultation-test-kit';
import { DocumentDiffController } from './document-diff.controller';

const V1 = `# Program zieleni

## Cele

Chcemy posadzić tysiąc nowych drzew na osiedlach w ciągu najbliższych pięciu lat.

Każda dzielnica wskaże trzy miejsca na nowe skwery.

## Działania

- konsultacje z radami dzielnic
- mapa miejsc do zazielenienia, przygotowana wspólnie z mieszkańcami
- coroczny raport z postępów
`;

// Changed: the squares paragraph ("trzy" → "cztery", punctuation). Added: a paragraph and a section. Removed: the report.
const V2 = `# Program zieleni

## Cele

Chcemy posadzić tysiąc nowych drzew na osiedlach w ciągu najbliższych pięciu lat.

Każda dzielnica wskaże cztery miejsca na nowe skwery!

Zadbamy też o podlewanie drzew w czasie upałów przez miejskie służby.

## Działania

- konsultacje z radami dzielnic
- mapa miejsc do zazielenienia, przygotowana wspólnie z mieszkańcami

## Finansowanie

Zieleń sfinansuje budżet miasta i fundusze unijne.
`;

// Changed again: the trees paragraph.
const V3 = V2.replace('tysiąc nowych drzew', 'dwa tysiące nowych drzew');

function restore(words: WordDiffPartDto[], side: 'before' | 'after'): string {
  return words
    .filter((part) => part.op !== (side === 'before' ? 'insert' : 'delete'))
    .map((part) => part.text)
    .join('');
}

describe('document diffs over HTTP', () => {
  let app: INestApplication;
  let dataSource: DataSource;
  let admin: TestClient;
  let moderator: TestClient;
  let resident: TestClient;
  let visitor: TestClient;

  beforeAll(async () => {
    app = await createConsultationApp();
    dataSource = app.get(DataSource);
    admin = await signedInAs(app, Role.Admin);
    moderator = await signedInAs(app, Role.Moderator);
    resident = await signedInAs(app, Role.Resident);
    visitor = await anonymous(app);
  });
  afterAll(() => app.close());

  /** A consultation with the given versions imported in order; answers its slug, id and the stored versions. */
  async function aConsultationWith(texts: string[], published = true) {
    const request = aConsultation({ published });
    await admin.post('/api/admin/consultations', request).expect(201);
    const versions: DocumentVersionDto[] = [];
    for (const markdown of texts) {
      versions.push((await admin.post(`/api/admin/consultations/${request.slug}/versions`, { markdown }).expect(201)).body.version);
    }
    const [{ id }] = await dataSource.query<{ id: string }[]>('SELECT "id" FROM "consultations" WHERE "slug" = $1', [request.slug]);
    return { slug: request.slug, id, versions };
  }

  const keyOf = (version: DocumentVersionDto, start: string): string => {
    const paragraph = version.sections.flatMap((section) => section.paragraphs).find((candidate) => candidate.text.startsWith(start));
    if (!paragraph) throw new Error(`no paragraph starting with ${start}`);
    return paragraph.key;
  };

  async function aTheme(consultationId: string, name: string): Promise<string> {
    const [row] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO "themes" ("consultation_id", "name", "colour", "origin") VALUES ($1, $2, '#1f6feb', 'staff') RETURNING "id"`,
      [consultationId, name],
    );
    return row.id;
  }

  async function aComment(consultationId: string, sectionKey: string, state = 'published'): Promise<string> {
    const [row] = await dataSource.query<{ id: string }[]>(
      `INSERT INTO "comments" ("consultation_id", "section_key", "document_version", "text", "stance", "submitter_type", "state")
       VALUES ($1, $2, 1, 'Więcej drzew przy szkołach!', 'proposes_change', 'resident', $3) RETURNING "id"`,
      [consultationId, sectionKey, state],
    );
    return row.id;
  }

  const diffOf = async (slug: string, from: number, to: number, client = visitor): Promise<DocumentDiffDto> =>
    (await client.get(`/api/consultations/${slug}/versions/diff?from=${from}&to=${to}`).expect(200)).body;

  const linksUrl = (slug: string, to: number | string, key: string) =>
    `/api/staff/consultations/${slug}/versions/${to}/changes/${key}/links`;

  it('lists changed, added and removed paragraphs in the new order, with word diffs that restore both texts', async () => {
    const { slug, versions } = await aConsultationWith([V1, V2]);
    const [v1, v2] = versions;
    const diff = await diffOf(slug, 1, 2);
    expect(diff.fromVersion).toBe(1);
    expect(diff.toVersion).toBe(2);
    expect(diff.changes.map((change) => [change.kind, change.sectionTitle, change.before, change.after])).toEqual([
      [
        ParagraphChangeKind.Changed,
        'Cele',
        'Każda dzielnica wskaże trzy miejsca na nowe skwery.',
        'Każda dzielnica wskaże cztery miejsca na nowe skwery!',
      ],
      [ParagraphChangeKind.Added, 'Cele', null, 'Zadbamy też o podlewanie drzew w czasie upałów przez miejskie służby.'],
      [ParagraphChangeKind.Removed, 'Działania', 'coroczny raport z postępów', null],
      [ParagraphChangeKind.Added, 'Finansowanie', null, 'Zieleń sfinansuje budżet miasta i fundusze unijne.'],
    ]);
    const changed = diff.changes[0];
    expect(changed.paragraphKey).toBe(keyOf(v1, 'Każda dzielnica'));
    expect(changed.paragraphKey).toBe(keyOf(v2, 'Każda dzielnica'));
    expect(changed.words).toEqual([
      { op: 'equal', text: 'Każda dzielnica wskaże ' },
      { op: 'delete', text: 'trzy' },
      { op: 'insert', text: 'cztery' },
      { op: 'equal', text: ' miejsca na nowe skwery' },
      { op: 'delete', text: '.' },
      { op: 'insert', text: '!' },
    ]);
    expect(restore(changed.words, 'before')).toBe(changed.before);
    expect(restore(changed.words, 'after')).toBe(changed.after);
    expect(diff.changes.filter((change) => change.kind !== ParagraphChangeKind.Changed).every((change) => change.words.length === 0)).toBe(
      true,
    );
    expect(diff.changes.every((change) => change.themeIds.length === 0 && change.commentIds.length === 0)).toBe(true);
    expect(diff.sectionsAdded).toEqual([v2.sections[2].key]);
    expect(diff.sectionsRemoved).toEqual([]);
  });

  it('answers no changes for the same version, and compares across several versions', async () => {
    const { slug } = await aConsultationWith([V1, V2, V3]);
    expect(await diffOf(slug, 2, 2)).toEqual({ fromVersion: 2, toVersion: 2, changes: [], sectionsAdded: [], sectionsRemoved: [] });
    const across = await diffOf(slug, 1, 3);
    expect(across.changes.map((change) => change.kind)).toEqual([
      ParagraphChangeKind.Changed,
      ParagraphChangeKind.Changed,
      ParagraphChangeKind.Added,
      ParagraphChangeKind.Removed,
      ParagraphChangeKind.Added,
    ]);
    expect(across.changes[0].after).toContain('dwa tysiące nowych drzew');
  });

  it('answers DOCUMENT_DIFF_RANGE_INVALID for a reversed range or non-integers, 404 for a missing version', async () => {
    const { slug } = await aConsultationWith([V1, V2]);
    for (const query of ['from=2&to=1', 'from=abc&to=2', 'from=1.5&to=2', 'from=-1&to=2', 'from=1&to=']) {
      const response = await visitor.get(`/api/consultations/${slug}/versions/diff?${query}`).expect(400);
      expect([query, response.body.code]).toEqual([query, ErrorCode.DocumentDiffRangeInvalid]);
      expect(response.body.message).toEqual(expect.any(String));
    }
    expect((await visitor.get(`/api/consultations/${slug}/versions/diff?from=1`).expect(400)).body.code).toBe(ErrorCode.ValidationFailed);
    for (const query of ['from=1&to=3', 'from=0&to=2', 'from=1&to=99999999999']) {
      const response = await visitor.get(`/api/consultations/${slug}/versions/diff?${query}`).expect(404);
      expect([query, response.body.code]).toEqual([query, ErrorCode.DocumentVersionNotFound]);
    }
    expect((await visitor.get('/api/consultations/nie-ma-takiej/versions/diff?from=1&to=2').expect(404)).body.code).toBe(
      ErrorCode.ConsultationNotFound,
    );
  });

  it('hides a draft’s diff from everyone but staff', async () => {
    const { slug } = await aConsultationWith([V1, V2], false);
    expect((await visitor.get(`/api/consultations/${slug}/versions/diff?from=1&to=2`).expect(404)).body.code).toBe(
      ErrorCode.ConsultationNotFound,
    );
    await resident.get(`/api/consultations/${slug}/versions/diff?from=1&to=2`).expect(404);
    expect((await diffOf(slug, 1, 2, moderator)).changes).toHaveLength(4);
  });

  it('lets staff link a change to themes and comments, shows the links in diffs and audits every edit', async () => {
    const { slug, id, versions } = await aConsultationWith([V1, V2, V3]);
    const squares = keyOf(versions[1], 'Każda dzielnica');
    const trees = keyOf(versions[2], 'Chcemy posadzić');
    const sectionKey = versions[1].sections[0].key;
    const theme = await aTheme(id, 'Więcej zieleni');
    const otherTheme = await aTheme(id, 'Podlewanie');
    const [first, second] = [await aComment(id, sectionKey), await aComment(id, sectionKey)];

    const linked = await moderator.put(linksUrl(slug, 2, squares), { themeIds: [theme, theme], commentIds: [first] }).expect(200);
    expect(linked.body as ParagraphChangeDto).toMatchObject({
      kind: ParagraphChangeKind.Changed,
      paragraphKey: squares,
      themeIds: [theme],
      commentIds: [first],
    });
    await admin.put(linksUrl(slug, 3, trees), { themeIds: [otherTheme], commentIds: [second] }).expect(200);

    const v1to2 = await diffOf(slug, 1, 2);
    expect(v1to2.changes.find((change) => change.paragraphKey === squares)).toMatchObject({ themeIds: [theme], commentIds: [first] });
    const v2to3 = await diffOf(slug, 2, 3);
    expect(v2to3.changes).toEqual([expect.objectContaining({ paragraphKey: trees, themeIds: [otherTheme], commentIds: [second] })]);
    const all = await diffOf(slug, 1, 3);
    expect(all.changes.find((change) => change.paragraphKey === trees)).toMatchObject({ themeIds: [otherTheme], commentIds: [second] });
    expect(all.changes.find((change) => change.paragraphKey === squares)).toMatchObject({ themeIds: [theme], commentIds: [first] });

    // Replacing, then emptying the links.
    await moderator.put(linksUrl(slug, 2, squares), { themeIds: [otherTheme], commentIds: [first, second] }).expect(200);
    expect((await diffOf(slug, 1, 2)).changes[0]).toMatchObject({ themeIds: [otherTheme], commentIds: [first, second] });
    const emptied = await moderator.put(linksUrl(slug, 2, squares), { themeIds: [], commentIds: [] }).expect(200);
    expect(emptied.body).toMatchObject({ themeIds: [], commentIds: [] });
    const [{ count }] = await dataSource.query<{ count: number }[]>(
      'SELECT count(*)::int AS "count" FROM "document_change_links" WHERE "consultation_id" = $1 AND "paragraph_key" = $2',
      [id, squares],
    );
    expect(count).toBe(0);

    const audit = await dataSource.query<{ action: string; targetType: string; targetId: string; before: unknown; after: unknown }[]>(
      `SELECT "action", "target_type" AS "targetType", "target_id" AS "targetId", "before", "after" FROM "audit_log"
       WHERE "consultation_id" = $1 ORDER BY "created_at", "id"`,
      [id],
    );
    expect(
      audit.filter((row) => row.targetId === `2:${squares}`).map((row) => [row.action, row.targetType, row.before, row.after]),
    ).toEqual([
      ['link_document_change', 'document_change', null, { themeIds: [theme], commentIds: [first] }],
      [
        'link_document_change',
        'document_change',
        { themeIds: [theme], commentIds: [first] },
        { themeIds: [otherTheme], commentIds: [first, second] },
      ],
      ['link_document_change', 'document_change', { themeIds: [otherTheme], commentIds: [first, second] }, null],
    ]);
    expect(audit.filter((row) => row.targetId === `3:${trees}`)).toHaveLength(1);
  });

  it('links a removed paragraph too, and drops deleted themes and no longer published comments from diffs', async () => {
    const { slug, id, versions } = await aConsultationWith([V1, V2]);
    const report = keyOf(versions[0], 'coroczny raport');
    const theme = await aTheme(id, 'Sprawozdania');
    const comment = await aComment(id, versions[0].sections[1].key);
    await moderator.put(linksUrl(slug, 2, report), { themeIds: [theme], commentIds: [comment] }).expect(200);
    expect((await diffOf(slug, 1, 2)).changes.find((change) => change.paragraphKey === report)).toMatchObject({
      kind: ParagraphChangeKind.Removed,
      themeIds: [theme],
      commentIds: [comment],
    });

    await dataSource.query(`UPDATE "comments" SET "state" = 'hidden' WHERE "id" = $1`, [comment]);
    await dataSource.query('DELETE FROM "themes" WHERE "id" = $1', [theme]);
    expect((await diffOf(slug, 1, 2)).changes.find((change) => change.paragraphKey === report)).toMatchObject({
      themeIds: [],
      commentIds: [],
    });
  });

  it('refuses themes and comments of another consultation and unpublished comments, naming each', async () => {
    const { slug, id, versions } = await aConsultationWith([V1, V2]);
    const other = await aConsultationWith([V1]);
    const squares = keyOf(versions[1], 'Każda dzielnica');
    const foreignTheme = await aTheme(other.id, 'Obcy temat');
    const foreignComment = await aComment(other.id, other.versions[0].sections[0].key);
    const pending = await aComment(id, versions[0].sections[0].key, 'pending');
    const ownTheme = await aTheme(id, 'Własny temat');
    const response = await moderator
      .put(linksUrl(slug, 2, squares), { themeIds: [ownTheme, foreignTheme], commentIds: [foreignComment, pending] })
      .expect(400);
    expect(response.body).toMatchObject({
      code: ErrorCode.DocumentChangeLinkInvalid,
      details: [
        { field: 'themeIds.1', message: expect.stringContaining(foreignTheme) },
        { field: 'commentIds.0', message: expect.stringContaining(foreignComment) },
        { field: 'commentIds.1', message: expect.stringContaining(pending) },
      ],
    });
    expect((await diffOf(slug, 1, 2)).changes[0].themeIds).toEqual([]);
  });

  it('answers 404 for a paragraph the version did not change, an unknown version or paragraph', async () => {
    const { slug, versions } = await aConsultationWith([V1, V2]);
    const unchanged = keyOf(versions[1], 'Chcemy posadzić');
    const body = { themeIds: [], commentIds: [] };
    const cases: [number | string, string, ErrorCode][] = [
      [2, unchanged, ErrorCode.DocumentChangeNotFound],
      [1, keyOf(versions[0], 'Każda dzielnica'), ErrorCode.DocumentChangeNotFound],
      [2, 'zzzzzzzz', ErrorCode.DocumentChangeNotFound],
      [2, 'NIE-KLUCZ', ErrorCode.DocumentChangeNotFound],
      [3, unchanged, ErrorCode.DocumentVersionNotFound],
      ['abc', unchanged, ErrorCode.DocumentVersionNotFound],
      ['99999999999', unchanged, ErrorCode.DocumentVersionNotFound],
    ];
    for (const [to, key, code] of cases) {
      const response = await moderator.put(linksUrl(slug, to, key), body).expect(404);
      expect([to, key, response.body.code]).toEqual([to, key, code]);
    }
    expect((await moderator.put(linksUrl('nie-ma-takiej', 2, unchanged), body).expect(404)).body.code).toBe(ErrorCode.ConsultationNotFound);
  });

  it('validates the body', async () => {
    const { slug, versions } = await aConsultationWith([V1, V2]);
    const url = linksUrl(slug, 2, keyOf(versions[1], 'Każda dzielnica'));
    for (const body of [
      {},
      { themeIds: ['nie-uuid'], commentIds: [] },
      { themeIds: [], commentIds: [], extra: 1 },
      { themeIds: 'x', commentIds: [] },
    ]) {
      const response = await moderator.put(url, body).expect(400);
      expect([body, response.body.code]).toEqual([body, ErrorCode.ValidationFailed]);
    }
  });

  it('answers 401 to anonymous visitors and 403 to residents on every staff route, derived from the routes', async () => {
    const { slug, versions } = await aConsultationWith([V1, V2]);
    const key = keyOf(versions[1], 'Każda dzielnica');
    const routes: { method: string; path: string }[] = [];
    const controller = DocumentDiffController;
    for (const name of Object.getOwnPropertyNames(controller.prototype)) {
      const handler = (controller.prototype as unknown as Record<string, unknown>)[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const path = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      const policy = Reflect.getMetadata(ACCESS_POLICY, handler) as { kind: string; roles?: Role[] } | undefined;
      if (path === undefined || method === undefined || policy?.kind !== 'roles') continue;
      expect(policy.roles?.sort()).toEqual([Role.Admin, Role.Moderator].sort());
      const url = `/api/${path}`.replace(':slug', slug).replace(':to', '2').replace(':paragraphKey', key);
      routes.push({ method: RequestMethod[method].toLowerCase(), path: url });
    }
    expect(routes).toHaveLength(1);
    const body = { themeIds: [], commentIds: [] };
    const call = (client: TestClient, route: { method: string; path: string }) =>
      (client as unknown as Record<string, (url: string, body?: object) => PromiseLike<{ status: number; body: { code: string } }>>)[
        route.method
      ](route.path, body);
    for (const route of routes) {
      const anonymousAnswer = await call(visitor, route);
      expect([route.path, anonymousAnswer.status, anonymousAnswer.body.code]).toEqual([route.path, 401, ErrorCode.Unauthenticated]);
      const residentAnswer = await call(resident, route);
      expect([route.path, residentAnswer.status, residentAnswer.body.code]).toEqual([route.path, 403, ErrorCode.Forbidden]);
      expect([route.path, (await call(moderator, route)).status]).toEqual([route.path, 200]);
    }
  });
});
