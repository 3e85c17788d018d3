import { syntheticComments } from '../../testing/synthetic-corpus';
import { SeededRandom } from './random';
import { fitLogistic, suggestThemes, trainSuggester } from './suggestion';
import { ThemeSuggestion } from './types';

const topics = ['trees', 'bikes', 'trams', 'playground', 'noise'];
const NAMES: Record<string, string> = {
  trees: 'Zieleń i drzewa',
  bikes: 'Infrastruktura rowerowa',
  trams: 'Komunikacja tramwajowa',
  playground: 'Place zabaw',
  noise: 'Hałas',
};
const comments = syntheticComments(topics, 40);
const labelled = comments.filter((comment) => Number(comment.id.split('-')[1]) < 5);
const unlabelled = comments.filter((comment) => Number(comment.id.split('-')[1]) >= 5);

function top(suggestions: readonly ThemeSuggestion[]): Map<string, ThemeSuggestion> {
  const best = new Map<string, ThemeSuggestion>();
  for (const suggestion of suggestions) {
    const current = best.get(suggestion.commentId);
    if (!current || suggestion.confidence > current.confidence) best.set(suggestion.commentId, suggestion);
  }
  return best;
}

describe('trainSuggester + suggestThemes', () => {
  const model = trainSuggester({
    themes: topics.map((topic) => ({ id: topic, name: NAMES[topic] })),
    assignments: labelled.map((comment) => ({ commentId: comment.id, themeId: comment.topic })),
    comments,
  });

  it('suggests the theme staff would assign, learned from five examples per theme', () => {
    const best = top(suggestThemes(model, unlabelled, { minConfidence: 0, maxPerComment: 1 }));
    const correct = unlabelled.filter((comment) => best.get(comment.id)?.themeId === comment.topic).length;
    expect(correct / unlabelled.length).toBeGreaterThanOrEqual(0.95);
    expect(model.examplesPerTheme.get('trees')).toBe(5);
  });

  it('gives confidences in [0, 1] that rank the right theme first and are high when the comment is clear', () => {
    const suggestions = suggestThemes(model, unlabelled, { minConfidence: 0, maxPerComment: 5 });
    expect(suggestions).toHaveLength(unlabelled.length * 5);
    for (const suggestion of suggestions) {
      expect(suggestion.confidence).toBeGreaterThanOrEqual(0);
      expect(suggestion.confidence).toBeLessThanOrEqual(1);
    }
    const best = top(suggestions);
    const confident = [...best.values()].filter((suggestion) => suggestion.confidence >= 0.5);
    expect(confident.length).toBeGreaterThanOrEqual(0.8 * unlabelled.length);
    const wrong = suggestions.filter((suggestion) => suggestion.themeId !== unlabelled.find((c) => c.id === suggestion.commentId)?.topic);
    expect(Math.max(...wrong.map((suggestion) => suggestion.confidence))).toBeLessThan(0.5);
  });

  it('honours the confidence threshold and the per-comment limit, most confident first', () => {
    const suggestions = suggestThemes(model, unlabelled.slice(0, 10), { minConfidence: 0.01, maxPerComment: 2 });
    const perComment = new Map<string, ThemeSuggestion[]>();
    for (const suggestion of suggestions)
      perComment.set(suggestion.commentId, [...(perComment.get(suggestion.commentId) ?? []), suggestion]);
    for (const list of perComment.values()) {
      expect(list.length).toBeLessThanOrEqual(2);
      for (const suggestion of list) expect(suggestion.confidence).toBeGreaterThanOrEqual(0.01);
      expect(list.map((suggestion) => suggestion.confidence)).toEqual(
        [...list.map((suggestion) => suggestion.confidence)].sort((a, b) => b - a),
      );
    }
  });

  it('suggests a theme that has no example yet from its name and description', () => {
    const withoutPlaygroundExamples = trainSuggester({
      themes: [
        { id: 'trees', name: NAMES['trees'] },
        { id: 'trams', name: NAMES['trams'] },
        { id: 'playground', name: 'Place zabaw dla dzieci', description: 'Huśtawki, piaskownice i zjeżdżalnie' },
      ],
      assignments: labelled
        .filter((comment) => comment.topic !== 'playground')
        .map((comment) => ({ commentId: comment.id, themeId: comment.topic })),
      comments: comments.filter((comment) => ['trees', 'trams', 'playground'].includes(comment.topic)),
    });
    expect(withoutPlaygroundExamples.examplesPerTheme.get('playground')).toBe(0);
    const playground = unlabelled.filter((comment) => comment.topic === 'playground');
    const best = top(suggestThemes(withoutPlaygroundExamples, playground, { minConfidence: 0, maxPerComment: 1 }));
    expect(playground.filter((comment) => best.get(comment.id)?.themeId === 'playground').length).toBeGreaterThanOrEqual(
      0.9 * playground.length,
    );
  });

  it('can suggest several themes for a comment about several things (multi-label)', () => {
    const mixed = { id: 'mixed', text: 'Więcej drzew i krzewów przy przystanku tramwaju, nasadzenia wzdłuż linii tramwajowej' };
    const suggestions = suggestThemes(model, [mixed], { minConfidence: 0, maxPerComment: 2 });
    expect(new Set(suggestions.map((suggestion) => suggestion.themeId))).toEqual(new Set(['trees', 'trams']));
  });

  it('learns from comments assigned to several themes', () => {
    const multi = trainSuggester({
      themes: [
        { id: 'trees', name: '' },
        { id: 'trams', name: '' },
      ],
      assignments: [
        ...labelled.filter((comment) => comment.topic === 'trees').map((comment) => ({ commentId: comment.id, themeId: 'trees' })),
        { commentId: 'trams-0', themeId: 'trams' },
        { commentId: 'trams-0', themeId: 'trees' },
        { commentId: 'trams-1', themeId: 'trams' },
      ],
      comments,
    });
    expect(multi.examplesPerTheme.get('trees')).toBe(6);
    expect(multi.examplesPerTheme.get('trams')).toBe(2);
  });

  it('is reproducible and handles empty input', () => {
    const again = trainSuggester({
      themes: topics.map((topic) => ({ id: topic, name: NAMES[topic] })),
      assignments: labelled.map((comment) => ({ commentId: comment.id, themeId: comment.topic })),
      comments,
    });
    expect(suggestThemes(again, unlabelled)).toEqual(suggestThemes(model, unlabelled));
    expect(suggestThemes(model, [])).toEqual([]);
    const empty = trainSuggester({ themes: [], assignments: [], comments });
    expect(suggestThemes(empty, unlabelled)).toEqual([]);
  });

  it('reports progress from 0 to 1', () => {
    const fractions: number[] = [];
    trainSuggester(
      { themes: [{ id: 'trees', name: 'Drzewa' }], assignments: [{ commentId: 'trees-0', themeId: 'trees' }], comments },
      { onProgress: (fraction) => fractions.push(fraction) },
    );
    expect(fractions[0]).toBe(0);
    expect(fractions[fractions.length - 1]).toBe(1);
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
  });
});

describe('fitLogistic', () => {
  it('recovers the coefficients of a logistic model from its samples', () => {
    const random = new SeededRandom(3);
    const features: number[][] = [];
    const targets: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const x = random.next() * 6 - 3;
      features.push([x]);
      targets.push(random.next() < 1 / (1 + Math.exp(-(1 + 2 * x))) ? 1 : 0);
    }
    const [bias, weight] = fitLogistic(features, targets);
    expect(bias).toBeCloseTo(1, 0);
    expect(Math.abs(weight - 2)).toBeLessThan(0.3);
  });

  it('returns the observed rate when there is nothing to separate', () => {
    const [bias, weight] = fitLogistic([[1], [2]], [0, 0]);
    expect(1 / (1 + Math.exp(-bias))).toBeCloseTo(0.001, 6);
    expect(weight).toBe(0);
  });
});
