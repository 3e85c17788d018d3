import { DEFAULT_CLAIM_MINUTES } from '@consulta/shared/contracts';

export interface ModerationConfig {
  /** How long a claim holds an item. */
  claimMinutes: number;
}

export const MODERATION_CONFIG = Symbol('MODERATION_CONFIG');

/** From MODERATION_CLAIM_MINUTES (1–240, default 10); a wrong value stops the boot with the variable's name. */
export function moderationConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ModerationConfig {
  const raw = env['MODERATION_CLAIM_MINUTES'];
  if (raw === undefined || raw === '') return { claimMinutes: DEFAULT_CLAIM_MINUTES };
  const minutes = Number(raw);
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 240) {
    throw new Error(`MODERATION_CLAIM_MINUTES must be a whole number of minutes from 1 to 240 (got "${raw}").`);
  }
  return { claimMinutes: minutes };
}
