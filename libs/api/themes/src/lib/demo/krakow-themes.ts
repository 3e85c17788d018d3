import { KRAKOW_MISSION_DRAFT_MARKDOWN } from '@consulta/api/consultation';
import { THEME_NAME_MAX_LENGTH } from '@consulta/shared/contracts';

export const KRAKOW_THEMES_SECTION = 'Elementy kluczowe, wspólne dla wszystkich propozycji';

/**
 * The list items of a Markdown section (a "## heading" up to the next heading): "- item" lines with their indented
 * continuation lines joined.
 */
export function sectionListItems(markdown: string, heading: string): string[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => /^#{1,6}\s/.test(line) && line.replace(/^#{1,6}\s+/, '').trim() === heading);
  if (start < 0) return [];
  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,6}\s/.test(line)) break;
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (item) items.push(item[1].trim());
    else if (/^\s+\S/.test(line) && items.length > 0) items[items.length - 1] += ` ${line.trim()}`;
  }
  return items;
}

/**
 * Kraków's seed themes: the key elements the draft mission lists. An item too long for a name is named by its part
 * before the colon; the whole item becomes the description. The first letter is capitalised.
 */
export function krakowSeedThemes(): { name: string; description: string }[] {
  return sectionListItems(KRAKOW_MISSION_DRAFT_MARKDOWN, KRAKOW_THEMES_SECTION).map((item) => {
    const short = item.length > 80 && item.includes(':') ? item.slice(0, item.indexOf(':')).trim() : item;
    const name = capitalise(short.slice(0, THEME_NAME_MAX_LENGTH));
    return { name, description: name === capitalise(item) ? '' : capitalise(item) };
  });
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('pl') + text.slice(1);
}
