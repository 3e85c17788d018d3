import { ThemeQualityDto, ThemeRefDto } from '@consulta/shared/contracts';
import { labelScores } from '../engine';

export interface CodedItem {
  /** What staff coded (the truth). */
  coded: ReadonlySet<string>;
  /** What the suggester predicts. */
  predicted: ReadonlySet<string>;
}

/**
 * Agreement of the suggestions with staff's own coding: per theme precision, recall and F1 (null where undefined:
 * no prediction, or no coded comment), their macro mean over themes with data, and micro figures over all decisions.
 * Uses the engine's labelScores (the same definitions as `npm run eval:themes`).
 */
export function scoreCoding(
  sampleId: string,
  sampleSize: number,
  themes: readonly ThemeRefDto[],
  items: readonly CodedItem[],
): ThemeQualityDto {
  const ids = themes.map((theme) => theme.id);
  const { perLabel, macroF1 } = labelScores(
    items.map((item) => item.coded),
    items.map((item) => item.predicted),
    ids,
  );
  const scored = new Map(perLabel.map((scores) => [scores.label, scores]));
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const rows = themes.map((theme) => {
    let themeTp = 0;
    let themeFp = 0;
    let themeFn = 0;
    for (const item of items) {
      const isCoded = item.coded.has(theme.id);
      const isPredicted = item.predicted.has(theme.id);
      if (isCoded && isPredicted) themeTp++;
      else if (isPredicted) themeFp++;
      else if (isCoded) themeFn++;
    }
    tp += themeTp;
    fp += themeFp;
    fn += themeFn;
    return {
      theme,
      precision: themeTp + themeFp === 0 ? null : themeTp / (themeTp + themeFp),
      recall: themeTp + themeFn === 0 ? null : themeTp / (themeTp + themeFn),
      f1: scored.get(theme.id)?.f1 ?? null,
      support: themeTp + themeFn,
    };
  });
  const microPrecision = tp + fp === 0 ? null : tp / (tp + fp);
  const microRecall = tp + fn === 0 ? null : tp / (tp + fn);
  return {
    sampleId,
    coded: items.length,
    sampleSize,
    rows,
    macroF1: perLabel.length === 0 ? null : macroF1,
    microPrecision,
    microRecall,
    microF1: tp + fp + fn === 0 ? null : (2 * tp) / (2 * tp + fp + fn),
  };
}
