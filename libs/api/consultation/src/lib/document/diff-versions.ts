import { ParagraphChangeKind, WordDiffPartDto } from '@consulta/shared/contracts';
import { diffWords } from './diff-words';

/** What the diff needs of a version: sections in document order, each with its paragraphs in order. */
export interface DiffSection {
  key: string;
  title: string;
  paragraphs: { key: string; text: string }[];
}

/** A paragraph-level change before staff links are attached (see DocumentDiffService). */
export interface VersionChange {
  kind: ParagraphChangeKind;
  paragraphKey: string;
  sectionKey: string;
  sectionTitle: string;
  before: string | null;
  after: string | null;
  words: WordDiffPartDto[];
}

export interface VersionDiff {
  changes: VersionChange[];
  sectionsAdded: string[];
  sectionsRemoved: string[];
}

interface Placed {
  change: VersionChange;
  /** Sort key: [section index in `to`, paragraph index in that section, 0 for `to` paragraphs / 1 for removed ones, index in `from`]. */
  order: [number, number, number, number];
}

/**
 * Paragraphs are matched by their stable key (carried over by the import even when the text was edited or moved):
 * a key only in `to` is added, only in `from` removed, in both with a different text changed (with a word diff).
 * Unchanged paragraphs, a paragraph moved with its text intact included, are not listed.
 *
 * Order: the `to` version's. A removed paragraph stays where it was: right after the paragraph that preceded it in
 * `from` and still exists in the same section of `to` (or at the top of that section); the paragraphs of a removed
 * section come after the last paragraph of the section that preceded it in `from` (or first of all).
 * Linear in the number of paragraphs, plus the word diffs of the changed ones.
 */
export function diffVersions(from: DiffSection[], to: DiffSection[]): VersionDiff {
  const toSectionIndex = new Map(to.map((section, index) => [section.key, index]));
  const fromSectionKeys = new Set(from.map((section) => section.key));
  /** Where each paragraph of `to` is: its section index and index within that section. */
  const toPlace = new Map<string, { section: number; index: number }>();
  to.forEach((section, sectionIndex) =>
    section.paragraphs.forEach((paragraph, index) => toPlace.set(paragraph.key, { section: sectionIndex, index })),
  );
  const fromParagraphs = new Map<string, { text: string; sectionKey: string }>();
  for (const section of from)
    for (const paragraph of section.paragraphs) fromParagraphs.set(paragraph.key, { text: paragraph.text, sectionKey: section.key });

  const placed: Placed[] = [];
  to.forEach((section, sectionIndex) =>
    section.paragraphs.forEach((paragraph, index) => {
      const previous = fromParagraphs.get(paragraph.key);
      const base = { paragraphKey: paragraph.key, sectionKey: section.key, sectionTitle: section.title };
      const order: Placed['order'] = [sectionIndex, index, 0, 0];
      if (!previous) {
        placed.push({ change: { ...base, kind: ParagraphChangeKind.Added, before: null, after: paragraph.text, words: [] }, order });
      } else if (previous.text !== paragraph.text) {
        const change = {
          ...base,
          kind: ParagraphChangeKind.Changed,
          before: previous.text,
          after: paragraph.text,
          words: diffWords(previous.text, paragraph.text),
        };
        placed.push({ change, order });
      }
    }),
  );

  let fromIndex = 0;
  /** The `to` section after which the paragraphs of a removed section go: the last surviving section seen so far. */
  let lastSurvivingSection = -1;
  for (const section of from) {
    const sectionInTo = toSectionIndex.get(section.key);
    if (sectionInTo !== undefined) lastSurvivingSection = sectionInTo;
    /** Index (in the `to` section) of the last paragraph of this `from` section that is still in that `to` section. */
    let anchor = -1;
    for (const paragraph of section.paragraphs) {
      fromIndex++;
      const place = toPlace.get(paragraph.key);
      if (place) {
        if (place.section === sectionInTo) anchor = place.index;
        continue;
      }
      const order: Placed['order'] =
        sectionInTo !== undefined ? [sectionInTo, anchor, 1, fromIndex] : [lastSurvivingSection, Number.MAX_SAFE_INTEGER, 1, fromIndex];
      const change: VersionChange = {
        kind: ParagraphChangeKind.Removed,
        paragraphKey: paragraph.key,
        sectionKey: section.key,
        sectionTitle: section.title,
        before: paragraph.text,
        after: null,
        words: [],
      };
      placed.push({ change, order });
    }
  }

  placed.sort((a, b) => a.order[0] - b.order[0] || a.order[1] - b.order[1] || a.order[2] - b.order[2] || a.order[3] - b.order[3]);
  return {
    changes: placed.map((entry) => entry.change),
    sectionsAdded: to.filter((section) => !fromSectionKeys.has(section.key)).map((section) => section.key),
    sectionsRemoved: from.filter((section) => !toSectionIndex.has(section.key)).map((section) => section.key),
  };
}
