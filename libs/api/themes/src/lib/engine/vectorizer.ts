/**
 * TF-IDF document vectors: sublinear term frequency (1 + ln tf) times smoothed IDF, computed separately for the
 * stem block and the character n-gram block, each block L2-normalised, then mixed so that the cosine of two
 * documents is (1 − gramWeight) · cos(stems) + gramWeight · cos(n-grams).
 */
import { AnalyzedWord, AnalyzerOptions, DEFAULT_ANALYZER_OPTIONS, Language, TextAnalyzer } from './analyzer';
import { IntBuffer, SparseMatrix } from './sparse';

export interface VectorizerOptions {
  readonly analyzer: AnalyzerOptions;
  /** Terms in fewer documents are dropped (they cannot make two comments similar). */
  readonly minDocumentFrequency: number;
  /** Terms in more than this share of documents are dropped (corpus-specific stop words). */
  readonly maxDocumentShare: number;
  /** Share of the cosine that comes from character n-grams, in [0, 1]. */
  readonly gramWeight: number;
}

export const DEFAULT_VECTORIZER_OPTIONS: VectorizerOptions = {
  analyzer: DEFAULT_ANALYZER_OPTIONS,
  minDocumentFrequency: 2,
  maxDocumentShare: 0.5,
  gramWeight: 0.5,
};

/** A fitted vocabulary: term → column, IDF per column, and a readable surface form per stem column. */
export class TfidfVectorizer {
  private constructor(
    private readonly analyzer: TextAnalyzer,
    private readonly options: VectorizerOptions,
    /** "w:<stem>" or "g:<n-gram>" → column. */
    private readonly columns: Map<string, number>,
    readonly idf: Float32Array,
    /** 1 for n-gram columns, 0 for stem columns. */
    readonly isGram: Uint8Array,
    /** Most frequent lower-case word behind each stem column ("" for n-gram columns). */
    readonly surfaces: readonly string[],
    readonly fallbackLanguage: Language,
  ) {}

  get size(): number {
    return this.idf.length;
  }

  /**
   * Learns the vocabulary from a corpus and returns it with the corpus' matrix.
   * `onProgress` receives the share of documents done.
   */
  static fit(
    texts: readonly string[],
    options: VectorizerOptions = DEFAULT_VECTORIZER_OPTIONS,
    onProgress?: (fraction: number) => void,
  ): { vectorizer: TfidfVectorizer; matrix: SparseMatrix } {
    const analyzer = new TextAnalyzer(options.analyzer);
    analyzer.fallbackLanguage = dominantLanguage(analyzer, texts);

    // Pass 1: the words of every document (flat: docWordStart[d] … docWordStart[d+1]).
    const docWords = new IntBuffer(texts.length * 8);
    const docWordStart = new Int32Array(texts.length + 1);
    texts.forEach((text, d) => {
      analyzer.analyzeInto(text, docWords);
      docWordStart[d + 1] = docWords.length;
      if (onProgress && d % 5000 === 4999) onProgress((0.6 * (d + 1)) / texts.length);
    });
    const words = analyzer.words;
    const wordTotal = new Int32Array(words.length);
    const wordList = docWords.view();
    for (let i = 0; i < wordList.length; i++) wordTotal[wordList[i]]++;

    // Provisional term ids per word: its stem, then its n-grams.
    const provisional = new Map<string, number>();
    const provisionalIsGram: number[] = [];
    const idOf = (key: string, gram: boolean): number => {
      let id = provisional.get(key);
      if (id === undefined) {
        id = provisional.size;
        provisional.set(key, id);
        provisionalIsGram.push(gram ? 1 : 0);
      }
      return id;
    };
    const wordTermStart = new Int32Array(words.length + 1);
    const wordTermBuffer = new IntBuffer(words.length * 8);
    for (const word of words) {
      wordTermBuffer.push(idOf(`w:${word.stem}`, false));
      for (const gram of word.grams) wordTermBuffer.push(idOf(`g:${gram}`, true));
      wordTermStart[word.id + 1] = wordTermBuffer.length;
    }
    const wordTerms = wordTermBuffer.view();

    // Pass 2: term counts per document (flat, like pass 1) and document frequencies.
    const docTerms = new IntBuffer(texts.length * 32);
    const docCounts = new IntBuffer(texts.length * 32);
    const docTermStart = new Int32Array(texts.length + 1);
    const df = new Int32Array(provisional.size);
    let scratch = new Int32Array(256);
    for (let d = 0; d < texts.length; d++) {
      let length = 0;
      for (let i = docWordStart[d]; i < docWordStart[d + 1]; i++) {
        const word = wordList[i];
        for (let t = wordTermStart[word]; t < wordTermStart[word + 1]; t++) {
          if (length === scratch.length) {
            const grown = new Int32Array(2 * length);
            grown.set(scratch);
            scratch = grown;
          }
          scratch[length++] = wordTerms[t];
        }
      }
      const sorted = scratch.subarray(0, length).sort();
      for (let i = 0; i < length; i++) {
        if (i === 0 || sorted[i] !== sorted[i - 1]) {
          docTerms.push(sorted[i]);
          docCounts.push(1);
          df[sorted[i]]++;
        } else docCounts.incrementLast();
      }
      docTermStart[d + 1] = docTerms.length;
      if (onProgress && d % 5000 === 4999) onProgress(0.6 + (0.3 * (d + 1)) / texts.length);
    }

    // Keep terms that can relate documents; number them compactly.
    const maxDf = Math.max(options.minDocumentFrequency, Math.floor(options.maxDocumentShare * texts.length));
    const finalId = new Int32Array(provisional.size).fill(-1);
    const columns = new Map<string, number>();
    const idf: number[] = [];
    const isGram: number[] = [];
    for (const [key, id] of provisional) {
      const frequency = df[id];
      if (frequency < options.minDocumentFrequency || frequency > maxDf) continue;
      finalId[id] = columns.size;
      columns.set(key, columns.size);
      idf.push(Math.log((1 + texts.length) / (1 + frequency)) + 1);
      isGram.push(provisionalIsGram[id]);
    }

    // The most frequent written form of each stem column, for readable keywords.
    const surfaces: string[] = new Array<string>(columns.size).fill('');
    const surfaceCounts = new Float64Array(columns.size);
    for (const word of words) {
      const column = finalId[wordTerms[wordTermStart[word.id]]];
      if (column >= 0 && wordTotal[word.id] > surfaceCounts[column]) {
        surfaceCounts[column] = wordTotal[word.id];
        surfaces[column] = word.surface;
      }
    }

    const vectorizer = new TfidfVectorizer(
      analyzer,
      options,
      columns,
      Float32Array.from(idf),
      Uint8Array.from(isGram),
      surfaces,
      analyzer.fallbackLanguage,
    );
    const mapped: number[] = [];
    const counts: number[] = [];
    const termList = docTerms.view();
    const countList = docCounts.view();
    const matrix = vectorizer.buildMatrix(texts.length, (d) => {
      mapped.length = 0;
      counts.length = 0;
      for (let t = docTermStart[d]; t < docTermStart[d + 1]; t++) {
        const column = finalId[termList[t]];
        if (column >= 0) {
          mapped.push(column);
          counts.push(countList[t]);
        }
      }
      return [mapped, counts];
    });
    onProgress?.(1);
    return { vectorizer, matrix };
  }

  /** Vectors of new texts in this vocabulary (words never seen in the corpus are ignored). */
  transform(texts: readonly string[]): SparseMatrix {
    return this.buildMatrix(texts.length, (d) => {
      const scratch: number[] = [];
      for (const word of this.analyzer.analyze(texts[d])) {
        const stem = this.columns.get(`w:${word.stem}`);
        if (stem !== undefined) scratch.push(stem);
        for (const gram of word.grams) {
          const column = this.columns.get(`g:${gram}`);
          if (column !== undefined) scratch.push(column);
        }
      }
      const [terms, counts] = countSorted(scratch);
      return [Array.from(terms), Array.from(counts)];
    });
  }

  /** Analyses one text (for keyword surface forms and tests). */
  analyze(text: string): AnalyzedWord[] {
    return this.analyzer.analyze(text);
  }

  /** Column of a stem, if it is in the vocabulary. */
  stemColumn(stem: string): number | undefined {
    return this.columns.get(`w:${stem}`);
  }

  /** Rows from (columns in increasing order, counts) per row; `termsOf` may reuse its arrays between calls. */
  private buildMatrix(rows: number, termsOf: (row: number) => [ArrayLike<number>, ArrayLike<number>]): SparseMatrix {
    const indptr = new Int32Array(rows + 1);
    let indices = new Int32Array(Math.max(16, rows * 8));
    let values = new Float32Array(indices.length);
    const stemScale = Math.sqrt(1 - this.options.gramWeight);
    const gramScale = Math.sqrt(this.options.gramWeight);
    let at = 0;
    for (let r = 0; r < rows; r++) {
      const [terms, counts] = termsOf(r);
      if (at + terms.length > indices.length) {
        const size = Math.max(2 * indices.length, at + terms.length);
        const grownIndices = new Int32Array(size);
        grownIndices.set(indices);
        indices = grownIndices;
        const grownValues = new Float32Array(size);
        grownValues.set(values);
        values = grownValues;
      }
      let stemNorm = 0;
      let gramNorm = 0;
      for (let t = 0; t < terms.length; t++) {
        const column = terms[t];
        const weight = (1 + Math.log(counts[t])) * this.idf[column];
        indices[at + t] = column;
        values[at + t] = weight;
        if (this.isGram[column]) gramNorm += weight * weight;
        else stemNorm += weight * weight;
      }
      const stemFactor = stemNorm > 0 ? stemScale / Math.sqrt(stemNorm) : 0;
      const gramFactor = gramNorm > 0 ? gramScale / Math.sqrt(gramNorm) : 0;
      let norm = 0;
      for (let t = 0; t < terms.length; t++) {
        values[at + t] *= this.isGram[indices[at + t]] ? gramFactor : stemFactor;
        norm += values[at + t] * values[at + t];
      }
      // A document with only one block (no stem known, or no n-grams) still gets unit length.
      if (norm > 0 && Math.abs(norm - 1) > 1e-6) {
        const scale = 1 / Math.sqrt(norm);
        for (let t = 0; t < terms.length; t++) values[at + t] *= scale;
      }
      at += terms.length;
      indptr[r + 1] = at;
    }
    return new SparseMatrix(rows, this.size, indptr, indices.slice(0, at), values.slice(0, at));
  }
}

/** Distinct values of `ids` in increasing order, with how often each occurs. */
function countSorted(ids: number[]): [Int32Array, Int32Array] {
  const sorted = Int32Array.from(ids).sort();
  let distinct = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) distinct++;
  const terms = new Int32Array(distinct);
  const counts = new Int32Array(distinct);
  let k = -1;
  for (let i = 0; i < sorted.length; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) terms[++k] = sorted[i];
    counts[k]++;
  }
  return [terms, counts];
}

/** The language most texts are written in (by detection on a sample), used for texts too short to tell. */
function dominantLanguage(analyzer: TextAnalyzer, texts: readonly string[]): Language {
  const votes = new Map<Language, number>();
  const step = Math.max(1, Math.floor(texts.length / 2000));
  for (let i = 0; i < texts.length; i += step) {
    const language = analyzer.languageOf(texts[i]);
    if (language !== 'unknown') votes.set(language, (votes.get(language) ?? 0) + 1);
  }
  let best: Language = 'unknown';
  let bestVotes = 0;
  for (const [language, count] of votes) {
    if (count > bestVotes) {
      best = language;
      bestVotes = count;
    }
  }
  return best;
}
