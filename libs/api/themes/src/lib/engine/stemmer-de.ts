/**
 * German light stemming (German comments appear in mixed corpora, e.g. the Austrian climate conversations of the
 * evaluation): removes one plural or case ending. Written for this project after the idea of light stemmers such as
 * CISTEM (Weissweiler & Fraser, 2017), much simplified. Input: a folded word (umlauts already folded, ß as "ss").
 */

const ENDINGS = ['ern', 'em', 'en', 'er', 'es', 'e', 'n', 's'];
const MIN_STEM = 4;

export function stemGerman(folded: string): string {
  const word = folded.replace(/ß/g, 'ss');
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_STEM && word.endsWith(ending)) return word.slice(0, word.length - ending.length);
  }
  return word;
}
