import { TestClient } from '@consulta/api/testing';
import {
  AuditPageDto,
  BulkDispositionResultDto,
  CommentDto,
  CommentPageDto,
  DispositionDecision,
  DispositionProgress,
  DispositionState,
  ErrorCode,
  ModerationItemDetailDto,
  ModerationQueuePageDto,
  MyParticipationDto,
  Role,
  StaffDispositionDto,
} from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { aComment, anOpenConsultation, aPerson, createModerationApp, OpenConsultation, Person } from '../../testing/moderation-test-kit';

const JUSTIFICATION = 'Uwaga zostanie uwzględniona w projekcie uchwały.';

describe('dispositions over HTTP', () => {
  let app: INestApplication;
  let admin: Person;
  let drafter: Person;
  let approver: Person;
  let open: OpenConsultation;

  const draft = (
    person: Person,
    commentId: string,
    body: object = { decision: DispositionDecision.Accepted, justification: JUSTIFICATION },
  ) => person.client.post(`/api/moderation/comments/${commentId}/dispositions`, body);
  const publicComment = async (commentId: string): Promise<CommentDto | undefined> => {
    const anonymous = await TestClient.create(app);
    const page = (await anonymous.get(`/api/consultations/${open.slug}/comments?limit=100`).expect(200)).body as CommentPageDto;
    return page.items.find((item) => item.id === commentId);
  };

  beforeAll(async () => {
    app = await createModerationApp();
    admin = await aPerson(app, Role.Admin);
    drafter = await aPerson(app, Role.Moderator);
    approver = await aPerson(app, Role.Moderator);
    open = await anOpenConsultation(admin.client);
  });
  afterAll(() => app.close());

  it('is drafted by one staff member, refused to the drafter, approved by another, then shown to the author and the public', async () => {
    const author = await aPerson(app);
    const comment = await aComment(author, open, 'Proszę o więcej ławek na Plantach.');

    const created = (await draft(drafter, comment.id).expect(201)).body as StaffDispositionDto;
    expect(created).toMatchObject({
      version: 1,
      state: DispositionState.Draft,
      decision: DispositionDecision.Accepted,
      draftedById: drafter.user.id,
    });
    expect((await draft(approver, comment.id).expect(409)).body.code).toBe(ErrorCode.DispositionDraftExists);

    // Not visible before approval, to anyone outside staff.
    expect((await publicComment(comment.id))?.disposition).toBeNull();
    const before = (await author.client.get('/api/me/participation').expect(200)).body as MyParticipationDto;
    expect(before.comments.find((item) => item.id === comment.id)?.disposition).toBeNull();

    const edited = (
      await drafter.client
        .put(`/api/moderation/dispositions/${created.id}`, {
          decision: DispositionDecision.PartlyAccepted,
          justification: `  ${JUSTIFICATION}  `,
        })
        .expect(200)
    ).body as StaffDispositionDto;
    expect(edited).toMatchObject({ decision: DispositionDecision.PartlyAccepted, justification: JUSTIFICATION });

    const self = await drafter.client.post(`/api/moderation/dispositions/${created.id}/approve`).expect(403);
    expect(self.body.code).toBe(ErrorCode.DispositionSelfApproval);
    const approved = (await approver.client.post(`/api/moderation/dispositions/${created.id}/approve`).expect(200))
      .body as StaffDispositionDto;
    expect(approved).toMatchObject({ state: DispositionState.Approved, approvedByName: approver.user.displayName });
    expect(approved.approvedAt).not.toBeNull();

    const shown = { decision: DispositionDecision.PartlyAccepted, explanation: JUSTIFICATION, decidedAt: approved.approvedAt };
    expect((await publicComment(comment.id))?.disposition).toEqual(shown);
    const mine = (await author.client.get('/api/me/participation').expect(200)).body as MyParticipationDto;
    expect(mine.comments.find((item) => item.id === comment.id)?.disposition).toEqual(shown);
    expect(((await author.client.get(`/api/comments/${comment.id}`).expect(200)).body as CommentDto).disposition).toEqual(shown);

    // Approved versions never change; a revision is a new version, the old one stays public until the new one is approved.
    const again = await drafter.client
      .put(`/api/moderation/dispositions/${created.id}`, { decision: DispositionDecision.NotAccepted, justification: JUSTIFICATION })
      .expect(409);
    expect(again.body.code).toBe(ErrorCode.DispositionNotDraft);
    const second = (
      await draft(approver, comment.id, {
        decision: DispositionDecision.FurtherWork,
        justification: 'Wymaga analizy kosztów przez ZZM.',
      }).expect(201)
    ).body as StaffDispositionDto;
    expect(second.version).toBe(2);
    expect((await publicComment(comment.id))?.disposition).toEqual(shown);
    await drafter.client.post(`/api/moderation/dispositions/${second.id}/approve`).expect(200);
    expect((await publicComment(comment.id))?.disposition).toMatchObject({ decision: DispositionDecision.FurtherWork });

    const detail = (await drafter.client.get(`/api/moderation/items/comment/${comment.id}`).expect(200)).body as ModerationItemDetailDto;
    expect(detail.disposition).toBe(DispositionProgress.Approved);
    expect(detail.dispositions.map((version) => [version.version, version.state, version.decision])).toEqual([
      [1, DispositionState.Approved, DispositionDecision.PartlyAccepted],
      [2, DispositionState.Approved, DispositionDecision.FurtherWork],
    ]);

    const audit = (await admin.client.get(`/api/admin/audit-log?consultation=${open.slug}&limit=200`).expect(200)).body as AuditPageDto;
    const actions = audit.items.filter((entry) => entry.targetId === comment.id).map((entry) => [entry.action, entry.actorId]);
    expect(actions.reverse()).toEqual([
      ['draft_disposition', drafter.user.id],
      ['edit_disposition', drafter.user.id],
      ['approve_disposition', approver.user.id],
      ['draft_disposition', approver.user.id],
      ['approve_disposition', drafter.user.id],
    ]);
  });

  it('withdraws a draft (kept in the history) and validates the justification', async () => {
    const author = await aPerson(app);
    const comment = await aComment(author, open, 'Tramwaj na Azory jak najszybciej.');
    const short = await draft(drafter, comment.id, { decision: DispositionDecision.Noted, justification: 'ok' }).expect(400);
    expect(short.body.code).toBe(ErrorCode.ValidationFailed);
    const blank = await draft(drafter, comment.id, { decision: DispositionDecision.Noted, justification: ' '.repeat(20) }).expect(400);
    expect(blank.body.code).toBe(ErrorCode.ValidationFailed);
    const wrong = await draft(drafter, comment.id, { decision: 'maybe', justification: JUSTIFICATION }).expect(400);
    expect(wrong.body.code).toBe(ErrorCode.ValidationFailed);
    expect((await draft(drafter, '00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe(ErrorCode.CommentNotFound);

    const created = (await draft(drafter, comment.id).expect(201)).body as StaffDispositionDto;
    const withdrawn = (await approver.client.delete(`/api/moderation/dispositions/${created.id}`).expect(200)).body as StaffDispositionDto;
    expect(withdrawn.state).toBe(DispositionState.Withdrawn);
    const late = await approver.client.post(`/api/moderation/dispositions/${created.id}/approve`).expect(409);
    expect(late.body.code).toBe(ErrorCode.DispositionNotDraft);
    const next = (await draft(drafter, comment.id).expect(201)).body as StaffDispositionDto;
    expect(next.version).toBe(2);
    const history = (await drafter.client.get(`/api/moderation/comments/${comment.id}/dispositions`).expect(200))
      .body as StaffDispositionDto[];
    expect(history.map((version) => version.state)).toEqual([DispositionState.Withdrawn, DispositionState.Draft]);
    expect((await approver.client.delete('/api/moderation/dispositions/00000000-0000-4000-8000-000000000000').expect(404)).body.code).toBe(
      ErrorCode.DispositionNotFound,
    );
  });

  it('lets the drafter approve alone only when the consultation allows a single step', async () => {
    const single = await anOpenConsultation(admin.client);
    const settings = await admin.client
      .put(`/api/admin/consultations/${single.slug}/moderation-settings`, { singleStepDispositions: true })
      .expect(200);
    expect(settings.body).toMatchObject({ singleStepDispositions: true, reportThreshold: 3 });
    const author = await aPerson(app);
    const comment = await aComment(author, single, 'Więcej zieleni na Kazimierzu.');
    const created = (await draft(drafter, comment.id).expect(201)).body as StaffDispositionDto;
    await drafter.client.post(`/api/moderation/dispositions/${created.id}/approve`).expect(200);
  });

  it('refuses a disposition on a comment that is not published', async () => {
    const author = await aPerson(app);
    const held = await aComment(author, open, 'Piszcie na adres jan.nowak@example.pl w tej sprawie.');
    const refused = await draft(drafter, held.id).expect(409);
    expect(refused.body.code).toBe(ErrorCode.DispositionNotAllowed);
  });

  it('drafts the same decision for a near-duplicate group or a list, all or nothing, and filters the queue on it', async () => {
    const campaign = 'Sprzeciwiam się wycince drzew przy ulicy Królewskiej, te drzewa są cenne dla mieszkańców i ptaków.';
    const authors = [await aPerson(app), await aPerson(app), await aPerson(app)];
    const comments: CommentDto[] = [];
    for (const author of authors) comments.push(await aComment(author, open, campaign));
    const detail = (await drafter.client.get(`/api/moderation/items/comment/${comments[2].id}`).expect(200))
      .body as ModerationItemDetailDto;
    expect(detail.duplicateGroupId).not.toBeNull();
    // Near-duplicates are not held; they stay published.
    const ids = comments.map((comment) => comment.id).sort();

    // One comment already has a draft: the whole list is refused and nothing is written.
    const lone = (await draft(approver, comments[1].id).expect(201)).body as StaffDispositionDto;
    const refused = await drafter.client
      .post('/api/moderation/dispositions/bulk', {
        decision: DispositionDecision.NotAccepted,
        justification: JUSTIFICATION,
        commentIds: ids,
      })
      .expect(409);
    expect(refused.body.code).toBe(ErrorCode.DispositionDraftExists);
    const count = async (): Promise<number> =>
      (
        await app
          .get(DataSource)
          .query<{ count: number }[]>(`SELECT count(*)::int AS "count" FROM "dispositions" WHERE "comment_id" = ANY($1::uuid[])`, [ids])
      )[0].count;
    expect(await count()).toBe(1);
    await approver.client.delete(`/api/moderation/dispositions/${lone.id}`).expect(200);

    const both = await drafter.client
      .post('/api/moderation/dispositions/bulk', {
        decision: DispositionDecision.NotAccepted,
        justification: JUSTIFICATION,
        commentIds: ids,
        duplicateGroupId: detail.duplicateGroupId,
      })
      .expect(400);
    expect(both.body.code).toBe(ErrorCode.ValidationFailed);

    const result = (
      await drafter.client
        .post('/api/moderation/dispositions/bulk', {
          decision: DispositionDecision.NotAccepted,
          justification: JUSTIFICATION,
          duplicateGroupId: detail.duplicateGroupId,
        })
        .expect(201)
    ).body as BulkDispositionResultDto;
    expect(result.drafts.map((row) => row.commentId).sort()).toEqual(ids);
    expect(await count()).toBe(4);

    const queue = (progress: DispositionProgress) =>
      drafter.client.get(`/api/moderation/queue?consultation=${open.slug}&state=published&disposition=${progress}&limit=100`).expect(200);
    const drafts = ((await queue(DispositionProgress.Draft)).body as ModerationQueuePageDto).items.map((item) => item.id);
    expect(drafts).toEqual(expect.arrayContaining(ids));
    const none = ((await queue(DispositionProgress.None)).body as ModerationQueuePageDto).items;
    for (const id of ids) expect(none.map((item) => item.id)).not.toContain(id);
    expect(none.every((item) => item.disposition === DispositionProgress.None)).toBe(true);
    for (const row of result.drafts) await approver.client.post(`/api/moderation/dispositions/${row.id}/approve`).expect(200);
    const approved = ((await queue(DispositionProgress.Approved)).body as ModerationQueuePageDto).items.map((item) => item.id);
    expect(approved).toEqual(expect.arrayContaining(ids));
  });
});
