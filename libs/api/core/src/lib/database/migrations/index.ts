import { MigrationInterface } from 'typeorm';
import { CreateIdentity1764000000000 } from './1764000000000-create-identity';
import { CreateConsultations1764000100000 } from './1764000100000-create-consultations';
import { CreateParticipation1764000200000 } from './1764000200000-create-participation';
import { CountPublishedComments1764000300000 } from './1764000300000-count-published-comments';
import { PublicReadVersion1764000400000 } from './1764000400000-public-read-version';
import { CreateJobs1764100000000 } from './1764100000000-create-jobs';
import { CreateModeration1764200000000 } from './1764200000000-create-moderation';
import { CreateDispositions1764200100000 } from './1764200100000-create-dispositions';
import { AddSubmissionChannel1764200200000 } from './1764200200000-add-submission-channel';
import { ModerationQueueIndexes1764200900000 } from './1764200900000-moderation-queue-indexes';
import { CreateThemes1764300000000 } from './1764300000000-create-themes';
import { CreateReports1764400000000 } from './1764400000000-create-reports';
import { DocumentChangeLinks1764500000000 } from './1764500000000-document-change-links';

/**
 * Every committed migration, in order. Generate new ones with `npm run migration:generate -- <name>`;
 * never edit one that has landed.
 */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  CreateIdentity1764000000000,
  CreateConsultations1764000100000,
  CreateParticipation1764000200000,
  CountPublishedComments1764000300000,
  PublicReadVersion1764000400000,
  CreateJobs1764100000000,
  CreateModeration1764200000000,
  CreateDispositions1764200100000,
  AddSubmissionChannel1764200200000,
  ModerationQueueIndexes1764200900000,
  CreateThemes1764300000000,
  CreateReports1764400000000,
  DocumentChangeLinks1764500000000,
];
