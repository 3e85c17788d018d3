import { DispositionDecision, RejectionReason, Role, StaffDispositionDto } from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NOTIFY_AUTHOR_JOB } from '../notifications/notification.service';
import {
  aComment,
  anOpenConsultation,
  aPerson,
  awaitMails,
  createModerationApp,
  jobsAbout as jobsAboutIn,
  mailsTo,
  OpenConsultation,
  Person,
} from '../../testing/moderation-test-kit';

describe('e-mails to authors (jobs through MailService, dev outbox)', () => {
  let app: INestApplication;
  let admin: Person;
  let moderator: Person;
  let otherModerator: Person;
  let open: OpenConsultation;

  const jobsAbout = (id: string): Promise<number> => jobsAboutIn(app, NOTIFY_AUTHOR_JOB, id);

  beforeAll(async () => {
    app = await createModerationApp();
    admin = await aPerson(app, Role.Admin);
    moderator = await aPerson(app, Role.Moderator);
    otherModerator = await aPerson(app, Role.Moderator);
    open = await anOpenConsultation(admin.client);
  });
  afterAll(() => app.close());

  it('tells a Polish author why their comment was rejected, with the note and a link to it', async () => {
    const author = await aPerson(app, Role.Resident, 'pl');
    const held = await aComment(author, open, 'Mój telefon 600 700 800, proszę dzwonić.');
    await moderator.client
      .post(`/api/moderation/items/comment/${held.id}/reject`, {
        reason: RejectionReason.PersonalData,
        note: 'Prosimy bez numerów telefonów.',
      })
      .expect(200);
    const [mail] = await awaitMails(app, author.email, 1);
    expect(mail.subject).toBe('Consulta: Twoja uwaga nie została opublikowana');
    expect(mail.text).toContain(`„${open.title}”`);
    expect(mail.text).toContain('Powód: dane osobowe.');
    expect(mail.text).toContain('Uwaga moderatora: Prosimy bez numerów telefonów.');
    expect(mail.text).toMatch(new RegExp(`https?://[^\\s]+/k/${open.slug}\\?comment=${held.id}`));
  });

  it('writes in English to an English-speaking author when a published comment is hidden', async () => {
    const author = await aPerson(app, Role.Resident, 'en');
    const published = await aComment(author, open, 'Bike lanes along the Vistula would be great.');
    await moderator.client.post(`/api/moderation/items/comment/${published.id}/hide`, { reason: RejectionReason.OffTopic }).expect(200);
    const [mail] = await awaitMails(app, author.email, 1);
    expect(mail.subject).toBe('Consulta: your comment was hidden');
    expect(mail.text).toContain('Reason: not about the consultation.');
    expect(mail.text).not.toContain("Moderator's note");
  });

  it('sends nothing when the decision is rolled back', async () => {
    const author = await aPerson(app);
    const held = await aComment(author, open, 'Kontakt: ewa.nowak@example.pl, proszę pisać.');
    await otherModerator.client.put(`/api/moderation/items/comment/${held.id}/claim`).expect(200);
    await moderator.client.post(`/api/moderation/items/comment/${held.id}/reject`, { reason: RejectionReason.Spam }).expect(409);
    // A later decision on another item proves the worker ran meanwhile.
    const witness = await aComment(author, open, 'Drugi wpis: jan@example.pl.');
    await moderator.client.post(`/api/moderation/items/comment/${witness.id}/reject`, { reason: RejectionReason.Spam }).expect(200);
    const mails = await awaitMails(app, author.email, 1);
    expect(await jobsAbout(held.id)).toBe(0);
    expect(await jobsAbout(witness.id)).toBe(1);
    expect(mails).toHaveLength(1);
    expect(mails[0].text).toContain(`comment=${witness.id}`);
  });

  it('sends nothing when the transaction fails after the job was queued (the job is rolled back with the decision)', async () => {
    const author = await aPerson(app);
    const held = await aComment(author, open, 'Adres: marta.zielinska@example.pl, proszę pisać.');
    // The audit row is written after the notification job is queued: make exactly that insert fail.
    const dataSource = app.get(DataSource);
    const name = `fail_audit_${held.id.replace(/-/g, '')}`;
    await dataSource.query(
      `CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'test: audit refused'; END $$`,
    );
    await dataSource.query(
      `CREATE TRIGGER "${name}" BEFORE INSERT ON "audit_log" FOR EACH ROW WHEN (NEW."target_id" = '${held.id}') EXECUTE FUNCTION "${name}"()`,
    );
    try {
      await moderator.client.post(`/api/moderation/items/comment/${held.id}/reject`, { reason: RejectionReason.Spam }).expect(500);
    } finally {
      await dataSource.query(`DROP TRIGGER "${name}" ON "audit_log"`);
      await dataSource.query(`DROP FUNCTION "${name}"()`);
    }
    expect(await jobsAbout(held.id)).toBe(0);
    expect(((await author.client.get(`/api/comments/${held.id}`).expect(200)).body as { state: string }).state).toBe('pending');
    // The same decision without the failure queues the job and the mail arrives.
    await moderator.client.post(`/api/moderation/items/comment/${held.id}/reject`, { reason: RejectionReason.Spam }).expect(200);
    expect(await jobsAbout(held.id)).toBe(1);
    expect(await awaitMails(app, author.email, 1)).toHaveLength(1);
  });

  it('tells the author about an official reply (in English), but not about an ordinary one', async () => {
    const author = await aPerson(app, Role.Resident, 'en');
    const comment = await aComment(author, open, 'When will the tram to Azory be built?');
    const ordinary = (
      await moderator.client.post(`/api/comments/${comment.id}/replies`, { text: 'To jest zwykła odpowiedź moderatora.' }).expect(201)
    ).body as { id: string };
    await moderator.client
      .post(`/api/comments/${comment.id}/replies`, { text: 'Budowa linii zacznie się w 2027 roku.', official: true })
      .expect(201);
    const [mail] = await awaitMails(app, author.email, 1);
    expect(mail.subject).toBe('Consulta: the City has responded to your comment');
    expect(mail.text).toContain('Budowa linii zacznie się w 2027 roku.');
    expect(await jobsAbout(ordinary.id)).toBe(0);
    expect(await mailsTo(app, author.email)).toHaveLength(1);
  });

  it('tells the author about an approved disposition, not about a draft', async () => {
    const author = await aPerson(app, Role.Resident, 'pl');
    const comment = await aComment(author, open, 'Więcej ławek przy Wiśle.');
    const justification = 'Ławki zostaną ustawione w ramach budżetu na 2027 rok.';
    const draft = (
      await moderator.client
        .post(`/api/moderation/comments/${comment.id}/dispositions`, { decision: DispositionDecision.Accepted, justification })
        .expect(201)
    ).body as StaffDispositionDto;
    expect(await jobsAbout(draft.id)).toBe(0);
    await otherModerator.client.post(`/api/moderation/dispositions/${draft.id}/approve`).expect(200);
    const [mail] = await awaitMails(app, author.email, 1);
    expect(mail.subject).toBe('Consulta: Urząd Miasta rozpatrzył Twoją uwagę');
    expect(mail.text).toContain('Rozstrzygnięcie: uwaga uwzględniona.');
    expect(mail.text).toContain(justification);
    expect(mail.text).toContain(`/k/${open.slug}?comment=${comment.id}`);
  });
});
