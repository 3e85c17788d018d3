import { AuditLogEntity } from './audit-log.entity';
import { DispositionEntity } from './disposition.entity';
import { ModerationBandKeyEntity } from './moderation-band-key.entity';
import { ModerationFlagEntity } from './moderation-flag.entity';
import { ModerationItemEntity } from './moderation-item.entity';
import { ModerationReportEntity } from './moderation-report.entity';
import { ModerationSettingsEntity } from './moderation-settings.entity';
import { RedactionEntity } from './redaction.entity';
import { WordListEntity } from './word-list.entity';

export {
  AuditLogEntity,
  DispositionEntity,
  ModerationBandKeyEntity,
  ModerationFlagEntity,
  ModerationItemEntity,
  ModerationReportEntity,
  ModerationSettingsEntity,
  RedactionEntity,
  WordListEntity,
};

/** Every entity of the moderation domain (TypeOrmModule.forFeature, migration checks). */
export const MODERATION_ENTITIES = [
  ModerationItemEntity,
  ModerationFlagEntity,
  ModerationBandKeyEntity,
  ModerationReportEntity,
  RedactionEntity,
  AuditLogEntity,
  ModerationSettingsEntity,
  WordListEntity,
  DispositionEntity,
];
