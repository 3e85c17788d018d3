import {
  AuditPageDto,
  ErrorCode,
  PublishedReportDto,
  ReportCommentPageDto,
  ReportDraftState,
  ReportFileFormat,
  Role,
  StaffReportDto,
  SubmissionChannel,
  SubmitterType,
} from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { aPerson, closeConsultation, createReportsApp, DOCUMENT, download, Person, runJob } from '../../testing/reports-test-kit';
import { aHandMadeConsultation, HandMade } from './report-fixture';

const count = (list: { key: string; count: number }[]): Record<string, number> =>
  Object.fromEntries(list.map((item) => [item.key, item.count]));

describe('report: draft, figures, header, publication, files', () => {
  let app: INestApplication;
  let admin: Person;
  let moderator: Person;
  let approver: Person;

  beforeAll(async () => {
    app = await createReportsApp();
    admin = await aPerson(app, Role.Admin, 'Administratorka');
    moderator = await aPerson(app, Role.Moderator, 'Moderator Raportu');
    approver = await aPerson(app, Role.Moderator, 'Zatwierdzająca');
  });
  afterAll(() => app.close());

  const staffReport = async (slug: string): Promise<StaffReportDto> =>
    (await moderator.client.get(`/api/staff/consultations/${slug}/report`).expect(200)).body as StaffReportDto;

  it('computes exact figures, themes and the numbered table from a hand-made consultation, and keeps header edits', async () => {
    const made: HandMade = await aHandMadeConsultation(app, admin, moderator, approver);
    const { slug } = made.consultation;
    expect((await staffReport(slug)).state).toBe(ReportDraftState.None);

    await runJob(moderator.client, `/api/staff/consultations/${slug}/report/draft`);
    const report = await staffReport(slug);
    expect(report.state).toBe(ReportDraftState.Ready);
    expect(report.jobId).toBeNull();
    const draft = report.draft;
    if (!draft) throw new Error('no draft');
    const figures = draft.figures;
    expect(figures).toMatchObject({
      comments: 4,
      replies: 2,
      uniqueParticipants: 3,
      received: 8,
      published: 4,
      rejected: 1,
      hidden: 1,
      withdrawn: 1,
    });
    expect(count(figures.byChannel)).toEqual({ online: 3, paper: 1, email: 0, meeting: 0 });
    expect(count(figures.bySubmitterType)).toMatchObject({ resident: 3, ngo: 1, business: 0 });
    expect(count(figures.byStance)).toEqual({ support: 1, oppose: 1, neutral: 1, proposes_change: 1 });
    expect(figures.byArea).toEqual([
      { key: 'stare-miasto', label: 'Stare Miasto', count: 1 },
      { key: 'podgorze', label: 'Podgórze', count: 1 },
      { key: 'none', label: 'Bez wskazania obszaru', count: 2 },
    ]);
    const [first, second] = made.consultation.sections;
    expect(figures.bySection).toEqual([
      { key: first.key, label: first.title, count: 2 },
      { key: second.key, label: second.title, count: 2 },
    ]);
    expect(count(figures.rejectedByReason)).toMatchObject({ spam: 1, offensive: 0 });
    expect(count(figures.byDecision)).toEqual({ noted: 0, accepted: 1, partly_accepted: 0, not_accepted: 0, further_work: 0, none: 3 });
    expect(figures.overTime.reduce((sum, day) => sum + day.comments, 0)).toBe(4);
    expect(figures.overTime.reduce((sum, day) => sum + day.replies, 0)).toBe(2);
    expect(draft.changes).toBeNull();
    expect(draft.header).toMatchObject({ subject: made.consultation.title });
    expect(draft.header.startDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(draft.header.forms).toContain('pismo papierowe');

    // Table: off-platform first (received earliest), then by creation; themes, decisions; the redacted text only.
    const page = (await moderator.client.get(`/api/staff/consultations/${slug}/report/draft/comments?limit=2`).expect(200))
      .body as ReportCommentPageDto;
    expect(page.total).toBe(4);
    expect(page.items.map((row) => row.number)).toEqual([1, 2]);
    expect(page.items[0]).toMatchObject({
      channel: SubmissionChannel.Paper,
      submitterType: SubmitterType.Resident,
      organisationName: null,
    });
    expect(page.items[1]).toMatchObject({ decision: 'accepted', themes: ['Zieleń'], areaKey: 'stare-miasto' });
    const rest = (
      await moderator.client.get(`/api/staff/consultations/${slug}/report/draft/comments?limit=5&cursor=${page.nextCursor}`).expect(200)
    ).body as ReportCommentPageDto;
    expect(rest.nextCursor).toBeNull();
    expect(rest.items.map((row) => row.number)).toEqual([3, 4]);
    expect(rest.items[0]).toMatchObject({
      organisationName: 'Stowarzyszenie Zielony Kraków',
      passage: 'tysiąc drzew',
      sectionTitle: second.title,
      decision: null,
    });
    expect(rest.items[1].text).toContain('[usunięto dane osobowe]');
    expect(rest.items[1].text).not.toContain(made.secrets.phone);

    // Theme: published comments only (the hidden one is left out); quotes carry the table's numbers.
    expect(draft.themes).toHaveLength(1);
    expect(draft.themes[0]).toMatchObject({ name: 'Zieleń', count: 2, response: 'Posadzimy więcej drzew.' });
    expect(draft.themes[0].stance).toEqual({ support: 1, oppose: 1, neutral: 0, proposes_change: 0 });
    expect(draft.themes[0].quotes.map((quote) => quote.number).sort()).toEqual([2, 3]);

    // Header edits survive a regeneration; the rest follows the data.
    const edited = (
      await moderator.client
        .patch(`/api/staff/consultations/${slug}/report/header`, { organiser: 'Wydział Kształtowania Środowiska', startDate: '2026-03-01' })
        .expect(200)
    ).body as StaffReportDto;
    expect(edited.draft?.header).toMatchObject({ organiser: 'Wydział Kształtowania Środowiska', startDate: '2026-03-01' });
    await runJob(moderator.client, `/api/staff/consultations/${slug}/report/draft`);
    const regenerated = (await staffReport(slug)).draft;
    if (!regenerated) throw new Error('no draft');
    expect(regenerated.header).toMatchObject({
      organiser: 'Wydział Kształtowania Środowiska',
      startDate: '2026-03-01',
      subject: made.consultation.title,
    });
    expect(regenerated.generatedAt > draft.generatedAt).toBe(true);

    const audit = (await admin.client.get(`/api/admin/audit-log?action=edit_report`).expect(200)).body as AuditPageDto;
    expect(audit.items.find((entry) => entry.targetId === slug)).toMatchObject({ actorId: moderator.user.id, targetType: 'report' });
  });

  it('refuses to publish while open or without a draft, then publishes versions 1 and 2 with stored files', async () => {
    const made = await aHandMadeConsultation(app, admin, moderator, approver);
    const { slug } = made.consultation;
    const base = `/api/staff/consultations/${slug}/report`;

    const open = await moderator.client.post(`${base}/publish`, {}).expect(409);
    expect(open.body.code).toBe(ErrorCode.ReportConsultationNotClosed);
    // A second document version: the report shows what changed between the first and the current one.
    await admin.client
      .post(`/api/admin/consultations/${slug}/versions`, {
        markdown: DOCUMENT.replace('tysiąc drzew rocznie', 'dwa tysiące drzew rocznie'),
        changeNote: 'Więcej drzew',
      })
      .expect(201);
    await closeConsultation(app, slug);
    expect((await moderator.client.post(`${base}/publish`, {}).expect(409)).body.code).toBe(ErrorCode.ReportDraftMissing);
    expect((await moderator.client.get(`/api/consultations/${slug}/report`).expect(404)).body.code).toBe(ErrorCode.ReportNotPublished);

    await runJob(moderator.client, `${base}/draft`);
    const job = await runJob(moderator.client, `${base}/publish`, {});
    expect(job.result).toMatchObject({ version: 1, comments: 4 });
    expect((await admin.client.get(`/api/consultations/${slug}`).expect(200)).body.status).toBe('report_published');

    const v1 = (await moderator.client.get(`/api/consultations/${slug}/report`).expect(200)).body as PublishedReportDto;
    expect(v1).toMatchObject({ version: 1, changeNote: null });
    expect(v1.content.figures.comments).toBe(4);
    expect(v1.content.changes).toMatchObject({ fromVersion: 1, toVersion: 2 });
    expect(v1.content.changes?.changes.map((change) => change.kind)).toEqual(['changed']);
    expect(v1.files.map((file) => file.format)).toEqual([
      ReportFileFormat.Pdf,
      ReportFileFormat.Csv,
      ReportFileFormat.Xlsx,
      ReportFileFormat.Json,
    ]);

    // A correction needs a change note.
    const noNote = await moderator.client.post(`${base}/publish`, {}).expect(400);
    expect(noNote.body.code).toBe(ErrorCode.ReportChangeNoteRequired);
    await moderator.client.patch(`${base}/header`, { summary: 'Poprawione podsumowanie.' }).expect(200);
    await runJob(moderator.client, `${base}/publish`, { changeNote: 'Poprawiono podsumowanie.' });

    const latest = (await moderator.client.get(`/api/consultations/${slug}/report`).expect(200)).body as PublishedReportDto;
    expect(latest).toMatchObject({ version: 2, changeNote: 'Poprawiono podsumowanie.' });
    expect(latest.content.header.summary).toBe('Poprawione podsumowanie.');
    expect(latest.versions.map((version) => version.version)).toEqual([2, 1]);
    const first = (await moderator.client.get(`/api/consultations/${slug}/report/versions/1`).expect(200)).body as PublishedReportDto;
    expect(first.content.header.summary).not.toBe('Poprawione podsumowanie.');
    expect((await moderator.client.get(`/api/consultations/${slug}/report/versions/3`).expect(404)).body.code).toBe(
      ErrorCode.ReportNotPublished,
    );

    // Snapshot pages: numbered, keyset.
    const rows = (await moderator.client.get(`/api/consultations/${slug}/report/versions/2/comments?limit=3`).expect(200))
      .body as ReportCommentPageDto;
    expect(rows.total).toBe(4);
    expect(rows.items.map((row) => row.number)).toEqual([1, 2, 3]);
    const more = (await moderator.client.get(`/api/consultations/${slug}/report/versions/2/comments?cursor=${rows.nextCursor}`).expect(200))
      .body as ReportCommentPageDto;
    expect(more.items.map((row) => row.number)).toEqual([4]);
    expect(more.nextCursor).toBeNull();

    // Files: headers, CSV bytes.
    const csv = await download(moderator.client, `/api/consultations/${slug}/report/versions/2/files/csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(`attachment; filename="sprawozdanie-${slug}-v2.csv"`);
    expect(csv.headers['cache-control']).toContain('public');
    expect(Number(csv.headers['content-length'])).toBe(csv.body.length);
    expect(csv.headers['etag']).toMatch(/^"[0-9a-f]{64}"$/);
    expect([...csv.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.body.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[lines.length - 1]).toBe('');
    expect(lines).toHaveLength(6); // heading, 4 rows, final CRLF
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    expect(lines[0]).toMatch(/^Lp\.,Zgłaszający,/);
    expect(text).toContain('Stowarzyszenie Zielony Kraków');
    const again = await moderator.client
      .get(`/api/consultations/${slug}/report/versions/2/files/csv`)
      .set('If-None-Match', csv.headers['etag']);
    expect(again.status).toBe(304);

    for (const format of [ReportFileFormat.Json, ReportFileFormat.Xlsx, ReportFileFormat.Pdf]) {
      const file = await download(moderator.client, `/api/consultations/${slug}/report/versions/1/files/${format}`);
      expect(file.status).toBe(200);
      expect(Number(file.headers['content-length'])).toBe(file.body.length);
      expect(file.headers['content-disposition']).toContain(`sprawozdanie-${slug}-v1.${format}`);
    }
    const pdf = await download(moderator.client, `/api/consultations/${slug}/report/versions/1/files/pdf`);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const json = JSON.parse(
      (await download(moderator.client, `/api/consultations/${slug}/report/versions/1/files/json`)).body.toString('utf8'),
    );
    expect(json.report.figures.comments).toBe(4);
    expect(json.comments.map((row: { number: number }) => row.number)).toEqual([1, 2, 3, 4]);
    expect((await moderator.client.get(`/api/consultations/${slug}/report/versions/1/files/doc`).expect(400)).body.code).toBe(
      ErrorCode.ValidationFailed,
    );
  });

  it('validates the header, the page size and the cursor', async () => {
    const made = await aHandMadeConsultation(app, admin, moderator, approver);
    const base = `/api/staff/consultations/${made.consultation.slug}/report`;
    expect((await moderator.client.patch(`${base}/header`, { summary: 'x' }).expect(409)).body.code).toBe(ErrorCode.ReportDraftMissing);
    await runJob(moderator.client, `${base}/draft`);
    for (const body of [
      { summary: 'x'.repeat(10_001) },
      { startDate: '2026-13-01' },
      { endDate: '1 marca 2026' },
      { subject: 42 },
      { unknown: 'field' },
    ]) {
      const response = await moderator.client.patch(`${base}/header`, body).expect(400);
      expect(response.body.code).toBe(ErrorCode.ValidationFailed);
    }
    const cleared = (await moderator.client.patch(`${base}/header`, { endDate: null }).expect(200)).body as StaffReportDto;
    expect(cleared.draft?.header.endDate).toBeNull();
    await moderator.client.get(`${base}/draft/comments?limit=201`).expect(400);
    expect((await moderator.client.get(`${base}/draft/comments?cursor=bm9wZQ`).expect(400)).body.code).toBe(ErrorCode.CursorInvalid);
    expect((await moderator.client.post(`${base}/publish`, { changeNote: 'x'.repeat(2001) }).expect(400)).body.code).toBe(
      ErrorCode.ValidationFailed,
    );
  });
});
