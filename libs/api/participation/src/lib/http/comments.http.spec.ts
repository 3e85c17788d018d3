import { TestClient } from '@consulta/api/testing';
import {
  AnchorKind,
  CommentDto,
  CommentPageDto,
  CommentSort,
  CommentState,
  DELETED_AUTHOR_LABEL,
  ErrorCode,
  IDEMPOTENCY_KEY_HEADER,
  ModerationMode,
  MyDataExportDto,
  MyParticipationDto,
  ReplyDto,
  Role,
  SubmitterType,
} from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import {
  aComment,
  anOpenConsultation,
  aPerson,
  commentCount,
  createParticipationApp,
  OpenConsultation,
  Person,
} from '../../testing/participation-test-kit';

describe('participation over HTTP', () => {
  let app: INestApplication;
  let admin: TestClient;
  let resident: Person;
  let open: OpenConsultation;

  beforeAll(async () => {
    app = await createParticipationApp();
    admin = (await aPerson(app, { role: Role.Admin })).client;
    resident = await aPerson(app);
    open = await anOpenConsultation(admin);
  });
  afterAll(() => app.close());

  const post = (person: Person, slug: string, body: object) => person.client.post(`/api/consultations/${slug}/comments`, body);

  describe('commenting', () => {
    it('comments on a section, a paragraph and a passage, published at once in post-moderation', async () => {
      const section = await post(resident, open.slug, aComment(open.sectionKey)).expect(201);
      expect(section.body).toMatchObject({
        sectionKey: open.sectionKey,
        paragraphKey: null,
        anchorKind: AnchorKind.Section,
        documentVersion: 1,
        anchorMissing: false,
        state: CommentState.Published,
        authorName: 'Anna Nowak',
        isMine: true,
        agreeCount: 0,
      });
      const paragraph = await post(resident, open.slug, aComment(open.sectionKey, { paragraphKey: open.paragraphKey })).expect(201);
      expect(paragraph.body).toMatchObject({ paragraphKey: open.paragraphKey, anchorKind: AnchorKind.Paragraph });
      const passage = await post(
        resident,
        open.slug,
        aComment(open.sectionKey, { paragraphKey: open.paragraphKey, quote: 'otwartym, zielonym' }),
      ).expect(201);
      expect(passage.body).toMatchObject({ quote: 'otwartym, zielonym', anchorKind: AnchorKind.Passage });
    });

    it('stores plain text exactly as sent after trimming, for an organisation with its name', async () => {
      const text = '  <b>Nie</b> & "tak"\n\tdrugi wiersz  ';
      const response = await post(
        resident,
        open.slug,
        aComment(open.sectionKey, {
          text,
          submitterType: SubmitterType.Ngo,
          organisationName: ' Fundacja Zielony Kraków ',
          areaKey: 'd01-stare-miasto',
        }),
      ).expect(201);
      expect(response.body).toMatchObject({
        text: text.trim(),
        organisationName: 'Fundacja Zielony Kraków',
        authorName: 'Fundacja Zielony Kraków',
        areaKey: 'd01-stare-miasto',
      });
    });

    const invalid: [string, () => object, number, ErrorCode][] = [
      ['too short a text', () => aComment(open.sectionKey, { text: '   krótko  ' }), 400, ErrorCode.ValidationFailed],
      ['too long a text', () => aComment(open.sectionKey, { text: 'x'.repeat(5001) }), 400, ErrorCode.ValidationFailed],
      ['an unknown stance', () => ({ ...aComment(open.sectionKey), stance: 'maybe' }), 400, ErrorCode.ValidationFailed],
      ['control characters', () => aComment(open.sectionKey, { text: 'Tekst z \u0007 dzwonkiem w środku' }), 400, ErrorCode.TextInvalid],
      ['an unknown area', () => aComment(open.sectionKey, { areaKey: 'd99-nigdzie' }), 400, ErrorCode.AreaUnknown],
      ['an unknown section', () => aComment('nieznana'), 404, ErrorCode.SectionNotFound],
      [
        'a paragraph of another section',
        () => aComment(open.otherSectionKey, { paragraphKey: open.paragraphKey }),
        404,
        ErrorCode.ParagraphNotFound,
      ],
      [
        'a quote not in the paragraph',
        () => aComment(open.sectionKey, { paragraphKey: open.paragraphKey, quote: 'Warszawa' }),
        400,
        ErrorCode.QuoteNotInParagraph,
      ],
      ['missing consent', () => ({ ...aComment(open.sectionKey), personalDataConsent: undefined }), 400, ErrorCode.ConsentRequired],
      ['consent false', () => ({ ...aComment(open.sectionKey), personalDataConsent: false }), 400, ErrorCode.ConsentRequired],
      [
        'no organisation name',
        () => aComment(open.sectionKey, { submitterType: SubmitterType.Business }),
        400,
        ErrorCode.OrganisationNameRequired,
      ],
      ['a filled honeypot', () => aComment(open.sectionKey, { website: 'http://spam.example' }), 400, ErrorCode.SuspectedBot],
    ];
    it.each(invalid)('refuses %s and stores nothing', async (_name, body, status, code) => {
      const before = await commentCount(app);
      const response = await post(resident, open.slug, body()).expect(status);
      expect(response.body).toMatchObject({ statusCode: status, code });
      expect(await commentCount(app)).toBe(before);
    });

    it('refuses a section key of another consultation', async () => {
      const other = await anOpenConsultation(admin);
      const before = await commentCount(app);
      const response = await post(resident, open.slug, aComment(other.sectionKey)).expect(404);
      expect(response.body.code).toBe(ErrorCode.SectionNotFound);
      expect(await commentCount(app)).toBe(before);
    });

    it('refuses comments on a closed or scheduled consultation', async () => {
      const day = 24 * 3600 * 1000;
      const closed = await anOpenConsultation(admin, {
        opensAt: new Date(Date.now() - 10 * day).toISOString(),
        closesAt: new Date(Date.now() + 2000).toISOString(),
      });
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const before = await commentCount(app);
      expect((await post(resident, closed.slug, aComment(closed.sectionKey)).expect(409)).body.code).toBe(ErrorCode.ConsultationNotOpen);
      expect(await commentCount(app)).toBe(before);
    });

    it('requires a signed-in, verified account', async () => {
      const unverified = await aPerson(app, { verified: false });
      const before = await commentCount(app);
      expect((await post(unverified, open.slug, aComment(open.sectionKey)).expect(403)).body.code).toBe(ErrorCode.EmailNotVerified);
      const visitor = await TestClient.create(app);
      expect((await visitor.post(`/api/consultations/${open.slug}/comments`, aComment(open.sectionKey)).expect(401)).body.code).toBe(
        ErrorCode.Unauthenticated,
      );
      expect(await commentCount(app)).toBe(before);
    });
  });

  describe('pre-moderation, editing and withdrawal', () => {
    it('shows a pending comment only to its author and staff, and lets the author edit it with history', async () => {
      const pre = await anOpenConsultation(admin, { moderationMode: ModerationMode.Pre });
      const author = await aPerson(app);
      const stranger = await aPerson(app);
      const created = (await post(author, pre.slug, aComment(pre.sectionKey)).expect(201)).body as CommentDto;
      expect(created.state).toBe(CommentState.Pending);

      const mine = (await author.client.get(`/api/consultations/${pre.slug}/comments?section=${pre.sectionKey}`).expect(200))
        .body as CommentPageDto;
      expect(mine.items.map((item) => item.id)).toEqual([created.id]);
      expect(mine.total).toBe(0);
      const theirs = (await stranger.client.get(`/api/consultations/${pre.slug}/comments?section=${pre.sectionKey}`).expect(200))
        .body as CommentPageDto;
      expect(theirs.items).toEqual([]);
      const staff = (await admin.get(`/api/consultations/${pre.slug}/comments`).expect(200)).body as CommentPageDto;
      expect(staff.items.map((item) => item.id)).toEqual([created.id]);
      await stranger.client.get(`/api/comments/${created.id}`).expect(404);
      await author.client.get(`/api/comments/${created.id}`).expect(200);
      const counts = (await stranger.client.get(`/api/consultations/${pre.slug}/comment-counts`).expect(200)).body;
      expect(counts).toEqual({ total: 0, sections: [] });

      // Not someone else's to edit; replying to a pending comment is not possible.
      await stranger.client.patch(`/api/comments/${created.id}`, { text: 'Zmieniam cudzy komentarz' }).expect(404);
      expect((await author.client.post(`/api/comments/${created.id}/replies`, { text: 'Dopisek' }).expect(409)).body.code).toBe(
        ErrorCode.ReplyTargetNotAvailable,
      );

      const edited = await author.client.patch(`/api/comments/${created.id}`, { text: '  Nowa, lepsza treść komentarza  ' }).expect(200);
      expect(edited.body).toMatchObject({ text: 'Nowa, lepsza treść komentarza', editedAt: expect.any(String) });
      const revisions = await app.get(DataSource).query('SELECT "text" FROM "comment_revisions" WHERE "comment_id" = $1', [created.id]);
      expect(revisions).toEqual([{ text: created.text }]);

      const withdrawn = await author.client.post(`/api/comments/${created.id}/withdraw`).expect(200);
      expect(withdrawn.body.state).toBe(CommentState.Withdrawn);
      expect((await author.client.patch(`/api/comments/${created.id}`, { text: 'Jeszcze jedna zmiana' }).expect(409)).body.code).toBe(
        ErrorCode.CommentNotEditable,
      );
      expect((await author.client.post(`/api/comments/${created.id}/withdraw`).expect(409)).body.code).toBe(
        ErrorCode.CommentNotWithdrawable,
      );
      const afterwards = (await admin.get(`/api/consultations/${pre.slug}/comments`).expect(200)).body as CommentPageDto;
      expect(afterwards.items).toEqual([]);
    });

    it('refuses editing a published comment', async () => {
      const created = (await post(resident, open.slug, aComment(open.sectionKey)).expect(201)).body as CommentDto;
      const response = await resident.client.patch(`/api/comments/${created.id}`, { text: 'Zmieniona treść komentarza' }).expect(409);
      expect(response.body.code).toBe(ErrorCode.CommentNotEditable);
      expect((await resident.client.get(`/api/comments/${created.id}`).expect(200)).body.text).toBe(created.text);
    });
  });

  describe('replies and agreement', () => {
    it('threads replies in display order, with official replies for staff only', async () => {
      const author = await aPerson(app);
      const other = await aPerson(app, { displayName: 'Jan Kowalski' });
      const comment = (await post(author, open.slug, aComment(open.sectionKey)).expect(201)).body as CommentDto;
      const first = (await other.client.post(`/api/comments/${comment.id}/replies`, { text: 'Pierwsza odpowiedź' }).expect(201))
        .body as ReplyDto;
      const second = (await author.client.post(`/api/comments/${comment.id}/replies`, { text: 'Druga odpowiedź' }).expect(201))
        .body as ReplyDto;
      const nested = (
        await author.client.post(`/api/comments/${comment.id}/replies`, { text: 'Do pierwszej', parentId: first.id }).expect(201)
      ).body as ReplyDto;
      expect(nested).toMatchObject({ depth: 2, parentId: first.id, commentId: comment.id });
      expect(
        (await other.client.post(`/api/comments/${comment.id}/replies`, { text: 'Oficjalnie', official: true }).expect(403)).body.code,
      ).toBe(ErrorCode.Forbidden);
      const official = (await admin.post(`/api/comments/${comment.id}/replies`, { text: 'Odpowiedź miasta', official: true }).expect(201))
        .body as ReplyDto;
      expect(official.official).toBe(true);

      const thread = (await other.client.get(`/api/comments/${comment.id}/replies`).expect(200)).body;
      expect(thread.items.map((reply: ReplyDto) => reply.id)).toEqual([first.id, nested.id, second.id, official.id]);
      expect(thread.total).toBe(4);
      const reread = (await other.client.get(`/api/comments/${comment.id}`).expect(200)).body as CommentDto;
      expect(reread).toMatchObject({ replyCount: 4, official: true });

      const mine = (await author.client.get('/api/me/participation').expect(200)).body as MyParticipationDto;
      const overview = mine.comments.find((item) => item.id === comment.id);
      expect(overview?.officialReplies.map((reply) => reply.id)).toEqual([official.id]);
      expect(overview?.disposition).toBeNull();
      expect(mine.replies.map((reply) => reply.id).sort()).toEqual([second.id, nested.id].sort());
    });

    it('refuses a reply to a withdrawn or hidden comment, storing nothing', async () => {
      const author = await aPerson(app);
      const comment = (await post(author, open.slug, aComment(open.sectionKey)).expect(201)).body as CommentDto;
      const hidden = (await post(author, open.slug, aComment(open.sectionKey)).expect(201)).body as CommentDto;
      await author.client.post(`/api/comments/${comment.id}/withdraw`).expect(200);
      await app
        .get(DataSource)
        .query(`UPDATE "comments" SET "state" = 'hidden', "rejection_reason" = 'offensive' WHERE "id" = $1`, [hidden.id]);
      const count = async () => (await app.get(DataSource).query('SELECT count(*)::int AS c FROM "replies"'))[0].c as number;
      const before = await count();
      expect((await resident.client.post(`/api/comments/${comment.id}/replies`, { text: 'Odpowiedź' }).expect(404)).body.code).toBe(
        ErrorCode.CommentNotFound,
      );
      expect((await resident.client.post(`/api/comments/${hidden.id}/replies`, { text: 'Odpowiedź' }).expect(404)).body.code).toBe(
        ErrorCode.CommentNotFound,
      );
      expect((await author.client.post(`/api/comments/${hidden.id}/replies`, { text: 'Odpowiedź' }).expect(409)).body.code).toBe(
        ErrorCode.ReplyTargetNotAvailable,
      );
      const own = (await author.client.get(`/api/comments/${hidden.id}`).expect(200)).body as CommentDto;
      expect(own.rejection).toEqual({ reason: 'offensive', note: null });
      expect(await count()).toBe(before);
    });

    it('counts one agreement per person, not one’s own', async () => {
      const author = await aPerson(app);
      const comment = (await post(author, open.slug, aComment(open.sectionKey)).expect(201)).body as CommentDto;
      expect((await resident.client.put(`/api/comments/${comment.id}/agreement`).expect(200)).body).toEqual({
        agreeCount: 1,
        agreedByMe: true,
      });
      expect((await resident.client.put(`/api/comments/${comment.id}/agreement`).expect(409)).body.code).toBe(ErrorCode.AlreadyAgreed);
      expect((await author.client.put(`/api/comments/${comment.id}/agreement`).expect(409)).body.code).toBe(ErrorCode.CannotAgreeWithOwn);
      expect((await resident.client.get(`/api/comments/${comment.id}`).expect(200)).body).toMatchObject({
        agreeCount: 1,
        agreedByMe: true,
      });
      expect((await resident.client.delete(`/api/comments/${comment.id}/agreement`).expect(200)).body).toEqual({
        agreeCount: 0,
        agreedByMe: false,
      });
      expect((await resident.client.delete(`/api/comments/${comment.id}/agreement`).expect(409)).body.code).toBe(ErrorCode.NotAgreed);
      const reply = (await author.client.post(`/api/comments/${comment.id}/replies`, { text: 'Dziękuję' }).expect(201)).body as ReplyDto;
      expect((await resident.client.put(`/api/replies/${reply.id}/agreement`).expect(200)).body).toEqual({
        agreeCount: 1,
        agreedByMe: true,
      });
    });
  });

  describe('idempotency', () => {
    it('creates one comment for a key sent twice, and refuses the key with another body', async () => {
      const person = await aPerson(app);
      const key = randomUUID();
      const body = aComment(open.sectionKey);
      const first = await person.client.post(`/api/consultations/${open.slug}/comments`, body).set(IDEMPOTENCY_KEY_HEADER, key).expect(201);
      const before = await commentCount(app);
      const again = await person.client.post(`/api/consultations/${open.slug}/comments`, body).set(IDEMPOTENCY_KEY_HEADER, key).expect(200);
      expect(again.body.id).toBe(first.body.id);
      const conflict = await person.client
        .post(`/api/consultations/${open.slug}/comments`, { ...body, text: 'Całkiem inna treść komentarza' })
        .set(IDEMPOTENCY_KEY_HEADER, key)
        .expect(409);
      expect(conflict.body.code).toBe(ErrorCode.IdempotencyKeyConflict);
      expect(await commentCount(app)).toBe(before);
    });

    it('creates one comment for concurrent requests with the same key', async () => {
      const person = await aPerson(app);
      const key = randomUUID();
      const before = await commentCount(app);
      const responses = await Promise.all(
        [1, 2, 3].map(() =>
          person.client.post(`/api/consultations/${open.slug}/comments`, aComment(open.sectionKey)).set(IDEMPOTENCY_KEY_HEADER, key),
        ),
      );
      expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 201]);
      expect(new Set(responses.map((response) => response.body.id)).size).toBe(1);
      expect(await commentCount(app)).toBe(before + 1);
    });
  });

  describe('lists', () => {
    it('pages through every published comment exactly once in each sort, with a matching total', async () => {
      const listed = await anOpenConsultation(admin);
      const people = await Promise.all([1, 2, 3, 4, 5].map(() => aPerson(app)));
      const ids: string[] = [];
      for (const [index, person] of people.entries()) {
        for (let n = 0; n < 5; n++) {
          const body = aComment(listed.sectionKey, n % 2 === 0 ? { paragraphKey: listed.paragraphKey } : {});
          ids.push(((await post(person, listed.slug, body).expect(201)).body as CommentDto).id);
        }
        // Some agreement so that most_agreed has ties and differences.
        await people[(index + 1) % people.length].client.put(`/api/comments/${ids[ids.length - 1]}/agreement`).expect(200);
      }
      await post(people[0], listed.slug, aComment(listed.otherSectionKey)).expect(201);
      await people[0].client.post(`/api/comments/${ids[0]}/withdraw`).expect(200);
      const published = ids.slice(1);

      for (const sort of Object.values(CommentSort)) {
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const query = `section=${listed.sectionKey}&sort=${sort}&limit=7${cursor ? `&cursor=${cursor}` : ''}`;
          const page = (await resident.client.get(`/api/consultations/${listed.slug}/comments?${query}`).expect(200))
            .body as CommentPageDto;
          expect(page.total).toBe(published.length);
          seen.push(...page.items.map((item) => item.id));
          cursor = page.nextCursor;
          pages++;
        } while (cursor && pages < 10);
        expect(seen.length).toBe(published.length);
        expect(new Set(seen)).toEqual(new Set(published));
      }
      const paragraph = (
        await resident.client.get(`/api/consultations/${listed.slug}/comments?paragraph=${listed.paragraphKey}&limit=100`).expect(200)
      ).body as CommentPageDto;
      const counts = (await resident.client.get(`/api/consultations/${listed.slug}/comment-counts`).expect(200)).body;
      expect(counts.total).toBe(published.length + 1);
      const section = counts.sections.find((item: { sectionKey: string }) => item.sectionKey === listed.sectionKey);
      expect(section.count).toBe(published.length);
      expect(section.paragraphs).toEqual([{ paragraphKey: listed.paragraphKey, count: paragraph.total }]);
      expect(paragraph.items.length).toBe(paragraph.total);
      expect((await resident.client.get(`/api/consultations/${listed.slug}/comments?sort=oldest&cursor=bogus`).expect(400)).body.code).toBe(
        ErrorCode.CursorInvalid,
      );
    });
  });

  describe('rate limits', () => {
    it('answers 429 with Retry-After after too many comments from one account', async () => {
      const person = await aPerson(app);
      for (let n = 0; n < 10; n++) await post(person, open.slug, aComment(open.sectionKey)).expect(201);
      const before = await commentCount(app);
      const response = await post(person, open.slug, aComment(open.sectionKey)).expect(429);
      expect(response.body.code).toBe(ErrorCode.RateLimited);
      expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
      expect(await commentCount(app)).toBe(before);
    });
  });

  describe('my data', () => {
    it('exports everything as a JSON attachment', async () => {
      const person = await aPerson(app);
      const comment = (await post(person, open.slug, aComment(open.sectionKey)).expect(201)).body as CommentDto;
      const other = (await post(resident, open.slug, aComment(open.sectionKey)).expect(201)).body as CommentDto;
      await person.client.put(`/api/comments/${other.id}/agreement`).expect(200);
      const response = await person.client.get('/api/me/data').expect(200);
      expect(response.headers['content-disposition']).toMatch(/^attachment; filename=/);
      const data = response.body as MyDataExportDto;
      expect(data.account.id).toBe(person.user.id);
      expect(data.comments.map((item) => item.id)).toEqual([comment.id]);
      expect(data.agreements).toEqual([{ commentId: other.id, replyId: null, createdAt: expect.any(String) }]);
    });

    it('deletes the account keeping published comments anonymously', async () => {
      const person = await aPerson(app);
      const comment = (
        await post(person, open.slug, aComment(open.sectionKey, { submitterType: SubmitterType.Ngo, organisationName: 'Fundacja' })).expect(
          201,
        )
      ).body as CommentDto;
      const other = (await post(resident, open.slug, aComment(open.sectionKey)).expect(201)).body as CommentDto;
      await person.client.put(`/api/comments/${other.id}/agreement`).expect(200);
      expect(
        (await person.client.delete('/api/me').send({ password: 'wrong-password-123', comments: 'anonymise' }).expect(400)).body.code,
      ).toBe(ErrorCode.WrongPassword);
      await person.client.delete('/api/me').send({ password: person.password, comments: 'anonymise' }).expect(204);
      await person.client.get('/api/me/participation').expect(401);
      const kept = (await resident.client.get(`/api/comments/${comment.id}`).expect(200)).body as CommentDto;
      expect(kept).toMatchObject({ authorName: DELETED_AUTHOR_LABEL, organisationName: null, isMine: false });
      expect((await resident.client.get(`/api/comments/${other.id}`).expect(200)).body.agreeCount).toBe(0);
    });

    it('deletes the account with its comments and their threads', async () => {
      const person = await aPerson(app);
      const comment = (await post(person, open.slug, aComment(open.sectionKey)).expect(201)).body as CommentDto;
      await resident.client.post(`/api/comments/${comment.id}/replies`, { text: 'Odpowiedź innej osoby' }).expect(201);
      await resident.client.put(`/api/comments/${comment.id}/agreement`).expect(200);
      await person.client.delete('/api/me').send({ password: person.password, comments: 'delete' }).expect(204);
      await resident.client.get(`/api/comments/${comment.id}`).expect(404);
      const left = await app.get(DataSource).query('SELECT count(*)::int AS c FROM "replies" WHERE "comment_id" = $1', [comment.id]);
      expect(left[0].c).toBe(0);
      const users = await app.get(DataSource).query('SELECT count(*)::int AS c FROM "users" WHERE "id" = $1', [person.user.id]);
      expect(users[0].c).toBe(0);
    });
  });
});
