import { foldDiacritics } from '../normalize';

/**
 * Near-duplicate detection for copy-paste campaigns: MinHash signatures over word shingles, and
 * locality-sensitive hashing (LSH) band keys so the database finds candidates with an indexed equality lookup.
 *
 * Text → words (folded: case, diacritics and punctuation do not count) → shingles of SHINGLE_WORDS words in a
 * row → MINHASH_SIZE minimum hashes. The share of equal positions in two signatures estimates the Jaccard
 * similarity of the two shingle sets (standard error ≈ √(s(1−s)/120), about 0.04 at s = 0.7).
 *
 * Threshold: NEAR_DUPLICATE_THRESHOLD = 0.7. On the Polis statements (tools/eval/flags.ts), pairs at 0.7–0.8 were
 * edited copies when checked by eye (a word added, a prefix like "Klimarat:", quotes removed), while below about 0.65
 * templated but different statements appear ("I identify as a woman" / "… a woman over 70"). At 0.8, half of the
 * labelled campaign pairs (short texts, each copy edited in two or three places) were missed.
 *
 * Banding: LSH_BANDS bands of LSH_ROWS rows (24 × 5 = 120). Two texts share at least one band key with
 * probability 1 − (1 − s⁵)²⁴: 0.9999 at s = 0.8, 0.988 at 0.7, 0.85 at 0.6, 0.53 at 0.5, 0.06 at 0.3. The curve's
 * midpoint (1/24)^(1/5) ≈ 0.53 sits well below the threshold on purpose: candidates are cheap (the caller
 * confirms each with fingerprintSimilarity), missed near-duplicates are not.
 *
 * Short texts: a text with fewer than MIN_WORDS words gets an empty fingerprint (no band keys, similarity 0).
 * "Popieram", "Jestem za" or "Nie zgadzam się" are naturally identical across honest residents, so grouping them
 * would only bury real campaigns. From MIN_WORDS words on, shingles are still three words long: a short text only
 * groups with (almost) exact copies of itself ("Nie dla wycinki drzew!" ×200 does group).
 */

export const SHINGLE_WORDS = 3;
export const MIN_WORDS = 3;
export const MINHASH_SIZE = 120;
export const LSH_BANDS = 24;
export const LSH_ROWS = 5;
/** Estimated Jaccard similarity of word shingles at or above which two texts are near-duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.7;

/**
 * A text's MinHash signature: MINHASH_SIZE signed 32-bit integers (fits PostgreSQL int4[]), or none for a text
 * too short to compare. Deterministic across processes and versions of Node.
 */
export interface TextFingerprint {
  readonly hashes: readonly number[];
}

/** murmur3's 32-bit finaliser: a fast bijective mix of all bits. */
function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** FNV-1a over UTF-16 units. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/** One seed per signature position, fixed forever (changing them would orphan every stored fingerprint). */
const SEEDS: readonly number[] = Array.from({ length: MINHASH_SIZE }, (_, index) => mix32(0x9e3779b9 * (index + 1)));

/** Words as tokenize() sees them, but without apostrophes (don't = dont), on folded text. */
const FOLDED_WORD = /[\p{L}\p{N}]+(?:[-][\p{L}\p{N}]+)*/gu;

/** The words that count for similarity: case, diacritics, punctuation and apostrophes do not. */
export function shingleWords(text: string): string[] {
  return foldDiacritics(text.replace(/['’]/g, '')).match(FOLDED_WORD) ?? [];
}

export function textFingerprint(text: string): TextFingerprint {
  const words = shingleWords(text);
  if (words.length < MIN_WORDS) return { hashes: [] };
  const shingles = new Set<number>();
  for (let index = 0; index + SHINGLE_WORDS <= words.length; index++) {
    shingles.add(fnv1a(words.slice(index, index + SHINGLE_WORDS).join(' ')));
  }
  const hashes = new Array<number>(MINHASH_SIZE).fill(0x7fffffff);
  for (const shingle of shingles) {
    for (let position = 0; position < MINHASH_SIZE; position++) {
      const hash = mix32(shingle ^ SEEDS[position]);
      if (hash < hashes[position]) hashes[position] = hash;
    }
  }
  return { hashes };
}

/** Estimated Jaccard similarity (0–1) of the two texts' shingles; 0 when either is too short to compare. */
export function fingerprintSimilarity(a: TextFingerprint, b: TextFingerprint): number {
  if (a.hashes.length !== MINHASH_SIZE || b.hashes.length !== MINHASH_SIZE) return 0;
  let equal = 0;
  for (let position = 0; position < MINHASH_SIZE; position++) if (a.hashes[position] === b.hashes[position]) equal++;
  return equal / MINHASH_SIZE;
}

/**
 * LSH_BANDS keys ("b07:3f2a9c01e4d58b77": band number and a 64-bit hash of the band's rows). Texts sharing
 * any key are candidate near-duplicates: store one row per key (or a text[] with a GIN index) and look up
 * equal keys, then confirm with fingerprintSimilarity ≥ NEAR_DUPLICATE_THRESHOLD. Empty for short texts.
 */
export function lshBandKeys(fingerprint: TextFingerprint): string[] {
  if (fingerprint.hashes.length !== MINHASH_SIZE) return [];
  const keys: string[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let high = 0x5bd1e995 ^ band;
    let low = 0x1b873593 ^ band;
    for (let row = 0; row < LSH_ROWS; row++) {
      const value = fingerprint.hashes[band * LSH_ROWS + row];
      high = mix32(high ^ value);
      low = mix32(Math.imul(low, 31) + value);
    }
    const hex = (high >>> 0).toString(16).padStart(8, '0') + (low >>> 0).toString(16).padStart(8, '0');
    keys.push(`b${String(band).padStart(2, '0')}:${hex}`);
  }
  return keys;
}

/**
 * Groups of near-duplicates among texts held in memory (evaluation, tests, batch jobs): indices of the
 * fingerprints, each group sorted, groups ordered by their first index. Single linkage: A~B and B~C put A, B
 * and C in one group even if A and C are less similar.
 */
export function groupNearDuplicates(fingerprints: readonly TextFingerprint[], threshold = NEAR_DUPLICATE_THRESHOLD): number[][] {
  const parent = fingerprints.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]];
      index = parent[index];
    }
    return index;
  };
  const buckets = new Map<string, number[]>();
  fingerprints.forEach((fingerprint, index) => {
    for (const key of lshBandKeys(fingerprint)) {
      const bucket = buckets.get(key);
      if (bucket) bucket.push(index);
      else buckets.set(key, [index]);
    }
  });
  const compared = new Set<number>();
  for (const bucket of buckets.values()) {
    for (let i = 0; i < bucket.length; i++) {
      for (let j = i + 1; j < bucket.length; j++) {
        const [a, b] = [bucket[i], bucket[j]];
        const pair = a * fingerprints.length + b;
        if (compared.has(pair)) continue;
        compared.add(pair);
        if (root(a) !== root(b) && fingerprintSimilarity(fingerprints[a], fingerprints[b]) >= threshold) parent[root(b)] = root(a);
      }
    }
  }
  const groups = new Map<number, number[]>();
  fingerprints.forEach((_, index) => {
    const group = groups.get(root(index));
    if (group) group.push(index);
    else groups.set(root(index), [index]);
  });
  return [...groups.values()].filter((group) => group.length > 1).sort((a, b) => a[0] - b[0]);
}
