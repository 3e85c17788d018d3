import { baselineKMeans, baselineNearestCentroid, baselineVectors } from './baseline';
import { adjustedRandIndex } from './metrics';

describe('baseline (TF-IDF words + k-means, nearest centroid)', () => {
  const texts = [
    'trees in the park',
    'more trees in the park please',
    'plant trees park',
    'trams to the station',
    'faster trams to the station',
    'the station needs trams',
  ];

  it('uses plain lower-cased words: no stemming, stop words kept, words of one document dropped', () => {
    const matrix = baselineVectors(texts);
    // words in at least two documents: trees, in, the, park, trams, to, station
    expect(matrix.cols).toBe(7);
  });

  it('k-means separates two clear groups', () => {
    const assignment = baselineKMeans(baselineVectors(texts), 2, 1);
    expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], Array.from(assignment))).toBe(1);
  });

  it('nearest centroid puts each comment with the class of its labelled examples', () => {
    const matrix = baselineVectors(texts);
    expect(baselineNearestCentroid(matrix, [[0], [3]], [1, 2, 4, 5])).toEqual([0, 0, 1, 1]);
  });
});
