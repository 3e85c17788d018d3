import { Stance } from '@consulta/shared/contracts';
import { syntheticComments, SyntheticComment, vagueComments } from '../../testing/synthetic-corpus';
import { discoverThemes, proposalCap, splitByStance, ThemeProposal } from './discovery';

function topicsOf(proposal: ThemeProposal, comments: readonly SyntheticComment[]): Map<string, number> {
  const topicById = new Map(comments.map((comment) => [comment.id, comment.topic]));
  const counts = new Map<string, number>();
  for (const id of proposal.commentIds) counts.set(topicById.get(id) ?? '?', (counts.get(topicById.get(id) ?? '?') ?? 0) + 1);
  return counts;
}

function purity(proposal: ThemeProposal, comments: readonly SyntheticComment[]): number {
  return Math.max(...topicsOf(proposal, comments).values()) / proposal.size;
}

describe('proposalCap', () => {
  it('is about 6·log5(n)', () => {
    expect(proposalCap(0)).toBe(0);
    expect(proposalCap(1)).toBe(1);
    expect(proposalCap(25)).toBe(12);
    expect(proposalCap(1000)).toBe(25);
    expect(proposalCap(100_000)).toBe(42);
  });
});

describe('discoverThemes', () => {
  const topics = ['trees', 'bikes', 'trams', 'playground', 'noise'];
  const comments = syntheticComments(topics, 60);

  it('finds the topics as pure groups with readable keywords, size and representative comments', () => {
    const result = discoverThemes(comments, { seed: 1 });
    expect(result.proposals.length).toBeGreaterThanOrEqual(topics.length);
    expect(result.proposals.length).toBeLessThanOrEqual(result.cap);
    for (const proposal of result.proposals) {
      expect(purity(proposal, comments)).toBeGreaterThanOrEqual(0.9);
      expect(proposal.size).toBe(proposal.commentIds.length);
      expect(proposal.representativeCommentIds).toHaveLength(3);
      for (const id of proposal.representativeCommentIds) expect(proposal.commentIds).toContain(id);
      expect(proposal.keywords.length).toBeGreaterThan(0);
    }
    // Every topic is found, and keywords are words as written (not stems such as "rower" or "tramwaj" alone).
    const covered = new Set(result.proposals.map((proposal) => [...topicsOf(proposal, comments)].sort((a, b) => b[1] - a[1])[0][0]));
    expect(covered).toEqual(new Set(topics));
    const bikes = result.proposals.find((proposal) => (topicsOf(proposal, comments).get('bikes') ?? 0) > proposal.size / 2);
    expect(
      bikes?.keywords.some((keyword) =>
        ['ścieżka', 'ścieżki', 'ścieżkę', 'rowerowa', 'rowerowej', 'rowerów', 'rowerowy'].includes(keyword),
      ),
    ).toBe(true);
    expect(result.unassignedCommentIds.length).toBeLessThan(comments.length * 0.1);
  });

  it('merges near-duplicate groups: one proposal per topic however many groups k-means starts with', () => {
    const two = syntheticComments(['trees', 'trams'], 150);
    const result = discoverThemes(two, { seed: 3 });
    expect(result.proposals).toHaveLength(2);
    expect(result.proposals.map((proposal) => purity(proposal, two))).toEqual([1, 1]);
  });

  it('gives the same result for the same input and seed', () => {
    const first = discoverThemes(comments, { seed: 5 });
    const second = discoverThemes(
      comments.map((comment) => ({ ...comment })),
      { seed: 5 },
    );
    expect(second).toEqual(first);
  });

  it('never proposes more than the cap', () => {
    const result = discoverThemes(comments, { seed: 1, maxProposals: 3 });
    expect(result.cap).toBe(3);
    expect(result.proposals.length).toBeLessThanOrEqual(3);
    expect(result.proposals.reduce((sum, proposal) => sum + proposal.size, 0) + result.unassignedCommentIds.length).toBe(comments.length);
  });

  it('does not propose a catch-all: vague comments stay unassigned rather than fill a proposal', () => {
    const vague = vagueComments(200);
    const all = [...syntheticComments(['trees', 'trams', 'playground'], 60), ...vague];
    // A low cap forces merging, which is how a huge vague group forms.
    const capped = discoverThemes(all, { seed: 1, maxProposals: 5 });
    const unassigned = new Set(capped.unassignedCommentIds);
    expect(vague.filter((comment) => unassigned.has(comment.id)).length).toBeGreaterThanOrEqual(0.9 * vague.length);
    expect(capped.rejectedCatchAllGroups).toBeGreaterThan(0);
    expect(capped.proposals).toHaveLength(3);
    for (const proposal of capped.proposals) expect(topicsOf(proposal, all).get('vague') ?? 0).toBe(0);

    // With the default cap every proposal is one kind of comment, and no vague group is large.
    const uncapped = discoverThemes(all, { seed: 1 });
    for (const proposal of uncapped.proposals) {
      expect(purity(proposal, all)).toBeGreaterThanOrEqual(0.9);
      if ((topicsOf(proposal, all).get('vague') ?? 0) > 0) expect(proposal.size).toBeLessThanOrEqual(0.05 * all.length);
    }
  });

  it('leaves comments without a usable word unassigned', () => {
    const result = discoverThemes([...comments, { id: 'empty', text: '!!! 123' }, { id: 'stop', text: 'i w na' }], { seed: 1 });
    expect(result.unassignedCommentIds).toEqual(expect.arrayContaining(['empty', 'stop']));
  });

  it('splits a polarised group into support and oppose proposals and reports every split', () => {
    const stanced = syntheticComments(['trees', 'trams', 'playground'], 60, 7, (topic, i) =>
      topic === 'trams' ? (i % 2 === 0 ? Stance.Support : Stance.Oppose) : i % 10 === 0 ? Stance.Oppose : Stance.Support,
    );
    const result = discoverThemes(stanced, { seed: 1 });
    const tramSides = result.proposals.filter((proposal) => (topicsOf(proposal, stanced).get('trams') ?? 0) > proposal.size / 2);
    expect(tramSides.map((proposal) => proposal.stanceSide?.stance).sort()).toEqual(['oppose', 'support']);
    expect(new Set(tramSides.map((proposal) => proposal.stanceSide?.group)).size).toBe(1);
    const support = tramSides.find((proposal) => proposal.stanceSide?.stance === 'support');
    expect(support?.stanceSplit).toEqual({ support: support?.size, oppose: 0, neutral: 0, proposes_change: 0, unspecified: 0 });
    // Mostly supportive topics stay whole, with their split reported.
    const trees = result.proposals.filter((proposal) => (topicsOf(proposal, stanced).get('trees') ?? 0) > proposal.size / 2);
    expect(trees.every((proposal) => proposal.stanceSide === undefined)).toBe(true);
    expect(trees.reduce((sum, proposal) => sum + proposal.stanceSplit.oppose, 0)).toBeGreaterThan(0);
  });

  it('reports progress from 0 to 1 without going back', () => {
    const fractions: number[] = [];
    const stages: string[] = [];
    discoverThemes(comments, {
      seed: 1,
      onProgress: (fraction, stage) => {
        fractions.push(fraction);
        stages.push(stage);
      },
    });
    expect(fractions[0]).toBe(0);
    expect(fractions[fractions.length - 1]).toBe(1);
    expect(stages[stages.length - 1]).toBe('done');
    for (let i = 1; i < fractions.length; i++) expect(fractions[i]).toBeGreaterThanOrEqual(fractions[i - 1]);
    expect(new Set(stages)).toEqual(new Set(['features', 'projection', 'clustering', 'merging', 'describing', 'done']));
  });

  it('handles an empty consultation', () => {
    expect(discoverThemes([], { seed: 1 })).toEqual({
      proposals: [],
      unassignedCommentIds: [],
      rejectedCatchAllGroups: 0,
      cap: 0,
      seed: 1,
    });
  });
});

describe('splitByStance', () => {
  const make = (stances: (Stance | undefined)[]) => stances.map((stance, i) => ({ id: `c${i}`, text: '', stance }));

  it('keeps a one-sided group whole', () => {
    const comments = make([...Array<Stance>(9).fill(Stance.Support), Stance.Oppose]);
    expect(splitByStance([...comments.keys()], comments, 0.25, 3)).toEqual([{ stance: 'other', members: [...comments.keys()] }]);
  });

  it('splits support and oppose, and gives the neutral rest its own side when it is large enough', () => {
    const comments = make([
      ...Array<Stance>(4).fill(Stance.Support),
      ...Array<Stance>(4).fill(Stance.Oppose),
      ...Array<Stance>(3).fill(Stance.Neutral),
    ]);
    expect(splitByStance([...comments.keys()], comments, 0.25, 3)).toEqual([
      { stance: 'support', members: [0, 1, 2, 3] },
      { stance: 'oppose', members: [4, 5, 6, 7] },
      { stance: 'other', members: [8, 9, 10] },
    ]);
  });

  it('adds a small neutral rest to the larger side', () => {
    const comments = make([...Array<Stance>(5).fill(Stance.Support), ...Array<Stance>(3).fill(Stance.Oppose), undefined]);
    expect(splitByStance([...comments.keys()], comments, 0.25, 3)).toEqual([
      { stance: 'support', members: [0, 1, 2, 3, 4, 8] },
      { stance: 'oppose', members: [5, 6, 7] },
    ]);
  });
});
