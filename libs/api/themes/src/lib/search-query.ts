import { DomainException } from '@consulta/api/core';
import { foldDiacritics } from '@consulta/api/text-analysis';
import { ErrorCode } from '@consulta/shared/contracts';

/**
 * A to_tsquery('simple', …) text from what staff typed, as moderation's queue search does: words folded like the stored
 * search text (lower case, no diacritics: `zrodlo` finds `źródło`), each a prefix, all required.
 */
export function toPrefixQuery(input: string): string {
  const words = foldDiacritics(input).match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, 10);
  if (unique.length === 0) throw new DomainException(ErrorCode.SearchQueryInvalid, 'Type at least one word to search for.');
  return unique.map((word) => `${word}:*`).join(' & ');
}
