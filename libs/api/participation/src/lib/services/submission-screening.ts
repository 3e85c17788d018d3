import { EntityManager } from 'typeorm';

/**
 * Screening of every new (or edited) comment and reply, run inside the creating transaction. Defined here and
 * implemented by the moderation feature (dependency inversion: participation never imports moderation); the
 * app wires it with ParticipationModule.withScreening(...). Without it, submissions are not screened.
 */
export const SUBMISSION_SCREENING = Symbol('SUBMISSION_SCREENING');

export interface ScreenedSubmission {
  kind: 'comment' | 'reply';
  id: string;
  /** The thread root (the comment itself for comments). */
  commentId: string;
  consultationId: string;
  authorId: string | null;
  /** The submitting client's address, for posting-rate checks (not stored as such). */
  ip: string | null;
  text: string;
  /** Staff submissions are screened but never held. */
  byStaff: boolean;
}

export interface ScreeningOutcome {
  /** True when the submission must wait for a moderator (the caller makes a published one pending). */
  hold: boolean;
}

export interface SubmissionScreening {
  /** Computes and stores the flags of a submission already inserted with `manager`; replaces earlier ones on re-screening. */
  screen(submission: ScreenedSubmission, manager: EntityManager): Promise<ScreeningOutcome>;
}
