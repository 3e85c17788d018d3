import { TestClient } from '@consulta/api/testing';
import { DocumentVersionDto, ErrorCode, ImportDocumentResultDto, ParagraphKind, Role } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { aConsultation, anonymous, createConsultationApp, signedInAs } from '../../testing/consultation-test-kit';

const V1 = `---
title: ignored
---

# Program zieleni

## Cele

Chcemy posadzić tysiąc nowych drzew na osiedlach
w ciągu najbliższych pięciu lat.

Każda dzielnica wskaże trzy miejsca na nowe skwery.

## Działania

- konsultacje z radami dzielnic
- mapa miejsc do zazielenienia,
  przygotowana wspólnie z mieszkańcami
- coroczny raport z postępów
`;

// Unchanged: the trees paragraph (re-wrapped), two list items. Lightly edited: the squares paragraph.
// Removed: the yearly report. Added: a new paragraph and a new item.
const V2 = `# Program zieleni

## Cele

Chcemy posadzić tysiąc nowych drzew na osiedlach w ciągu najbliższych pięciu lat.

Każda dzielnica wskaże cztery miejsca na nowe skwery.

Zadbamy też o podlewanie drzew w czasie upałów przez miejskie służby.

## Działania

- konsultacje z radami dzielnic
- mapa miejsc do zazielenienia, przygotowana wspólnie z mieszkańcami
- budżet obywatelski na zieleń
`;

function paragraphs(version: DocumentVersionDto) {
  return version.sections.flatMap((section) => section.paragraphs);
}

describe('document versions over HTTP', () => {
  let app: INestApplication;
  let admin: TestClient;
  let moderator: TestClient;
  let resident: TestClient;
  let visitor: TestClient;

  beforeAll(async () => {
    app = await createConsultationApp();
    // One after another: the embedded database serves one query at a time anyway.
    admin = await signedInAs(app, Role.Admin);
    moderator = await signedInAs(app, Role.Moderator);
    resident = await signedInAs(app, Role.Resident);
    visitor = await anonymous(app);
  });
  afterAll(() => app.close());

  async function newConsultation(published = true): Promise<string> {
    const request = aConsultation({ published });
    await admin.post('/api/admin/consultations', request).expect(201);
    return request.slug;
  }

  async function importText(slug: string, markdown: string, client = admin): Promise<ImportDocumentResultDto> {
    return (await client.post(`/api/admin/consultations/${slug}/versions`, { markdown, changeNote: 'Zmiany' }).expect(201)).body;
  }

  it('imports version 1 and shows it as the consultation document', async () => {
    const slug = await newConsultation();
    const result = await importText(slug, V1);
    expect(result).toMatchObject({ carriedOver: 0, added: 5, removed: 0 });
    expect(result.version).toMatchObject({ number: 1, title: 'Program zieleni', changeNote: 'Zmiany', createdAt: expect.any(String) });
    expect(result.version.sections.map((section) => [section.position, section.title])).toEqual([
      [1, 'Cele'],
      [2, 'Działania'],
    ]);
    expect(paragraphs(result.version).map((paragraph) => [paragraph.position, paragraph.kind, paragraph.text])).toEqual([
      [1, ParagraphKind.Text, 'Chcemy posadzić tysiąc nowych drzew na osiedlach w ciągu najbliższych pięciu lat.'],
      [2, ParagraphKind.Text, 'Każda dzielnica wskaże trzy miejsca na nowe skwery.'],
      [3, ParagraphKind.ListItem, 'konsultacje z radami dzielnic'],
      [4, ParagraphKind.ListItem, 'mapa miejsc do zazielenienia, przygotowana wspólnie z mieszkańcami'],
      [5, ParagraphKind.ListItem, 'coroczny raport z postępów'],
    ]);
    const keys = [
      ...result.version.sections.map((section) => section.key),
      ...paragraphs(result.version).map((paragraph) => paragraph.key),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    keys.forEach((key) => expect(key).toMatch(/^[0-9a-z]{8}$/));

    const detail = await visitor.get(`/api/consultations/${slug}`).expect(200);
    expect(detail.body.document).toEqual(result.version);
  });

  it('keeps the keys of unchanged and lightly edited paragraphs in an edited version 2', async () => {
    const slug = await newConsultation();
    const v1 = (await importText(slug, V1)).version;
    const result = await importText(slug, V2, moderator);
    expect(result).toMatchObject({ carriedOver: 4, added: 2, removed: 1 });
    const before = paragraphs(v1);
    const after = paragraphs(result.version);
    expect(result.version.number).toBe(2);
    expect(after[0].key).toBe(before[0].key); // re-wrapped only
    expect(after[1].key).toBe(before[1].key); // "trzy" -> "cztery"
    expect(after[3].key).toBe(before[2].key);
    expect(after[4].key).toBe(before[3].key);
    const oldKeys = new Set(before.map((paragraph) => paragraph.key));
    expect(oldKeys.has(after[2].key)).toBe(false);
    expect(oldKeys.has(after[5].key)).toBe(false);
    expect(result.version.sections.map((section) => section.key)).toEqual(v1.sections.map((section) => section.key));

    const list = await visitor.get(`/api/consultations/${slug}/versions`).expect(200);
    expect(list.body).toEqual([
      { number: 2, title: 'Program zieleni', changeNote: 'Zmiany', createdAt: expect.any(String), sectionCount: 2, paragraphCount: 6 },
      { number: 1, title: 'Program zieleni', changeNote: 'Zmiany', createdAt: expect.any(String), sectionCount: 2, paragraphCount: 5 },
    ]);
    const old = await visitor.get(`/api/consultations/${slug}/versions/1`).expect(200);
    expect(old.body).toEqual(v1);
    expect((await visitor.get(`/api/consultations/${slug}`).expect(200)).body.document.number).toBe(2);
  });

  it('creates no version for an identical text', async () => {
    const slug = await newConsultation();
    const v1 = (await importText(slug, V1)).version;
    const again = await importText(slug, V1.replace('title: ignored', 'title: other front matter'));
    expect(again).toEqual({ version: v1, carriedOver: 5, added: 0, removed: 0 });
    expect((await visitor.get(`/api/consultations/${slug}/versions`).expect(200)).body).toHaveLength(1);
  });

  it('answers MARKDOWN_INVALID with line details and leaves the current version untouched', async () => {
    const slug = await newConsultation();
    const v1 = (await importText(slug, V1)).version;
    const response = await admin
      .post(`/api/admin/consultations/${slug}/versions`, { markdown: '# Tytuł\n\n## Pusta\n\n## Druga\n\n<div>html</div>\n' })
      .expect(422);
    expect(response.body).toEqual({
      statusCode: 422,
      code: ErrorCode.MarkdownInvalid,
      message: expect.stringContaining('Line 3: the section “Pusta” (##) has no text'),
      details: [
        { line: 3, field: 'line 3', message: 'Line 3: the section “Pusta” (##) has no text' },
        { line: 5, field: 'line 5', message: 'Line 5: the section “Druga” (##) has no text' },
        { line: 7, field: 'line 7', message: 'Line 7: raw HTML is not allowed in a consultation document' },
      ],
    });
    const detail = await visitor.get(`/api/consultations/${slug}`).expect(200);
    expect(detail.body.document).toEqual(v1);
    expect((await visitor.get(`/api/consultations/${slug}/versions`).expect(200)).body).toHaveLength(1);
  });

  it('answers MARKDOWN_INVALID for a document over the size limit', async () => {
    const slug = await newConsultation();
    const markdown = `# T\n\n## S\n\n${'Bardzo długi tekst. '.repeat(11_000)}`;
    const response = await admin.post(`/api/admin/consultations/${slug}/versions`, { markdown }).expect(422);
    expect(response.body.details).toEqual([{ message: 'The document is 232 kB; the limit is 200 kB.' }]);
  });

  it('rejects unknown fields and a missing text', async () => {
    const slug = await newConsultation();
    expect((await admin.post(`/api/admin/consultations/${slug}/versions`, { markdown: V1, version: 3 }).expect(400)).body.code).toBe(
      ErrorCode.ValidationFailed,
    );
    await admin.post(`/api/admin/consultations/${slug}/versions`, {}).expect(400);
  });

  it('lets moderators import, not residents or anonymous visitors', async () => {
    const slug = await newConsultation();
    await resident.post(`/api/admin/consultations/${slug}/versions`, { markdown: V1 }).expect(403);
    await visitor.post(`/api/admin/consultations/${slug}/versions`, { markdown: V1 }).expect(401);
    await importText(slug, V1, moderator);
  });

  it('answers 404 for unknown versions and consultations, and hides a draft’s versions', async () => {
    const slug = await newConsultation();
    await importText(slug, V1);
    for (const number of ['2', '0', 'abc', '99999999999']) {
      const response = await visitor.get(`/api/consultations/${slug}/versions/${number}`).expect(404);
      expect(response.body.code).toBe(ErrorCode.DocumentVersionNotFound);
    }
    expect((await admin.post('/api/admin/consultations/nie-ma-takiej/versions', { markdown: V1 }).expect(404)).body.code).toBe(
      ErrorCode.ConsultationNotFound,
    );

    const draft = await newConsultation(false);
    await importText(draft, V1);
    await visitor.get(`/api/consultations/${draft}/versions/1`).expect(404);
    expect((await admin.get(`/api/consultations/${draft}/versions/1`).expect(200)).body.number).toBe(1);
  });
});
