/** Inputs and outputs of the theme engine (plain data: the caller maps database rows to these and back). */
import { Stance } from '@consulta/shared/contracts';

export interface ThemeComment {
  readonly id: string;
  readonly text: string;
  /** The commenter's stance; missing for data without one (it then counts as "unspecified" in stance splits). */
  readonly stance?: Stance | null;
}

export interface ThemeDefinition {
  readonly id: string;
  readonly name: string;
  readonly description?: string | null;
}

export interface ThemeAssignment {
  readonly commentId: string;
  readonly themeId: string;
}

export interface ThemeSuggestion {
  readonly commentId: string;
  readonly themeId: string;
  /** Estimated probability that staff would assign this theme, in [0, 1]. */
  readonly confidence: number;
}

export type DiscoveryStage = 'features' | 'projection' | 'clustering' | 'merging' | 'describing' | 'done';
export type SuggestionStage = 'features' | 'projection' | 'prototypes' | 'calibration' | 'done';

/** Called with the share of work done (0…1, never decreasing) and the current stage, for a background job's progress bar. */
export type ProgressCallback<Stage extends string> = (fraction: number, stage: Stage) => void;

export type StanceOrUnspecified = Stance | 'unspecified';
export type StanceSplit = Record<StanceOrUnspecified, number>;
