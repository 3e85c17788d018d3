import { ConsultationStatus, Locale, ModerationMode, Role } from '@consulta/shared/contracts';
import { TranslationKey } from './dictionary';

/** Dictionary keys for enum values shown to people. */
export const STATUS_LABEL: Record<ConsultationStatus, TranslationKey> = {
  [ConsultationStatus.Draft]: 'status.draft',
  [ConsultationStatus.Scheduled]: 'status.scheduled',
  [ConsultationStatus.Open]: 'status.open',
  [ConsultationStatus.Closed]: 'status.closed',
  [ConsultationStatus.ReportPublished]: 'status.report_published',
};

export const MODERATION_LABEL: Record<ModerationMode, TranslationKey> = {
  [ModerationMode.Pre]: 'consultation.moderation.pre',
  [ModerationMode.Post]: 'consultation.moderation.post',
};

export const ROLE_LABEL: Record<Role, TranslationKey> = {
  [Role.Resident]: 'role.resident',
  [Role.Moderator]: 'role.moderator',
  [Role.Admin]: 'role.admin',
};

export const LANGUAGE_LABEL: Record<Locale, TranslationKey> = {
  pl: 'language.pl',
  en: 'language.en',
};
