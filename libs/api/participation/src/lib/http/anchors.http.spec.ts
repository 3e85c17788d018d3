import { TestClient } from '@consulta/api/testing';
import {
  AnchorKind,
  CommentCountsDto,
  CommentDto,
  CommentPageDto,
  ConsultationDetailDto,
  ErrorCode,
  ImportDocumentResultDto,
  Role,
} from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import {
  aComment,
  anOpenConsultation,
  aPerson,
  commentCount,
  createParticipationApp,
  OpenConsultation,
  Person,
} from '../../testing/participation-test-kit';

/**
 * Version 2 of the test kit's document: the first paragraph of "Wizja" lightly edited (its key carries over),
 * the second one gone, a new paragraph added, and the section "Wartości" replaced by an unrelated one.
 */
const VERSION_2 = `# Misja Krakowa

## Wizja

Kraków jest miastem otwartym, zielonym i bardzo przyjaznym dla mieszkańców.

Biblioteki i domy kultury są czynne do późna w każdej dzielnicy.

## Sport

Boiska szkolne otwieramy dla sąsiadów po lekcjach.
`;

describe('comment anchors across document versions', () => {
  let app: INestApplication;
  let admin: TestClient;
  let resident: Person;

  beforeAll(async () => {
    app = await createParticipationApp();
    admin = (await aPerson(app, { role: Role.Admin })).client;
    resident = await aPerson(app);
  });
  afterAll(() => app.close());

  interface Scenario {
    open: OpenConsultation;
    /** Keys of version 1. */
    keptParagraphKey: string;
    removedParagraphKey: string;
    removedSectionKey: string;
    onKept: CommentDto;
    onKeptPassage: CommentDto;
    onRemoved: CommentDto;
    onSection: CommentDto;
    onRemovedSection: CommentDto;
    version2: ConsultationDetailDto;
  }

  const post = (slug: string, body: object) => resident.client.post(`/api/consultations/${slug}/comments`, body);
  const list = async (slug: string, query: string): Promise<CommentPageDto> =>
    (await resident.client.get(`/api/consultations/${slug}/comments?limit=100&${query}`).expect(200)).body as CommentPageDto;
  const counts = async (slug: string): Promise<CommentCountsDto> =>
    (await resident.client.get(`/api/consultations/${slug}/comment-counts`).expect(200)).body as CommentCountsDto;
  const reread = async (comment: CommentDto): Promise<CommentDto> =>
    (await resident.client.get(`/api/comments/${comment.id}`).expect(200)).body as CommentDto;

  /** Comments on version 1 (on both paragraphs of "Wizja", a passage, and both sections), then version 2 is published. */
  async function commentThenPublishVersion2(author: Person = resident): Promise<Scenario> {
    const open = await anOpenConsultation(admin);
    const wizja = open.detail.document?.sections[0];
    const removedParagraphKey = wizja?.paragraphs[1]?.key ?? '';
    expect(removedParagraphKey).not.toBe('');
    const create = async (body: object): Promise<CommentDto> =>
      (await author.client.post(`/api/consultations/${open.slug}/comments`, body).expect(201)).body as CommentDto;
    const onKept = await create(aComment(open.sectionKey, { paragraphKey: open.paragraphKey }));
    const onKeptPassage = await create(aComment(open.sectionKey, { paragraphKey: open.paragraphKey, quote: 'otwartym, zielonym' }));
    const onRemoved = await create(aComment(open.sectionKey, { paragraphKey: removedParagraphKey }));
    const onSection = await create(aComment(open.sectionKey));
    const onRemovedSection = await create(aComment(open.otherSectionKey));

    const imported = (await admin.post(`/api/admin/consultations/${open.slug}/versions`, { markdown: VERSION_2 }).expect(201))
      .body as ImportDocumentResultDto;
    expect(imported).toMatchObject({ carriedOver: 1, removed: 2 });
    const version2 = (await resident.client.get(`/api/consultations/${open.slug}`).expect(200)).body as ConsultationDetailDto;
    return {
      open,
      keptParagraphKey: open.paragraphKey,
      removedParagraphKey,
      removedSectionKey: open.otherSectionKey,
      onKept,
      onKeptPassage,
      onRemoved,
      onSection,
      onRemovedSection,
      version2,
    };
  }

  let scenario: Scenario;
  beforeAll(async () => {
    scenario = await commentThenPublishVersion2();
  });

  it('publishes version 2 with the edited paragraph keeping its key and the others gone (the premise of the tests below)', () => {
    const { version2, open } = scenario;
    expect(version2.document?.number).toBe(2);
    const sections = version2.document?.sections ?? [];
    expect(sections.map((section) => section.key)).toContain(open.sectionKey);
    expect(sections.map((section) => section.key)).not.toContain(scenario.removedSectionKey);
    const paragraphKeys = sections.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.key));
    expect(paragraphKeys).toContain(scenario.keptParagraphKey);
    expect(paragraphKeys).not.toContain(scenario.removedParagraphKey);
  });

  it('keeps a comment on a carried-over paragraph attached to it', async () => {
    for (const comment of [scenario.onKept, scenario.onKeptPassage, scenario.onSection]) {
      expect(await reread(comment)).toMatchObject({
        sectionKey: scenario.open.sectionKey,
        paragraphKey: comment.paragraphKey,
        documentVersion: 1,
        anchorMissing: false,
      });
    }
    expect(await reread(scenario.onKeptPassage)).toMatchObject({ anchorKind: AnchorKind.Passage, quote: 'otwartym, zielonym' });
    const onParagraph = await list(scenario.open.slug, `paragraph=${scenario.keptParagraphKey}`);
    expect(onParagraph.items.map((item) => item.id).sort()).toEqual([scenario.onKept.id, scenario.onKeptPassage.id].sort());
    expect(onParagraph.total).toBe(2);
    expect(onParagraph.items.every((item) => !item.anchorMissing)).toBe(true);
  });

  it('marks a comment whose paragraph is gone, shows the version it was written on, and still lists it under its section', async () => {
    const gone = await reread(scenario.onRemoved);
    expect(gone).toMatchObject({
      sectionKey: scenario.open.sectionKey,
      paragraphKey: scenario.removedParagraphKey,
      anchorKind: AnchorKind.Paragraph,
      documentVersion: 1,
      anchorMissing: true,
    });
    const section = await list(scenario.open.slug, `section=${scenario.open.sectionKey}`);
    expect(section.items.map((item) => item.id).sort()).toEqual(
      [scenario.onKept.id, scenario.onKeptPassage.id, scenario.onRemoved.id, scenario.onSection.id].sort(),
    );
    expect(section.items.find((item) => item.id === scenario.onRemoved.id)).toMatchObject({ anchorMissing: true, documentVersion: 1 });
    const onParagraph = await list(scenario.open.slug, `paragraph=${scenario.removedParagraphKey}`);
    expect(onParagraph.items.map((item) => item.id)).toEqual([scenario.onRemoved.id]);
    expect(onParagraph.total).toBe(1);
  });

  it('marks a comment whose section is gone', async () => {
    expect(await reread(scenario.onRemovedSection)).toMatchObject({
      sectionKey: scenario.removedSectionKey,
      paragraphKey: null,
      documentVersion: 1,
      anchorMissing: true,
    });
    const section = await list(scenario.open.slug, `section=${scenario.removedSectionKey}`);
    expect(section.items.map((item) => item.id)).toEqual([scenario.onRemovedSection.id]);
    expect(section.total).toBe(1);
  });

  it('agrees between the count endpoint and the list totals, removed anchors included', async () => {
    const { open } = scenario;
    const numbers = await counts(open.slug);
    const everything = await list(open.slug, '');
    expect(numbers.total).toBe(5);
    expect(everything.total).toBe(numbers.total);
    expect(everything.items.length).toBe(numbers.total);
    for (const section of numbers.sections) {
      const listed = await list(open.slug, `section=${section.sectionKey}`);
      expect({ section: section.sectionKey, total: listed.total, listed: listed.items.length }).toEqual({
        section: section.sectionKey,
        total: section.count,
        listed: section.count,
      });
      for (const paragraph of section.paragraphs) {
        const onParagraph = await list(open.slug, `paragraph=${paragraph.paragraphKey}`);
        expect({ paragraph: paragraph.paragraphKey, total: onParagraph.total }).toEqual({
          paragraph: paragraph.paragraphKey,
          total: paragraph.count,
        });
      }
    }
    expect(numbers.sections.find((section) => section.sectionKey === open.sectionKey)).toEqual({
      sectionKey: open.sectionKey,
      count: 4,
      paragraphs: [
        { paragraphKey: scenario.keptParagraphKey, count: 2 },
        { paragraphKey: scenario.removedParagraphKey, count: 1 },
      ].sort((a, b) => a.paragraphKey.localeCompare(b.paragraphKey)),
    });
  });

  it('refuses a new comment on a paragraph or section that exists only in an old version, storing nothing', async () => {
    const { open } = scenario;
    const before = await commentCount(app);
    const onParagraph = await post(open.slug, aComment(open.sectionKey, { paragraphKey: scenario.removedParagraphKey })).expect(404);
    expect(onParagraph.body).toMatchObject({ statusCode: 404, code: ErrorCode.ParagraphNotFound });
    const onSection = await post(open.slug, aComment(scenario.removedSectionKey)).expect(404);
    expect(onSection.body).toMatchObject({ statusCode: 404, code: ErrorCode.SectionNotFound });
    expect(await commentCount(app)).toBe(before);
  });

  it('takes new comments on a carried-over paragraph as written on the new version, quoting its new text', async () => {
    // Its own consultation and author: this test adds a comment, the ones above count them (and the account limit is 10).
    const own = await commentThenPublishVersion2(await aPerson(app));
    const fresh = await post(
      own.open.slug,
      aComment(own.open.sectionKey, { paragraphKey: own.keptParagraphKey, quote: 'bardzo przyjaznym' }),
    );
    expect(fresh.status).toBe(201);
    expect(fresh.body).toMatchObject({ documentVersion: 2, anchorMissing: false, anchorKind: AnchorKind.Passage });
    const stale = await post(
      own.open.slug,
      aComment(own.open.sectionKey, { paragraphKey: own.keptParagraphKey, quote: 'otwartym, zielonym i przyjaznym' }),
    );
    expect(stale.body).toMatchObject({ statusCode: 400, code: ErrorCode.QuoteNotInParagraph });
  });
});
