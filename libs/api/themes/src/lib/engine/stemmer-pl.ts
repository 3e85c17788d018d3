/**
 * Polish light stemming: removes one inflectional or common derivational ending, so that "ścieżka", "ścieżki",
 * "ścieżką", "ścieżkę" (and "sciezka" typed without diacritics) meet at "sciezk". Works on folded words
 * (lower-case, no diacritics) because people often type without them; "drogą" and "droga" are then the same word.
 *
 * Written for this project. It is deliberately light: it does not model alternations in the stem
 * ("droga"/"drodze", fleeting e in "ścieżek"); the character n-gram features in `analyzer.ts` cover those.
 * Endings are tried longest first; one is removed when at least MIN_STEM letters remain.
 */

const MIN_STEM = 3;

/** Longest first within the list. Gerunds and adjectives in -owy lose their formant too: "rowerowa" → "rower". */
const ENDINGS = [
  // gerunds (-anie, -enie, -owanie) in every case
  'owaniami',
  'owaniach',
  'owaniem',
  'owania',
  'owanie',
  'owaniu',
  'eniami',
  'eniach',
  'aniami',
  'aniach',
  'eniem',
  'aniem',
  'enia',
  'enie',
  'eniu',
  'ania',
  'anie',
  'aniu',
  // adjectives in -owy and ordinary adjective endings
  'owymi',
  'owych',
  'owego',
  'owemu',
  'owej',
  'owym',
  'owy',
  'owa',
  'owe',
  // verbs: infinitives and frequent present/past forms
  'owac',
  'ywac',
  'iwac',
  'ujemy',
  'ujecie',
  'ujesz',
  'uje',
  'uja',
  'ajmy',
  'ajac',
  'ujac',
  'acych',
  'acej',
  'acy',
  'aca',
  'ace',
  'ymi',
  'ych',
  'ego',
  'emu',
  'iej',
  'ich',
  'imi',
  'ami',
  'ach',
  'owi',
  'iem',
  'ow',
  'om',
  'em',
  'ej',
  'ym',
  'im',
  'ie',
  'ii',
  'iu',
  'ia',
  'ac',
  'ic',
  'yc',
  'ec',
  'a',
  'e',
  'i',
  'o',
  'u',
  'y',
];

const BY_LENGTH = [...ENDINGS].sort((a, b) => b.length - a.length);

/** Stem of a folded Polish word. Words shorter than MIN_STEM + 1 letters are returned unchanged. */
export function stemPolish(folded: string): string {
  if (folded.length <= MIN_STEM) return folded;
  for (const ending of BY_LENGTH) {
    if (folded.length - ending.length >= MIN_STEM && folded.endsWith(ending)) {
      let stem = folded.slice(0, folded.length - ending.length);
      // locative -rze of nouns in -r ("rowerze", "teatrze")
      if (ending === 'e' && stem.endsWith('rz') && stem.length > MIN_STEM) stem = stem.slice(0, -1);
      return stem;
    }
  }
  return folded;
}
