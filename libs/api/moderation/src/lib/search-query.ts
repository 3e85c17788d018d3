import { foldDiacritics } from '@consulta/api/text-analysis';

/**
 * A to_tsquery('simple', …) text from what a moderator typed: words folded like the stored search text
 * (lower case, no diacritics), each a prefix, all required. Null when nothing searchable is left.
 */
export function toPrefixQuery(input: string): string | null {
  const words = foldDiacritics(input).match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, 10);
  return unique.length ? unique.map((word) => `${word}:*`).join(' & ') : null;
}
