import { Locale, Stance, StanceCounts, THEME_COLOURS, ThemeColour } from '@consulta/shared/contracts';

/** Stances in the order every split is shown (bars, text, tables): for, against, change, neutral. */
export const STANCE_ORDER: readonly Stance[] = [Stance.Support, Stance.Oppose, Stance.ProposesChange, Stance.Neutral];

const NUMBER_LOCALE: Record<Locale, string> = { pl: 'pl-PL', en: 'en-GB' };

/** 0..1 as a whole percentage in the reader's language ("87%", "87 %"); a dash when unknown. */
export function formatPercent(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  const clamped = Math.min(1, Math.max(0, value));
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], { style: 'percent', maximumFractionDigits: 0 }).format(clamped);
}

/** A score between 0 and 1 (precision, recall, F1) with two decimals ("0,83" / "0.83"); a dash when undefined. */
export function formatScore(value: number | null | undefined, locale: Locale): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(NUMBER_LOCALE[locale], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

export interface StanceShare {
  stance: Stance;
  count: number;
  /** 0..1 of the total; 0 for every stance when there are no comments. */
  fraction: number;
  /** Where the segment starts in a 0..1 bar (the sum of the fractions before it). */
  offset: number;
}

/** A stance split in STANCE_ORDER, with each stance's share and where its segment starts in a bar. */
export function stanceShares(counts: StanceCounts): { total: number; shares: StanceShare[] } {
  const total = STANCE_ORDER.reduce((sum, stance) => sum + Math.max(0, counts[stance] ?? 0), 0);
  let offset = 0;
  const shares = STANCE_ORDER.map((stance) => {
    const count = Math.max(0, counts[stance] ?? 0);
    const fraction = total === 0 ? 0 : count / total;
    const share = { stance, count, fraction, offset };
    offset += fraction;
    return share;
  });
  return { total, shares };
}

/** The first palette colour no theme uses yet (the API's default too); the first colour again when all are used. */
export function nextFreeColour(used: readonly string[]): ThemeColour {
  const taken = new Set(used);
  return THEME_COLOURS.find((colour) => !taken.has(colour)) ?? THEME_COLOURS[0];
}

export function isThemeColour(value: unknown): value is ThemeColour {
  return typeof value === 'string' && (THEME_COLOURS as readonly string[]).includes(value);
}

/** "Support: 5 (50%), oppose: 3 (30%), …" in STANCE_ORDER, with the stance names given; the text twin of a stance bar. */
export function describeStanceSplit(counts: StanceCounts, label: (stance: Stance) => string, locale: Locale): string {
  const { shares } = stanceShares(counts);
  return shares.map((share) => `${label(share.stance)}: ${share.count} (${formatPercent(share.fraction, locale)})`).join(', ');
}
