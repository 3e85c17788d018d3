import { ConsultationStatus, ErrorCode, ModerationMode, Role } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { TestClient } from '@consulta/api/testing';
import { aConsultation, anonymous, createConsultationApp, daysFromNow, signedInAs, uniqueSlug } from '../../testing/consultation-test-kit';

describe('consultations over HTTP', () => {
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

  describe('POST /api/admin/consultations', () => {
    it('creates a consultation and answers with its detail', async () => {
      const request = aConsultation({ moderationMode: ModerationMode.Pre });
      const response = await admin.post('/api/admin/consultations', request).expect(201);
      expect(response.body).toEqual({
        slug: request.slug,
        title: 'Zielone podwórka',
        summary: 'Jak zazielenić podwórka w centrum miasta?',
        status: ConsultationStatus.Open,
        opensAt: request.opensAt,
        closesAt: request.closesAt,
        moderationMode: ModerationMode.Pre,
        areas: request.areas,
        document: null,
        createdAt: expect.any(String),
        updatedAt: expect.any(String),
      });
    });

    it('keeps a new consultation a draft unless published', async () => {
      const { slug } = aConsultation();
      const response = await admin.post('/api/admin/consultations', { ...aConsultation({ slug }), published: undefined }).expect(201);
      expect(response.body.status).toBe(ConsultationStatus.Draft);
    });

    it.each(['ab', 'Wielkie-Litery', 'dwa--myslniki', '-na-poczatku', 'polskie-znaki-ąę', 'x'.repeat(81)])(
      'answers SLUG_INVALID for “%s”',
      async (slug) => {
        const response = await admin.post('/api/admin/consultations', aConsultation({ slug })).expect(400);
        expect(response.body).toMatchObject({ statusCode: 400, code: ErrorCode.SlugInvalid });
      },
    );

    it('answers SLUG_TAKEN for a slug in use', async () => {
      const request = aConsultation();
      await admin.post('/api/admin/consultations', request).expect(201);
      const response = await admin.post('/api/admin/consultations', { ...aConsultation(), slug: request.slug }).expect(409);
      expect(response.body).toMatchObject({ statusCode: 409, code: ErrorCode.SlugTaken });
    });

    it('answers CONSULTATION_DATES_INVALID when it would close before it opens', async () => {
      const response = await admin
        .post('/api/admin/consultations', aConsultation({ opensAt: daysFromNow(5), closesAt: daysFromNow(4) }))
        .expect(400);
      expect(response.body).toMatchObject({ code: ErrorCode.ConsultationDatesInvalid });
      const same = daysFromNow(5);
      await admin.post('/api/admin/consultations', aConsultation({ opensAt: same, closesAt: same })).expect(400);
    });

    it('answers AREA_INVALID for duplicate or malformed area keys', async () => {
      const duplicate = await admin
        .post(
          '/api/admin/consultations',
          aConsultation({
            areas: [
              { key: 'd01', name: 'A' },
              { key: 'd01', name: 'B' },
            ],
          }),
        )
        .expect(400);
      expect(duplicate.body).toMatchObject({
        code: ErrorCode.AreaInvalid,
        details: [{ field: 'areas.1.key', message: expect.stringContaining('more than once') }],
      });
      const malformed = await admin
        .post('/api/admin/consultations', aConsultation({ areas: [{ key: 'Stare Miasto', name: 'A' }] }))
        .expect(400);
      expect(malformed.body).toMatchObject({ code: ErrorCode.AreaInvalid });
    });

    it('rejects unknown fields, also inside areas, and bad types', async () => {
      const unknown = await admin.post('/api/admin/consultations', { ...aConsultation(), status: 'open' }).expect(400);
      expect(unknown.body).toMatchObject({
        code: ErrorCode.ValidationFailed,
        details: [{ field: 'status', message: 'property status should not exist' }],
      });
      const nested = await admin
        .post('/api/admin/consultations', aConsultation({ areas: [{ key: 'a1', name: 'A', color: 'red' } as never] }))
        .expect(400);
      expect(nested.body.details).toEqual([{ field: 'areas.0.color', message: 'property color should not exist' }]);
      const date = await admin.post('/api/admin/consultations', aConsultation({ opensAt: 'jutro' })).expect(400);
      expect(date.body.details).toEqual([{ field: 'opensAt', message: expect.stringContaining('ISO 8601') }]);
      const mode = await admin.post('/api/admin/consultations', aConsultation({ moderationMode: 'none' as ModerationMode })).expect(400);
      expect(mode.body.code).toBe(ErrorCode.ValidationFailed);
    });

    it('is for admins only: 401 anonymous, 403 resident and moderator', async () => {
      await visitor.post('/api/admin/consultations', aConsultation()).expect(401);
      expect((await resident.post('/api/admin/consultations', aConsultation()).expect(403)).body.code).toBe(ErrorCode.Forbidden);
      await moderator.post('/api/admin/consultations', aConsultation()).expect(403);
    });
  });

  describe('status from the clock', () => {
    it('is scheduled before opensAt, open between, closed after closesAt, open without dates', async () => {
      const scheduled = aConsultation({ opensAt: daysFromNow(3), closesAt: daysFromNow(10) });
      const closed = aConsultation({ opensAt: daysFromNow(-10), closesAt: daysFromNow(-1) });
      const open = aConsultation({ opensAt: daysFromNow(-1), closesAt: daysFromNow(1) });
      const undated = aConsultation({ opensAt: null, closesAt: null });
      for (const request of [scheduled, closed, open, undated]) await admin.post('/api/admin/consultations', request).expect(201);

      const statusOf = async (slug: string) => (await visitor.get(`/api/consultations/${slug}`).expect(200)).body.status;
      expect(await statusOf(scheduled.slug)).toBe(ConsultationStatus.Scheduled);
      expect(await statusOf(closed.slug)).toBe(ConsultationStatus.Closed);
      expect(await statusOf(open.slug)).toBe(ConsultationStatus.Open);
      expect(await statusOf(undated.slug)).toBe(ConsultationStatus.Open);
    });

    it('moves when staff move the dates', async () => {
      const request = aConsultation({ opensAt: daysFromNow(2), closesAt: daysFromNow(9) });
      await admin.post('/api/admin/consultations', request).expect(201);
      const closedNow = await admin
        .patch(`/api/admin/consultations/${request.slug}`, { opensAt: daysFromNow(-9), closesAt: daysFromNow(-2) })
        .expect(200);
      expect(closedNow.body.status).toBe(ConsultationStatus.Closed);
      const reopened = await admin.patch(`/api/admin/consultations/${request.slug}`, { closesAt: null }).expect(200);
      expect(reopened.body).toMatchObject({ status: ConsultationStatus.Open, closesAt: null });
    });
  });

  describe('GET /api/consultations', () => {
    it('lists published consultations, open first, never drafts', async () => {
      const open = aConsultation({ closesAt: daysFromNow(1) });
      const scheduled = aConsultation({ opensAt: daysFromNow(1), closesAt: daysFromNow(5) });
      const closed = aConsultation({ opensAt: daysFromNow(-5), closesAt: daysFromNow(-1) });
      const draft = aConsultation({ published: false });
      for (const request of [closed, draft, scheduled, open]) await admin.post('/api/admin/consultations', request).expect(201);

      const response = await visitor.get('/api/consultations').expect(200);
      const slugs = (response.body as { slug: string }[]).map((item) => item.slug);
      expect(slugs).not.toContain(draft.slug);
      const rank = (slug: string) => slugs.indexOf(slug);
      expect(rank(open.slug)).toBeGreaterThanOrEqual(0);
      expect(rank(open.slug)).toBeLessThan(rank(scheduled.slug));
      expect(rank(scheduled.slug)).toBeLessThan(rank(closed.slug));
      const statuses = (response.body as { status: string }[]).map((item) => item.status);
      expect(statuses).not.toContain(ConsultationStatus.Draft);
      expect(response.body.find((item: { slug: string }) => item.slug === open.slug)).toEqual({
        slug: open.slug,
        title: open.title,
        summary: open.summary,
        status: ConsultationStatus.Open,
        opensAt: open.opensAt,
        closesAt: open.closesAt,
        moderationMode: open.moderationMode,
      });
    });

    it('filters by status', async () => {
      const scheduled = aConsultation({ opensAt: daysFromNow(2), closesAt: daysFromNow(5) });
      await admin.post('/api/admin/consultations', scheduled).expect(201);
      const response = await visitor.get('/api/consultations?status=scheduled').expect(200);
      expect(response.body.map((item: { status: string }) => item.status)).toEqual(expect.arrayContaining([ConsultationStatus.Scheduled]));
      expect(new Set(response.body.map((item: { status: string }) => item.status))).toEqual(new Set([ConsultationStatus.Scheduled]));
      expect(response.body.map((item: { slug: string }) => item.slug)).toContain(scheduled.slug);
    });

    it('refuses the draft filter and unknown parameters to the public', async () => {
      expect((await visitor.get('/api/consultations?status=draft').expect(400)).body.code).toBe(ErrorCode.ValidationFailed);
      await visitor.get('/api/consultations?page=2').expect(400);
    });
  });

  describe('drafts', () => {
    it('answer 404 to the public and residents, and are visible to staff', async () => {
      const draft = aConsultation({ published: false });
      await admin.post('/api/admin/consultations', draft).expect(201);

      for (const client of [visitor, resident]) {
        const response = await client.get(`/api/consultations/${draft.slug}`).expect(404);
        expect(response.body).toEqual({ statusCode: 404, code: ErrorCode.ConsultationNotFound, message: expect.any(String) });
        await client.get(`/api/consultations/${draft.slug}/versions`).expect(404);
      }
      expect((await moderator.get(`/api/consultations/${draft.slug}`).expect(200)).body.status).toBe(ConsultationStatus.Draft);
      const all = await admin.get('/api/admin/consultations?status=draft').expect(200);
      expect(all.body.map((item: { slug: string }) => item.slug)).toContain(draft.slug);
    });

    it('become public when published, and hidden again when returned to draft', async () => {
      const draft = aConsultation({ published: false });
      await admin.post('/api/admin/consultations', draft).expect(201);
      await admin.patch(`/api/admin/consultations/${draft.slug}`, { published: true }).expect(200);
      expect((await visitor.get(`/api/consultations/${draft.slug}`).expect(200)).body.status).toBe(ConsultationStatus.Open);
      await admin.patch(`/api/admin/consultations/${draft.slug}`, { published: false }).expect(200);
      await visitor.get(`/api/consultations/${draft.slug}`).expect(404);
    });
  });

  describe('PATCH /api/admin/consultations/:slug', () => {
    it('changes fields and replaces the areas in the given order', async () => {
      const request = aConsultation();
      await admin.post('/api/admin/consultations', request).expect(201);
      const areas = [
        { key: 'd02-grzegorzki', name: 'II Grzegórzki (zmieniona)' },
        { key: 'd18-nowa-huta', name: 'XVIII Nowa Huta' },
      ];
      const response = await admin
        .patch(`/api/admin/consultations/${request.slug}`, { title: 'Nowy tytuł', moderationMode: ModerationMode.Pre, areas })
        .expect(200);
      expect(response.body).toMatchObject({
        slug: request.slug,
        title: 'Nowy tytuł',
        summary: request.summary,
        moderationMode: ModerationMode.Pre,
        areas,
      });
      expect(new Date(response.body.updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(response.body.createdAt).getTime());
    });

    it('keeps the slug immutable (an unknown field) and checks the dates against the stored ones', async () => {
      const request = aConsultation({ opensAt: daysFromNow(1), closesAt: daysFromNow(10) });
      await admin.post('/api/admin/consultations', request).expect(201);
      const slug = await admin.patch(`/api/admin/consultations/${request.slug}`, { slug: uniqueSlug() }).expect(400);
      expect(slug.body.code).toBe(ErrorCode.ValidationFailed);
      const dates = await admin.patch(`/api/admin/consultations/${request.slug}`, { closesAt: daysFromNow(0) }).expect(400);
      expect(dates.body.code).toBe(ErrorCode.ConsultationDatesInvalid);
    });

    it('answers 404 for an unknown slug and 403 for a moderator', async () => {
      expect((await admin.patch(`/api/admin/consultations/${uniqueSlug()}`, { title: 'x' }).expect(404)).body.code).toBe(
        ErrorCode.ConsultationNotFound,
      );
      const request = aConsultation();
      await admin.post('/api/admin/consultations', request).expect(201);
      await moderator.patch(`/api/admin/consultations/${request.slug}`, { title: 'x' }).expect(403);
      await visitor.patch(`/api/admin/consultations/${request.slug}`, { title: 'x' }).expect(401);
    });
  });

  describe('GET /api/admin/consultations', () => {
    it('is for staff only', async () => {
      await moderator.get('/api/admin/consultations').expect(200);
      await resident.get('/api/admin/consultations').expect(403);
      await visitor.get('/api/admin/consultations').expect(401);
    });
  });
});
