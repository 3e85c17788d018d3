import { DispositionDecision, Locale, RejectionReason } from '@consulta/shared/contracts';

/** Plain-text e-mails to a comment's or reply's author about what the city did with it (no user HTML: text only). */
export interface AuthorMail {
  subject: string;
  text: string;
}

type Texts<K extends string> = Record<Locale, Record<K, string>>;

const REASONS: Texts<RejectionReason> = {
  pl: {
    [RejectionReason.Offensive]: 'treści obraźliwe',
    [RejectionReason.HateSpeech]: 'mowa nienawiści',
    [RejectionReason.Spam]: 'spam',
    [RejectionReason.OffTopic]: 'wpis nie dotyczy konsultacji',
    [RejectionReason.PersonalData]: 'dane osobowe',
    [RejectionReason.Duplicate]: 'powtórzony wpis',
    [RejectionReason.Other]: 'inny powód',
  },
  en: {
    [RejectionReason.Offensive]: 'offensive content',
    [RejectionReason.HateSpeech]: 'hate speech',
    [RejectionReason.Spam]: 'spam',
    [RejectionReason.OffTopic]: 'not about the consultation',
    [RejectionReason.PersonalData]: 'personal data',
    [RejectionReason.Duplicate]: 'duplicate',
    [RejectionReason.Other]: 'other reason',
  },
};

const DECISIONS: Texts<DispositionDecision> = {
  pl: {
    [DispositionDecision.Noted]: 'przyjęto do wiadomości',
    [DispositionDecision.Accepted]: 'uwaga uwzględniona',
    [DispositionDecision.PartlyAccepted]: 'uwaga uwzględniona częściowo',
    [DispositionDecision.NotAccepted]: 'uwaga nieuwzględniona',
    [DispositionDecision.FurtherWork]: 'do dalszych prac',
  },
  en: {
    [DispositionDecision.Noted]: 'noted',
    [DispositionDecision.Accepted]: 'accepted',
    [DispositionDecision.PartlyAccepted]: 'partly accepted',
    [DispositionDecision.NotAccepted]: 'not accepted',
    [DispositionDecision.FurtherWork]: 'for further work',
  },
};

export interface MailContext {
  locale: Locale;
  displayName: string;
  consultationTitle: string;
  /** Link to the comment in the consultation. */
  link: string;
}

function frame(context: MailContext, body: string[]): string {
  const greeting = context.locale === 'en' ? `Hello ${context.displayName},` : `Dzień dobry, ${context.displayName}!`;
  const signature = context.locale === 'en' ? 'The Consulta team' : 'Zespół Consulta';
  return [greeting, '', ...body, '', context.link, '', signature].join('\n');
}

export function rejectionMail(
  context: MailContext,
  what: 'comment' | 'reply',
  reason: RejectionReason,
  note: string | null,
  hidden: boolean,
): AuthorMail {
  if (context.locale === 'en') {
    const item = what === 'comment' ? 'comment' : 'reply';
    return {
      subject: `Consulta: your ${item} was ${hidden ? 'hidden' : 'not published'}`,
      text: frame(context, [
        `Your ${item} in the consultation "${context.consultationTitle}" was ${hidden ? 'hidden' : 'not published'} by a moderator.`,
        `Reason: ${REASONS.en[reason]}.`,
        ...(note ? [`Moderator's note: ${note}`] : []),
        '',
        'You can see it, with the reason, in "My participation" and in the consultation:',
      ]),
    };
  }
  const item = what === 'comment' ? 'Twoja uwaga' : 'Twoja odpowiedź';
  return {
    subject: `Consulta: ${what === 'comment' ? 'Twoja uwaga' : 'Twoja odpowiedź'} ${hidden ? 'została ukryta' : 'nie została opublikowana'}`,
    text: frame(context, [
      `${item} w konsultacjach „${context.consultationTitle}” ${hidden ? 'została ukryta' : 'nie została opublikowana'} przez moderatora.`,
      `Powód: ${REASONS.pl[reason]}.`,
      ...(note ? [`Uwaga moderatora: ${note}`] : []),
      '',
      'Wpis wraz z powodem zobaczysz w zakładce „Mój udział” i w konsultacjach:',
    ]),
  };
}

export function officialReplyMail(context: MailContext, replyText: string): AuthorMail {
  if (context.locale === 'en') {
    return {
      subject: 'Consulta: the City has responded to your comment',
      text: frame(context, [
        `The City has responded officially to your comment in the consultation "${context.consultationTitle}":`,
        '',
        replyText,
        '',
        'See the whole discussion:',
      ]),
    };
  }
  return {
    subject: 'Consulta: Urząd Miasta odpowiedział na Twoją uwagę',
    text: frame(context, [
      `Urząd Miasta udzielił oficjalnej odpowiedzi na Twoją uwagę w konsultacjach „${context.consultationTitle}”:`,
      '',
      replyText,
      '',
      'Zobacz całą dyskusję:',
    ]),
  };
}

export function dispositionMail(context: MailContext, decision: DispositionDecision, justification: string): AuthorMail {
  if (context.locale === 'en') {
    return {
      subject: 'Consulta: the City has decided on your comment',
      text: frame(context, [
        `The City has decided on your comment in the consultation "${context.consultationTitle}".`,
        `Decision: ${DECISIONS.en[decision]}.`,
        '',
        'Justification:',
        justification,
        '',
        'See your comment and the decision:',
      ]),
    };
  }
  return {
    subject: 'Consulta: Urząd Miasta rozpatrzył Twoją uwagę',
    text: frame(context, [
      `Urząd Miasta rozpatrzył Twoją uwagę zgłoszoną w konsultacjach „${context.consultationTitle}”.`,
      `Rozstrzygnięcie: ${DECISIONS.pl[decision]}.`,
      '',
      'Uzasadnienie:',
      justification,
      '',
      'Zobacz swoją uwagę i rozstrzygnięcie:',
    ]),
  };
}
