import {
  AuditPageDto,
  BulkDecisionResultDto,
  CommentDto,
  CommentState,
  ErrorCode,
  FlagReason,
  ModerationItemDetailDto,
  ModerationQueuePageDto,
  ReplyDto,
  ReportReason,
  RejectionReason,
  Role,
  WordListDto,
  WordListKey,
} from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { aComment, anOpenConsultation, aPerson, createModerationApp, OpenConsultation, Person } from '../../testing/moderation-test-kit';

describe('word lists, settings, bulk and reply decisions, claim expiry, audit CSV', () => {
  let app: INestApplication;
  let admin: Person;
  let moderator: Person;
  let otherModerator: Person;
  let open: OpenConsultation;

  const detail = async (type: 'comment' | 'reply', id: string): Promise<ModerationItemDetailDto> =>
    (await moderator.client.get(`/api/moderation/items/${type}/${id}`).expect(200)).body as ModerationItemDetailDto;
  const replyCount = async (commentId: string): Promise<number> =>
    ((await admin.client.get(`/api/comments/${commentId}`).expect(200)).body as CommentDto).replyCount;

  beforeAll(async () => {
    app = await createModerationApp();
    admin = await aPerson(app, Role.Admin);
    moderator = await aPerson(app, Role.Moderator);
    otherModerator = await aPerson(app, Role.Moderator);
    open = await anOpenConsultation(admin.client);
  });
  afterAll(() => app.close());

  it('lets an admin add a word to the Polish list, after which a new comment with it is flagged and held', async () => {
    const before = await aComment(await aPerson(app), open, 'Ten kalafiorowy pomysł jest słaby.');
    expect(before.state).toBe(CommentState.Published);

    const lists = (await admin.client.get('/api/admin/word-lists').expect(200)).body as WordListDto[];
    const polish = lists.find((list) => list.key === WordListKey.Polish);
    expect(lists.map((list) => list.key)).toEqual([WordListKey.Polish, WordListKey.English, WordListKey.Allow]);
    expect(polish?.isDefault).toBe(true);
    expect(polish?.text.length).toBeGreaterThan(100);

    const invalid = await admin.client.put('/api/admin/word-lists/pl', { text: `${polish?.text}\n*ka\n` }).expect(400);
    expect(invalid.body.code).toBe(ErrorCode.WordListInvalid);
    expect(JSON.stringify(invalid.body.details)).toContain('*ka');
    await moderator.client.put('/api/admin/word-lists/pl', { text: 'kalafior*' }).expect(403);
    await admin.client.put('/api/admin/word-lists/xx', { text: 'kalafior*' }).expect(400);

    const saved = (await admin.client.put('/api/admin/word-lists/pl', { text: `${polish?.text}\nkalafior*\n` }).expect(200))
      .body as WordListDto;
    expect(saved).toMatchObject({ key: WordListKey.Polish, isDefault: false, updatedByName: admin.user.displayName });

    const after = await aComment(await aPerson(app), open, 'Ten kalafiorowy pomysł jest słaby.');
    expect(after.state).toBe(CommentState.Pending);
    const flag = (await detail('comment', after.id)).flags.find((candidate) => candidate.reason === FlagReason.Profanity);
    expect(flag).toMatchObject({ match: 'kalafiorowy' });

    const audit = (await admin.client.get('/api/admin/audit-log?action=update_word_list').expect(200)).body as AuditPageDto;
    expect(audit.items[0]).toMatchObject({ actorId: admin.user.id, targetType: 'word_list', targetId: 'pl', before: { isDefault: true } });
  });

  it('updates the report threshold (audited) and holds a comment after that many reports', async () => {
    const refused = await admin.client.put(`/api/admin/consultations/${open.slug}/moderation-settings`, { reportThreshold: 0 }).expect(400);
    expect(refused.body.code).toBe(ErrorCode.ValidationFailed);
    const settings = await admin.client
      .put(`/api/admin/consultations/${open.slug}/moderation-settings`, { reportThreshold: 1 })
      .expect(200);
    expect(settings.body).toMatchObject({ consultationSlug: open.slug, reportThreshold: 1, singleStepDispositions: false });
    expect((await moderator.client.get(`/api/moderation/consultations/${open.slug}/settings`).expect(200)).body).toMatchObject({
      reportThreshold: 1,
    });
    const audit = (await admin.client.get(`/api/admin/audit-log?consultation=${open.slug}&action=update_settings`).expect(200))
      .body as AuditPageDto;
    expect(audit.items[0]).toMatchObject({ before: { reportThreshold: 3 }, after: { reportThreshold: 1 } });

    const comment = await aComment(await aPerson(app), open, 'Zwykła uwaga o komunikacji miejskiej.');
    await (await aPerson(app)).client.post(`/api/comments/${comment.id}/reports`, { reason: ReportReason.Spam }).expect(201);
    expect((await detail('comment', comment.id)).state).toBe(CommentState.Pending);
    await admin.client.put(`/api/admin/consultations/${open.slug}/moderation-settings`, { reportThreshold: 3 }).expect(200);
  });

  it('approves and rejects in bulk, item by item, saying what happened to each', async () => {
    const author = await aPerson(app);
    const first = await aComment(author, open, 'Pierwszy: adres a.b@example.pl.');
    const second = await aComment(author, open, 'Drugi: adres c.d@example.pl.');
    const published = await aComment(await aPerson(app), open, 'Trzeci, zwykły komentarz o zieleni.');
    expect([first.state, second.state, published.state]).toEqual([CommentState.Pending, CommentState.Pending, CommentState.Published]);

    const noReason = await moderator.client.post('/api/moderation/bulk', { action: 'reject', ids: [first.id] }).expect(400);
    expect(noReason.body.code).toBe(ErrorCode.ValidationFailed);
    const badId = await moderator.client.post('/api/moderation/bulk', { action: 'approve', ids: ['nie-uuid'] }).expect(400);
    expect(badId.body.code).toBe(ErrorCode.ValidationFailed);

    await otherModerator.client.put(`/api/moderation/items/comment/${second.id}/claim`).expect(200);
    const result = (
      await moderator.client.post('/api/moderation/bulk', { action: 'approve', ids: [first.id, second.id, published.id] }).expect(200)
    ).body as BulkDecisionResultDto;
    expect(result).toEqual({
      results: [
        { id: first.id, ok: true, code: null },
        { id: second.id, ok: false, code: ErrorCode.ItemClaimed },
        { id: published.id, ok: false, code: ErrorCode.ModerationNotPending },
      ],
      succeeded: 1,
      failed: 2,
    });
    expect((await detail('comment', first.id)).state).toBe(CommentState.Published);

    const rejected = (
      await otherModerator.client
        .post('/api/moderation/bulk', { action: 'reject', ids: [second.id], reason: RejectionReason.PersonalData, note: 'Bez adresów.' })
        .expect(200)
    ).body as BulkDecisionResultDto;
    expect(rejected.succeeded).toBe(1);
    const seen = (await author.client.get(`/api/comments/${second.id}`).expect(200)).body as CommentDto;
    expect(seen).toMatchObject({ state: CommentState.Rejected, rejection: { reason: RejectionReason.PersonalData, note: 'Bez adresów.' } });
  });

  it('decides on replies keeping the comment’s reply_count exact', async () => {
    const comment = await aComment(await aPerson(app), open, 'Komentarz, pod którym toczy się dyskusja.');
    const replier = await aPerson(app);
    const reply = (text: string) => replier.client.post(`/api/comments/${comment.id}/replies`, { text });
    const clean = (await reply('Zgadzam się, to ważne.').expect(201)).body as ReplyDto;
    expect(clean.state).toBe(CommentState.Published);
    expect(await replyCount(comment.id)).toBe(1);
    const held = (await reply('Piszcie do mnie: ewa@example.pl').expect(201)).body as ReplyDto;
    const heldToo = (await reply('Albo dzwońcie: 600 700 800').expect(201)).body as ReplyDto;
    expect([held.state, heldToo.state]).toEqual([CommentState.Pending, CommentState.Pending]);
    expect(await replyCount(comment.id)).toBe(1);

    const queue = (await moderator.client.get(`/api/moderation/queue?type=reply&consultation=${open.slug}`).expect(200))
      .body as ModerationQueuePageDto;
    expect(queue.items.map((item) => item.id)).toEqual(expect.arrayContaining([held.id, heldToo.id]));

    await moderator.client.post(`/api/moderation/items/reply/${held.id}/approve`).expect(200);
    expect(await replyCount(comment.id)).toBe(2);
    await moderator.client.post(`/api/moderation/items/reply/${heldToo.id}/reject`, { reason: RejectionReason.PersonalData }).expect(200);
    expect(await replyCount(comment.id)).toBe(2);
    await moderator.client.post(`/api/moderation/items/reply/${clean.id}/hide`, { reason: RejectionReason.OffTopic }).expect(200);
    expect(await replyCount(comment.id)).toBe(1);
    const twice = await moderator.client
      .post(`/api/moderation/items/reply/${clean.id}/hide`, { reason: RejectionReason.OffTopic })
      .expect(409);
    expect(twice.body.code).toBe(ErrorCode.ModerationNotPublished);
    expect(await replyCount(comment.id)).toBe(1);
    await moderator.client.post(`/api/moderation/items/reply/${clean.id}/restore`).expect(200);
    expect(await replyCount(comment.id)).toBe(2);
    const [{ count }] = await app
      .get(DataSource)
      .query<{ count: number }[]>(`SELECT count(*)::int AS "count" FROM "replies" WHERE "comment_id" = $1 AND "state" = 'published'`, [
        comment.id,
      ]);
    expect(count).toBe(2);
  });

  it('lets another moderator act once a claim has expired', async () => {
    const held = await aComment(await aPerson(app), open, 'Kontakt: piotr@example.pl, proszę o odpowiedź.');
    await moderator.client.put(`/api/moderation/items/comment/${held.id}/claim`).expect(200);
    const refused = await otherModerator.client.post(`/api/moderation/items/comment/${held.id}/approve`).expect(409);
    expect(refused.body.code).toBe(ErrorCode.ItemClaimed);
    await app
      .get(DataSource)
      .query(`UPDATE "moderation_items" SET "claimed_until" = now() - interval '1 minute' WHERE "item_id" = $1`, [held.id]);
    const unclaimed = (
      await otherModerator.client.get(`/api/moderation/queue?consultation=${open.slug}&claim=unclaimed&limit=100`).expect(200)
    ).body as ModerationQueuePageDto;
    expect(unclaimed.items.find((item) => item.id === held.id)?.claim).toBeNull();
    const mine = (await moderator.client.get(`/api/moderation/queue?consultation=${open.slug}&claim=mine`).expect(200))
      .body as ModerationQueuePageDto;
    expect(mine.items.map((item) => item.id)).not.toContain(held.id);
    await otherModerator.client.post(`/api/moderation/items/comment/${held.id}/approve`).expect(200);
  });

  it('exports the audit log as CSV with a BOM, RFC 4180 quoting and formula-looking cells neutralised', async () => {
    const sneaky = await aPerson(app, Role.Moderator);
    await app.get(DataSource).query(`UPDATE "users" SET "display_name" = '=HYPERLINK("http://x")' WHERE "id" = $1`, [sneaky.user.id]);
    const held = await aComment(await aPerson(app), open, 'Telefon 600 100 200, proszę.');
    await sneaky.client
      .post(`/api/moderation/items/comment/${held.id}/reject`, { reason: RejectionReason.PersonalData, note: 'Uwaga, "cytat", przecinek' })
      .expect(200);

    const response = await admin.client.get(`/api/admin/audit-log/export?consultation=${open.slug}&action=reject`).expect(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="audit-log.csv"');
    const csv = response.text;
    expect(csv.startsWith('\uFEFFcreated_at,actor_id,actor_name,action,target_type,target_id,consultation_id,before,after\r\n')).toBe(true);
    const line = csv.split('\r\n').find((row) => row.includes(held.id));
    expect(line).toContain(`,"'=HYPERLINK(""http://x"")",reject,comment,${held.id},`);
    expect(line).toContain('""rejectionNote"":""Uwaga, \\""cytat\\"", przecinek""');
    expect(csv.endsWith('\r\n')).toBe(true);
    await moderator.client.get('/api/admin/audit-log/export').expect(403);
  });
});
