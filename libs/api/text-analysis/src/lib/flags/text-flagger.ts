import { findLinks } from './links';
import { findEmails, findIbans, findPesels, findPhones } from './personal-data';
import { ProfanityDetector } from './profanity';
import { TextFlag, withoutOverlaps } from './text-flag';
import { defaultFlagWordLists, FlagWordLists } from './word-lists';

/**
 * The automatic flags of one submission's text: profanity and slurs, personal data, links. Build one per
 * word-list version (construction compiles the lists) and reuse it; `flag` is synchronous and keeps no state.
 * Near-duplicates and posting rates need other submissions and are computed by the moderation feature
 * (see near-duplicates.ts for the fingerprints).
 */
export class TextFlagger {
  private readonly profanity: ProfanityDetector;

  /** @throws FlagWordListError when an entry does not follow the list syntax (check city edits with parseFlagWordList). */
  constructor(lists: FlagWordLists = defaultFlagWordLists()) {
    this.profanity = new ProfanityDetector(lists);
  }

  /** Flags ordered by position. Personal data and links never overlap each other; profanity may overlap them. */
  flag(text: string): TextFlag[] {
    // Overlapping readings: the more specific wins. An e-mail address contains a domain; a PL IBAN contains a
    // 26-digit NRB; a link's path may contain digits that look like a phone number.
    const dataAndLinks = withoutOverlaps([
      ...findEmails(text),
      ...findIbans(text),
      ...findPesels(text),
      ...findLinks(text),
      ...findPhones(text),
    ]);
    return [...dataAndLinks, ...this.profanity.find(text)].sort((a, b) => a.start - b.start || a.end - b.end);
  }
}
