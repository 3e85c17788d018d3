import { ParagraphKind } from '@consulta/shared/contracts';
import { normalizeText, similarity, WordBag, wordBag } from './text-similarity';

/**
 * Carries section and paragraph keys from the previous version to a newly imported one, so that
 * comments anchored on a key stay attached to "the same" paragraph:
 *
 * 1. sections with the same title (normalised) keep their key;
 * 2. paragraphs with the same text (normalised: case, punctuation, wrapping ignored) keep their
 *    key, preferring the same section, then the next occurrence in document order (duplicates);
 * 3. remaining paragraphs are paired by word similarity (Dice ≥ SIMILARITY_THRESHOLD), best
 *    pair first, a small bonus for the same section and for a close relative position; a split
 *    paragraph keeps its key on the part most like the original;
 * 4. remaining sections take the key of the old section most of their carried paragraphs came
 *    from, else of an old section with a similar title.
 *
 * Every old key is used at most once; what is left gets a fresh key from `newKey`.
 */
export const SIMILARITY_THRESHOLD = 0.6;
const SAME_SECTION_BONUS = 0.05;
const DISTANCE_PENALTY = 0.02;

export interface KeyedParagraph {
  key: string;
  kind: ParagraphKind;
  text: string;
}

export interface KeyedSection {
  key: string;
  title: string;
  paragraphs: KeyedParagraph[];
}

export interface UnkeyedSection {
  title: string;
  paragraphs: { kind: ParagraphKind; text: string }[];
}

export interface CarryOverResult {
  sections: KeyedSection[];
  carriedOver: number;
  added: number;
  removed: number;
}

interface FlatParagraph {
  section: number;
  /** Document order, 0..1, to compare positions between documents of different lengths. */
  relative: number;
  normalized: string;
  bag: WordBag;
}

function flatten(sections: { paragraphs: { text: string }[] }[]): FlatParagraph[] {
  const flat = sections.flatMap((section, sectionIndex) =>
    section.paragraphs.map((paragraph) => ({ section: sectionIndex, text: paragraph.text })),
  );
  return flat.map((paragraph, index) => ({
    section: paragraph.section,
    relative: flat.length > 1 ? index / (flat.length - 1) : 0,
    normalized: normalizeText(paragraph.text),
    bag: wordBag(paragraph.text),
  }));
}

export function carryOverKeys(previous: KeyedSection[], next: UnkeyedSection[], newKey: () => string): CarryOverResult {
  const oldParagraphs = flatten(previous);
  const newParagraphs = flatten(next);
  const oldKeys = previous.flatMap((section) => section.paragraphs.map((paragraph) => paragraph.key));

  // 1. Sections by title.
  const sectionMatch = new Map<number, number>(); // new section -> old section
  const usedSections = new Set<number>();
  next.forEach((section, newIndex) => {
    const title = normalizeText(section.title);
    const oldIndex = previous.findIndex((old, index) => !usedSections.has(index) && normalizeText(old.title) === title);
    if (oldIndex >= 0) {
      sectionMatch.set(newIndex, oldIndex);
      usedSections.add(oldIndex);
    }
  });
  const sameSection = (newParagraph: FlatParagraph, oldParagraph: FlatParagraph): boolean =>
    sectionMatch.get(newParagraph.section) === oldParagraph.section;

  // 2. Paragraphs with the same text.
  const paragraphMatch = new Map<number, number>(); // new paragraph -> old paragraph
  const usedParagraphs = new Set<number>();
  const oldByText = new Map<string, number[]>();
  oldParagraphs.forEach((paragraph, index) => oldByText.set(paragraph.normalized, [...(oldByText.get(paragraph.normalized) ?? []), index]));
  let lastOld = -1;
  newParagraphs.forEach((paragraph, newIndex) => {
    const candidates = (oldByText.get(paragraph.normalized) ?? []).filter((index) => !usedParagraphs.has(index));
    if (candidates.length === 0) return;
    const rank = (oldIndex: number): number => (sameSection(paragraph, oldParagraphs[oldIndex]) ? 0 : 2) + (oldIndex > lastOld ? 0 : 1);
    const chosen = candidates.reduce((best, candidate) => (rank(candidate) < rank(best) ? candidate : best));
    paragraphMatch.set(newIndex, chosen);
    usedParagraphs.add(chosen);
    lastOld = chosen;
  });

  // 3. Similar paragraphs, best pair first.
  const pairs: { newIndex: number; oldIndex: number; rank: number }[] = [];
  newParagraphs.forEach((paragraph, newIndex) => {
    if (paragraphMatch.has(newIndex)) return;
    oldParagraphs.forEach((old, oldIndex) => {
      if (usedParagraphs.has(oldIndex)) return;
      const score = similarity(paragraph.bag, old.bag);
      if (score < SIMILARITY_THRESHOLD) return;
      const rank =
        score + (sameSection(paragraph, old) ? SAME_SECTION_BONUS : 0) - DISTANCE_PENALTY * Math.abs(paragraph.relative - old.relative);
      pairs.push({ newIndex, oldIndex, rank });
    });
  });
  pairs.sort((a, b) => b.rank - a.rank || a.newIndex - b.newIndex || a.oldIndex - b.oldIndex);
  for (const pair of pairs) {
    if (paragraphMatch.has(pair.newIndex) || usedParagraphs.has(pair.oldIndex)) continue;
    paragraphMatch.set(pair.newIndex, pair.oldIndex);
    usedParagraphs.add(pair.oldIndex);
  }

  // 4. Remaining sections: by where their paragraphs came from, then by a similar title.
  const votes: { newSection: number; oldSection: number; count: number }[] = [];
  next.forEach((_, newSection) => {
    if (sectionMatch.has(newSection)) return;
    const counts = new Map<number, number>();
    newParagraphs.forEach((paragraph, newIndex) => {
      const oldIndex = paragraphMatch.get(newIndex);
      if (paragraph.section !== newSection || oldIndex === undefined) return;
      const oldSection = oldParagraphs[oldIndex].section;
      if (!usedSections.has(oldSection)) counts.set(oldSection, (counts.get(oldSection) ?? 0) + 1);
    });
    counts.forEach((count, oldSection) => votes.push({ newSection, oldSection, count }));
  });
  votes.sort((a, b) => b.count - a.count || a.newSection - b.newSection || a.oldSection - b.oldSection);
  for (const vote of votes) {
    if (sectionMatch.has(vote.newSection) || usedSections.has(vote.oldSection)) continue;
    sectionMatch.set(vote.newSection, vote.oldSection);
    usedSections.add(vote.oldSection);
  }
  const titlePairs: { newSection: number; oldSection: number; score: number }[] = [];
  next.forEach((section, newSection) => {
    if (sectionMatch.has(newSection)) return;
    previous.forEach((old, oldSection) => {
      if (usedSections.has(oldSection)) return;
      const score = similarity(wordBag(section.title), wordBag(old.title));
      if (score >= SIMILARITY_THRESHOLD) titlePairs.push({ newSection, oldSection, score });
    });
  });
  titlePairs.sort((a, b) => b.score - a.score || a.newSection - b.newSection || a.oldSection - b.oldSection);
  for (const pair of titlePairs) {
    if (sectionMatch.has(pair.newSection) || usedSections.has(pair.oldSection)) continue;
    sectionMatch.set(pair.newSection, pair.oldSection);
    usedSections.add(pair.oldSection);
  }

  // Assemble.
  let flatIndex = 0;
  const sections: KeyedSection[] = next.map((section, sectionIndex) => {
    const oldSection = sectionMatch.get(sectionIndex);
    return {
      key: oldSection === undefined ? newKey() : previous[oldSection].key,
      title: section.title,
      paragraphs: section.paragraphs.map((paragraph) => {
        const oldIndex = paragraphMatch.get(flatIndex++);
        return { key: oldIndex === undefined ? newKey() : oldKeys[oldIndex], kind: paragraph.kind, text: paragraph.text };
      }),
    };
  });
  const carriedOver = paragraphMatch.size;
  return { sections, carriedOver, added: newParagraphs.length - carriedOver, removed: oldParagraphs.length - carriedOver };
}
