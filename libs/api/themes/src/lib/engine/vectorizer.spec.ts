import { TfidfVectorizer, VectorizerOptions } from './vectorizer';

const STEMS_ONLY: VectorizerOptions = { analyzer: { gramLengths: [] }, minDocumentFrequency: 1, maxDocumentShare: 1, gramWeight: 0 };

function rowOf(matrix: ReturnType<typeof TfidfVectorizer.fit>['matrix'], row: number): Map<number, number> {
  const entries = new Map<number, number>();
  for (let p = matrix.indptr[row]; p < matrix.indptr[row + 1]; p++) entries.set(matrix.indices[p], matrix.values[p]);
  return entries;
}

function cosine(matrix: ReturnType<typeof TfidfVectorizer.fit>['matrix'], a: number, b: number): number {
  const right = rowOf(matrix, b);
  let sum = 0;
  for (const [column, value] of rowOf(matrix, a)) sum += value * (right.get(column) ?? 0);
  return sum;
}

describe('TfidfVectorizer', () => {
  // Language unknown (no function words): words are their own stems.
  const texts = ['parks parks trees', 'parks benches', 'benches fountains', 'fountains'];

  it('weighs terms by (1 + ln tf) · (ln((1 + N)/(1 + df)) + 1) and normalises each row', () => {
    const { vectorizer, matrix } = TfidfVectorizer.fit(texts, STEMS_ONLY);
    const parks = vectorizer.stemColumn('parks') ?? -1;
    const trees = vectorizer.stemColumn('trees') ?? -1;
    const idf = (df: number) => Math.log(5 / (1 + df)) + 1;
    const parksWeight = (1 + Math.log(2)) * idf(2);
    const treesWeight = 1 * idf(1);
    const norm = Math.hypot(parksWeight, treesWeight);
    const first = rowOf(matrix, 0);
    expect(first.get(parks)).toBeCloseTo(parksWeight / norm, 6);
    expect(first.get(trees)).toBeCloseTo(treesWeight / norm, 6);
    expect(vectorizer.idf[parks]).toBeCloseTo(idf(2), 6);
    for (let row = 0; row < matrix.rows; row++) {
      expect([...rowOf(matrix, row).values()].reduce((sum, value) => sum + value * value, 0)).toBeCloseTo(1, 6);
    }
  });

  it('drops terms found in fewer documents than the minimum or in too large a share of them', () => {
    const { vectorizer } = TfidfVectorizer.fit(texts, { ...STEMS_ONLY, minDocumentFrequency: 2 });
    expect(vectorizer.stemColumn('trees')).toBeUndefined();
    expect(vectorizer.stemColumn('parks')).toBeDefined();
    const common = TfidfVectorizer.fit(['park one', 'park two', 'park three', 'other'], { ...STEMS_ONLY, maxDocumentShare: 0.5 });
    expect(common.vectorizer.stemColumn('park')).toBeUndefined();
  });

  it('relates inflected forms through stems and character n-grams, and keeps unrelated texts apart', () => {
    const corpus = [
      'Nowa ścieżka rowerowa wzdłuż Wisły',
      'Ścieżki rowerowe w każdej dzielnicy',
      'Więcej drzew i krzewów na osiedlu',
      'Nasadzenia drzew przy szkole',
      'Ścieżką rowerową do szkoły',
      'Remont chodnika na ulicy Długiej',
      'Ławki i kosze na śmieci w parku',
      'Bezpłatne zajęcia sportowe dla seniorów',
    ];
    const { matrix } = TfidfVectorizer.fit(corpus);
    expect(cosine(matrix, 0, 1)).toBeGreaterThan(0.3);
    expect(cosine(matrix, 2, 3)).toBeGreaterThan(0.2);
    expect(cosine(matrix, 0, 2)).toBeLessThan(0.05);
    expect(cosine(matrix, 1, 4)).toBeGreaterThan(cosine(matrix, 1, 3));
  });

  it('gives the same vector to a known text through transform as through fit, and ignores unknown words', () => {
    const { vectorizer, matrix } = TfidfVectorizer.fit(texts, STEMS_ONLY);
    const again = vectorizer.transform([texts[1], 'zebras']);
    expect(rowOf(again, 0)).toEqual(rowOf(matrix, 1));
    expect(again.rowNnz(1)).toBe(0);
  });

  it('remembers the most frequent written form of each stem for keywords', () => {
    const { vectorizer } = TfidfVectorizer.fit(['ścieżki rowerowe', 'ścieżki piesze', 'ścieżka rowerowa', 'ścieżki nowe'], {
      ...STEMS_ONLY,
      minDocumentFrequency: 1,
    });
    expect(vectorizer.surfaces[vectorizer.stemColumn('sciezk') ?? -1]).toBe('ścieżki');
  });
});
