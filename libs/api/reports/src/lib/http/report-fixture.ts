/* The hand-made consultation the report specs publish: every kind of comment the report must count, show or leave out. */
import { TestClient } from '@consulta/api/testing';
import {
  CommentDto,
  DispositionDecision,
  ModerationItemDetailDto,
  RejectionReason,
  ReplyDto,
  Role,
  Stance,
  StaffDispositionDto,
  SubmissionChannel,
  SubmitterType,
} from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { aComment, aConsultation, aPerson, Person, ReportConsultation } from '../../testing/reports-test-kit';

export interface Secrets {
  privateName: string;
  privateEmail: string;
  submitterName: string;
  phone: string;
  rejected: string;
  hidden: string;
  withdrawn: string;
  pending: string;
  pendingReply: string;
}

export interface HandMade {
  consultation: ReportConsultation;
  ids: { offPlatform: string; support: string; ngo: string; redacted: string };
  /** Strings that must never appear in anything public. */
  secrets: Secrets;
  themeId: string;
}

async function approve(client: TestClient, type: 'comment' | 'reply', id: string): Promise<void> {
  const response = await client.post(`/api/moderation/items/${type}/${id}/approve`, {});
  if (response.status !== 200 && response.status !== 201)
    throw new Error(`approve ${type} ${id}: ${response.status} ${JSON.stringify(response.body)}`);
}

/**
 * Pre-moderated, opened two days ago: an off-platform paper letter (received first, with a submitter's name), a private
 * person's comment (name and e-mail in the account) with an approved decision, an NGO's comment on a quoted passage,
 * a comment whose phone number staff redacted, one rejected, one hidden, one withdrawn, one still pending, two published
 * replies and one pending; a theme with two comments.
 */
export async function aHandMadeConsultation(app: INestApplication, admin: Person, moderator: Person, approver: Person): Promise<HandMade> {
  const tag = randomBytes(3).toString('hex');
  const secrets: Secrets = {
    privateName: `Zofia Prywatna-${tag}`,
    submitterName: `Jan Papierowy-${tag}`,
    phone: `600 7${tag.slice(0, 2).replace(/\D/g, '1')} 800`,
    rejected: `ODRZUCONA-${tag} treść`,
    hidden: `UKRYTA-${tag} treść`,
    withdrawn: `WYCOFANA-${tag} treść`,
    pending: `OCZEKUJACA-${tag} treść`,
    pendingReply: `ODPOWIEDZ-OCZEKUJACA-${tag}`,
    privateEmail: '',
  };
  const consultation = await aConsultation(admin.client);
  const resident = await aPerson(app, Role.Resident, secrets.privateName);
  secrets.privateEmail = resident.email;
  const ngoMember = await aPerson(app, Role.Resident, `Członek-${tag}`);
  const other = await aPerson(app, Role.Resident, `Inna-${tag}`);
  const opened = (
    await app
      .get(DataSource)
      .query<{ opensAt: Date }[]>(`SELECT "opens_at" AS "opensAt" FROM "consultations" WHERE "slug" = $1`, [consultation.slug])
  )[0].opensAt;

  const offPlatform = (
    await moderator.client
      .post(`/api/moderation/consultations/${consultation.slug}/submissions`, {
        channel: SubmissionChannel.Paper,
        receivedAt: new Date(new Date(opened).getTime() + 60_000).toISOString(),
        submitterType: SubmitterType.Resident,
        submitterName: secrets.submitterName,
        sectionKey: consultation.sections[0].key,
        stance: Stance.Neutral,
        text: 'Pismo w sprawie zieleni: prosimy o więcej ławek.',
      })
      .expect(201)
  ).body as CommentDto;
  const support = await aComment(resident, consultation, { text: 'Popieram więcej zieleni w centrum.', areaKey: 'stare-miasto' });
  const ngo = await aComment(ngoMember, consultation, {
    text: 'Drzewa trzeba podlewać, inaczej uschną.',
    stance: Stance.Oppose,
    sectionKey: consultation.sections[1].key,
    paragraphKey: consultation.paragraph.key,
    quote: 'tysiąc drzew',
    submitterType: SubmitterType.Ngo,
    organisationName: 'Stowarzyszenie Zielony Kraków',
    areaKey: 'podgorze',
  });
  const redactedText = `Proszę o park kieszonkowy, mój telefon ${secrets.phone}.`;
  const redacted = await aComment(resident, consultation, {
    text: redactedText,
    stance: Stance.ProposesChange,
    sectionKey: consultation.sections[1].key,
  });
  const rejected = await aComment(other, consultation, { text: secrets.rejected });
  const hidden = await aComment(other, consultation, { text: secrets.hidden });
  const withdrawn = await aComment(other, consultation, { text: secrets.withdrawn });
  await aComment(other, consultation, { text: secrets.pending });

  for (const id of [offPlatform.id, support.id, ngo.id, hidden.id]) await approve(moderator.client, 'comment', id);
  const start = redactedText.indexOf(secrets.phone);
  await moderator.client
    .post(`/api/moderation/items/comment/${redacted.id}/redact`, { ranges: [{ start, end: start + secrets.phone.length }] })
    .expect((response) => {
      if (response.status >= 300) throw new Error(`redact: ${response.status} ${JSON.stringify(response.body)}`);
    });
  await approve(moderator.client, 'comment', redacted.id);
  await moderator.client.post(`/api/moderation/items/comment/${rejected.id}/reject`, { reason: RejectionReason.Spam }).expect(200);
  await moderator.client.post(`/api/moderation/items/comment/${hidden.id}/hide`, { reason: RejectionReason.Offensive }).expect(200);
  await other.client.post(`/api/comments/${withdrawn.id}/withdraw`, {}).expect(200);

  const replyTo = async (person: Person, commentId: string, text: string): Promise<ReplyDto> =>
    (await person.client.post(`/api/comments/${commentId}/replies`, { text }).expect(201)).body as ReplyDto;
  await approve(moderator.client, 'reply', (await replyTo(ngoMember, support.id, 'Zgadzam się, zieleń jest ważna.')).id);
  await approve(moderator.client, 'reply', (await replyTo(resident, ngo.id, 'Podlewanie to zadanie miasta.')).id);
  await replyTo(other, ngo.id, secrets.pendingReply);

  const drafted = (
    await moderator.client
      .post(`/api/moderation/comments/${support.id}/dispositions`, {
        decision: DispositionDecision.Accepted,
        justification: 'Miasto uwzględni więcej zieleni w centrum.',
      })
      .expect(201)
  ).body as StaffDispositionDto;
  await approver.client.post(`/api/moderation/dispositions/${drafted.id}/approve`, {}).expect(200);
  await moderator.client
    .post(`/api/moderation/comments/${ngo.id}/dispositions`, {
      decision: DispositionDecision.NotAccepted,
      justification: 'Tylko projekt, niezatwierdzony.',
    })
    .expect(201);

  const dataSource = app.get(DataSource);
  const [theme] = await dataSource.query<{ id: string }[]>(
    `INSERT INTO "themes" ("consultation_id", "name", "description", "colour", "origin", "response")
     SELECT "id", 'Zieleń', 'Drzewa i parki', '#1e7a46', 'staff', 'Posadzimy więcej drzew.' FROM "consultations" WHERE "slug" = $1 RETURNING "id"`,
    [consultation.slug],
  );
  await dataSource.query(
    `INSERT INTO "theme_assignments" ("theme_id", "comment_id", "source") VALUES ($1, $2, 'staff'), ($1, $3, 'staff'), ($1, $4, 'staff')`,
    [theme.id, support.id, ngo.id, hidden.id],
  );
  const item = (await moderator.client.get(`/api/moderation/items/comment/${redacted.id}`).expect(200)).body as ModerationItemDetailDto;
  if (JSON.stringify(item).includes(secrets.phone) === false) throw new Error('the staff view should still know the redacted original');
  return {
    consultation,
    ids: { offPlatform: offPlatform.id, support: support.id, ngo: ngo.id, redacted: redacted.id },
    secrets,
    themeId: theme.id,
  };
}
