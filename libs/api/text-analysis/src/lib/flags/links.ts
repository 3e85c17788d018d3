import { FlagReason } from '@consulta/shared/contracts';
import { TextFlag, textFlag } from './text-flag';

/**
 * Web links: anything with a scheme (http, https, ftp), hosts starting with www., and bare domains with a
 * common top-level domain ("krakow.pl/strona", "bit.ly/abc"). Bare domains are restricted to top-level
 * domains that are not also everyday Polish or English words or abbreviations ending a sentence without a
 * space: no .in (m.in.), .al (al. = aleja), .np (np.), .to, .do, .za, .ma, .no, .co, .is, .it, .me, .us, .be,
 * .am, .as, .so, .my, .id, .la, .im, .tj — links there are still found with http(s):// or www.
 */
const BARE_TLDS = [
  'pl', 'eu', 'com', 'org', 'net', 'info', 'gov', 'edu', 'biz', 'io', 'de', 'uk', 'fr', 'es', 'cz', 'sk', 'ua', 'ru', 'by',
  'lt', 'lv', 'ee', 'hu', 'ro', 'pt', 'ie', 'gr', 'nl', 'ch', 'at', 'se', 'dk', 'fi', 'ca', 'tv', 'ly', 'gl', 'gg', 'ai',
  'app', 'dev', 'online', 'site', 'xyz', 'shop', 'store', 'blog', 'news', 'page', 'link', 'live', 'tech', 'club', 'onion',
]; // prettier-ignore

const WITH_SCHEME = /\b(?:https?|ftp):\/\/[^\s<>"'`]+/giu;
const WWW = /(?<![\p{L}\p{N}@._%+/-])www\d{0,3}\.[\p{L}\p{N}-]+\.[^\s<>"'`]+/giu;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
const BARE_DOMAIN = new RegExp(
  String.raw`(?<![\p{L}\p{N}@._%+/-])(?<host>(?:${LABEL}\.)+(?:${BARE_TLDS.join('|')}))(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])(?::\d{2,5})?(?:[/?#][^\s<>"'\x60]*)?`,
  'giu',
);
const TRAILING_PUNCTUATION = /[.,;:!?'"”’»…)\]}>]$/u;

/** Drops sentence punctuation after a link, keeping a closing bracket the link itself opened (Wikipedia style). */
function trimmedLength(link: string): number {
  let end = link.length;
  while (end > 0 && TRAILING_PUNCTUATION.test(link[end - 1])) {
    if (link[end - 1] === ')') {
      const inside = link.slice(0, end - 1);
      if (inside.split('(').length > inside.split(')').length) break;
    }
    end--;
  }
  return end;
}

export function findLinks(text: string): TextFlag[] {
  const flags: TextFlag[] = [];
  const add = (start: number, written: string): void => {
    const length = trimmedLength(written);
    if (length > 0) flags.push(textFlag(text, FlagReason.Link, 'url', start, start + length));
  };
  for (const match of text.matchAll(WITH_SCHEME)) add(match.index, match[0]);
  for (const match of text.matchAll(WWW)) add(match.index, match[0]);
  for (const match of text.matchAll(BARE_DOMAIN)) {
    const host = match.groups?.['host'] ?? '';
    const labels = host.split('.');
    const name = labels[labels.length - 2] ?? '';
    // "m.in", "s.pl" or "1.pl" are not domains people link to.
    if (name.length < 2 || !/\p{L}/u.test(name)) continue;
    // "Ressourcen.Es darf…", "miasta.Pl…": a capitalised top-level domain in a host not written in capitals is
    // a sentence missing the space after its full stop.
    if (/^\p{Lu}/u.test(labels[labels.length - 1] ?? '') && host !== host.toUpperCase()) continue;
    add(match.index, match[0]);
  }
  return flags;
}
