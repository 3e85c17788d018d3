import { TestClient } from '@consulta/api/testing';
import {
  AuditPageDto,
  CommentPageDto,
  CommentState,
  ErrorCode,
  FlagReason,
  ModerationQueueItemDto,
  ModerationQueuePageDto,
  OFF_PLATFORM_AUTHOR_LABEL,
  Role,
  Stance,
  SubmissionChannel,
  SubmitterType,
} from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { aComment, anOpenConsultation, aPerson, createModerationApp, OpenConsultation, Person } from '../../testing/moderation-test-kit';

describe('submissions received outside the platform', () => {
  let app: INestApplication;
  let admin: Person;
  let moderator: Person;
  let open: OpenConsultation;

  const enter = (body: object, person: Person = moderator) =>
    person.client.post(`/api/moderation/consultations/${open.slug}/submissions`, {
      channel: SubmissionChannel.Paper,
      receivedAt: new Date(Date.now() - 3600_000).toISOString(),
      submitterType: SubmitterType.Resident,
      sectionKey: open.sectionKey,
      stance: Stance.Oppose,
      text: 'Pismo mieszkańca: nie zgadzam się z wizją.',
      ...body,
    });
  const publicList = async (): Promise<CommentPageDto> =>
    (await (await TestClient.create(app)).get(`/api/consultations/${open.slug}/comments?limit=100`).expect(200)).body as CommentPageDto;

  beforeAll(async () => {
    app = await createModerationApp();
    admin = await aPerson(app, Role.Admin);
    moderator = await aPerson(app, Role.Moderator);
    open = await anOpenConsultation(admin.client);
  });
  afterAll(() => app.close());

  it('stores a paper letter as a comment shown with the submitter type, never the staff member’s or the submitter’s name', async () => {
    const receivedAt = new Date(Date.now() - 2 * 3600_000).toISOString();
    const created = (await enter({ receivedAt, submitterName: 'Jan Kowalski, ul. Długa 1' }).expect(201)).body as ModerationQueueItemDto;
    expect(created).toMatchObject({
      channel: SubmissionChannel.Paper,
      receivedAt,
      submitterName: 'Jan Kowalski, ul. Długa 1',
      authorName: 'Jan Kowalski, ul. Długa 1',
      state: CommentState.Published,
    });
    const shown = (await publicList()).items.find((item) => item.id === created.id);
    expect(shown).toMatchObject({ authorName: OFF_PLATFORM_AUTHOR_LABEL, submitterType: SubmitterType.Resident });
    const body = JSON.stringify(await publicList());
    expect(body).not.toContain('Kowalski');
    expect(body).not.toContain(moderator.user.displayName);
    // Not the staff member's own participation either.
    const mine = (await moderator.client.get(`/api/comments/${created.id}`).expect(200)).body as { isMine: boolean };
    expect(mine.isMine).toBe(false);

    const organisation = (
      await enter({
        channel: SubmissionChannel.Email,
        submitterType: SubmitterType.Ngo,
        organisationName: 'Fundacja Zielony Kraków',
      }).expect(201)
    ).body as ModerationQueueItemDto;
    expect((await publicList()).items.find((item) => item.id === organisation.id)?.authorName).toBe('Fundacja Zielony Kraków');

    const audit = (await admin.client.get(`/api/admin/audit-log?consultation=${open.slug}&action=enter_submission`).expect(200))
      .body as AuditPageDto;
    expect(audit.items.map((entry) => entry.targetId)).toEqual([organisation.id, created.id]);
    expect(audit.items[1]).toMatchObject({ actorId: moderator.user.id, after: { channel: 'paper', receivedAt } });
  });

  it('screens it like an online comment (a flag holds it) without counting the staff member’s posting rate, and the channel filter finds it', async () => {
    for (let index = 0; index < 7; index++)
      await enter({ text: `Uwaga z zebrania numer ${index}: więcej zieleni w dzielnicy.` }).expect(201);
    const flagged = (await enter({ channel: SubmissionChannel.Meeting, text: 'Proszę o kontakt: 600 700 800.' }).expect(201))
      .body as ModerationQueueItemDto;
    expect(flagged.state).toBe(CommentState.Pending);
    expect(flagged.flagReasons).toEqual([FlagReason.PersonalData]);

    const queue = async (query: string): Promise<string[]> =>
      (
        (await moderator.client.get(`/api/moderation/queue?consultation=${open.slug}&limit=100&${query}`).expect(200))
          .body as ModerationQueuePageDto
      ).items.map((item) => item.id);
    expect(await queue('channel=meeting')).toEqual([flagged.id]);
    expect(await queue('channel=online')).not.toContain(flagged.id);
    const online = await aComment(await aPerson(app), open, 'Kontakt: ola@example.pl w sprawie parku.');
    expect(await queue('channel=online')).toContain(online.id);
    expect(await queue('channel=paper')).not.toContain(online.id);
    expect((await queue('state=published&channel=paper')).length).toBeGreaterThanOrEqual(8);
  });

  it('refuses a date in the future, online as a channel, a missing organisation and an unknown section', async () => {
    const future = await enter({ receivedAt: new Date(Date.now() + 3600_000).toISOString() }).expect(400);
    expect(future.body.code).toBe(ErrorCode.SubmissionDateInvalid);
    const early = await enter({ receivedAt: new Date(Date.now() - 10 * 24 * 3600_000).toISOString() }).expect(400);
    expect(early.body.code).toBe(ErrorCode.SubmissionDateInvalid);
    expect((await enter({ channel: SubmissionChannel.Online }).expect(400)).body.code).toBe(ErrorCode.ValidationFailed);
    expect((await enter({ receivedAt: 'wczoraj' }).expect(400)).body.code).toBe(ErrorCode.ValidationFailed);
    expect((await enter({ submitterType: SubmitterType.Business }).expect(400)).body.code).toBe(ErrorCode.OrganisationNameRequired);
    expect((await enter({ sectionKey: 'nope' }).expect(404)).body.code).toBe(ErrorCode.SectionNotFound);
    expect((await enter({ text: '   ' }).expect(400)).body.code).toBe(ErrorCode.TextInvalid);
    const resident = await aPerson(app);
    await enter({}, resident).expect(403);
  });
});
