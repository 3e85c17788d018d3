/**
 * Discovery of new themes among comments no theme covers (issue 5, item 3).
 *
 * 1. Features: TF-IDF of stems and character n-grams (`vectorizer.ts`), then a latent projection (`projection.ts`).
 * 2. Over-clustering: spherical k-means with about twice as many groups as may be proposed.
 * 3. Merging: two groups are merged while they are one theme (`similarityRatio` at least `duplicateRatio`), so no
 *    two proposals say the same thing; then, while there are more groups than the cap, the two closest by Ward's
 *    criterion.
 * 4. Clean-up: groups smaller than `minGroupSize` are dissolved into the nearest group; a group whose comments are
 *    hardly more alike among themselves than with the rest, or far less alike than in the typical group (a
 *    catch-all), is not proposed. Its comments join the proposal they fit in (at least as close to its centroid as
 *    its least typical member), or stay unassigned.
 * 5. Stance: groups are formed from the text only; a group whose support and oppose comments are both substantial
 *    is split into one proposal per side, so support and opposition are never merged into one theme (the sides
 *    count against the cap: groups are merged further while they exceed it).
 * 6. Description: keywords (most distinctive stems, shown as their most frequent written form), size,
 *    stance split and the comments closest to the centroid.
 */
import { Stance } from '@consulta/shared/contracts';
import { assignToNearest, DenseRows, sphericalKMeans } from './kmeans';
import { DEFAULT_PROJECTION_OPTIONS, LatentProjection, ProjectionOptions } from './projection';
import { SeededRandom } from './random';
import { SparseMatrix } from './sparse';
import { DiscoveryStage, ProgressCallback, StanceOrUnspecified, StanceSplit, ThemeComment } from './types';
import { DEFAULT_VECTORIZER_OPTIONS, TfidfVectorizer, VectorizerOptions } from './vectorizer';

export interface DiscoveryOptions {
  readonly seed: number;
  /** Upper bound on proposals; default `proposalCap(n)`. */
  readonly maxProposals?: number;
  /** Smallest group proposed; default max(3, 0.2 % of the comments). */
  readonly minGroupSize?: number;
  /**
   * Two groups whose comments are, across the groups, at least this share as alike as inside each group
   * (`similarityRatio`) are one theme and merged.
   */
  readonly duplicateRatio: number;
  /** Over-clustering factor: k-means starts with this many times the cap. */
  readonly overClustering: number;
  /**
   * A group is a catch-all when its comments are, on average, less than this many times as similar to each other
   * as to the comments outside it (`GroupDescriber.distinctiveness`).
   */
  readonly minDistinctiveness: number;
  /**
   * A group is also a catch-all when the mean similarity between its comments is below this share of the median
   * group's (a vague group whose words no other group uses, e.g. comments in another language, is distinct but
   * not a theme).
   */
  readonly minRelativeCohesion: number;
  /**
   * Comments of rejected catch-alls join their most similar proposal when they are at least as close to its centroid
   * as this quantile of its own members (null: they stay unassigned).
   */
  readonly admissionQuantile: number | null;
  /** A group is split by stance when its smaller side (support vs oppose) is at least this share of both. */
  readonly polarisedShare: number;
  readonly keywords: number;
  readonly representatives: number;
  readonly vectorizer: VectorizerOptions;
  readonly projection: ProjectionOptions;
  readonly kMeansSampleSize: number;
  readonly onProgress?: ProgressCallback<DiscoveryStage>;
}

export const DEFAULT_DISCOVERY_OPTIONS: DiscoveryOptions = {
  seed: 1,
  duplicateRatio: 0.5,
  overClustering: 2,
  minDistinctiveness: 3,
  minRelativeCohesion: 0.25,
  admissionQuantile: 0,
  polarisedShare: 0.25,
  keywords: 5,
  representatives: 3,
  vectorizer: DEFAULT_VECTORIZER_OPTIONS,
  projection: DEFAULT_PROJECTION_OPTIONS,
  kMeansSampleSize: 5000,
};

export interface ThemeProposal {
  /** Stable within one result: "p1", "p2" … by decreasing size. */
  readonly key: string;
  /** Readable name keywords, most distinctive first (words as people wrote them, not stems). */
  readonly keywords: string[];
  readonly size: number;
  readonly commentIds: string[];
  readonly stanceSplit: StanceSplit;
  /** Set when this proposal is one stance side of a polarised group: the side, and the key shared by its siblings. */
  readonly stanceSide?: { readonly stance: 'support' | 'oppose' | 'other'; readonly group: string };
  /** Comments closest to the centroid, most typical first. */
  readonly representativeCommentIds: string[];
  /** Mean cosine similarity between two comments of the group (TF-IDF space). */
  readonly cohesion: number;
}

export interface DiscoveryResult {
  readonly proposals: ThemeProposal[];
  /** Comments in no proposal: outliers, dissolved catch-all groups. */
  readonly unassignedCommentIds: string[];
  /** Catch-all groups that were not proposed (their comments are in `unassignedCommentIds`). */
  readonly rejectedCatchAllGroups: number;
  readonly cap: number;
  readonly seed: number;
}

/** At most about 6·log5(n) proposals for n comments (issue 5); at least one when there are comments. */
export function proposalCap(commentCount: number): number {
  if (commentCount < 2) return commentCount;
  return Math.max(1, Math.floor((6 * Math.log(commentCount)) / Math.log(5)));
}

interface Group {
  members: number[];
  centroid: Float64Array;
}

export function discoverThemes(comments: readonly ThemeComment[], options: Partial<DiscoveryOptions> = {}): DiscoveryResult {
  const settings: DiscoveryOptions = { ...DEFAULT_DISCOVERY_OPTIONS, ...options };
  const progress = settings.onProgress ?? (() => undefined);
  const n = comments.length;
  const cap = Math.min(settings.maxProposals ?? proposalCap(n), proposalCap(n));
  const minGroupSize = settings.minGroupSize ?? Math.max(3, Math.round(n * 0.002));
  const random = new SeededRandom(settings.seed);
  if (n === 0 || cap === 0) {
    progress(1, 'done');
    return { proposals: [], unassignedCommentIds: comments.map((c) => c.id), rejectedCatchAllGroups: 0, cap, seed: settings.seed };
  }

  const rowOf = new Map(comments.map((comment, i) => [comment.id, i]));
  progress(0, 'features');
  const { vectorizer, matrix } = TfidfVectorizer.fit(
    comments.map((comment) => comment.text),
    settings.vectorizer,
    (fraction) => progress(0.3 * fraction, 'features'),
  );

  progress(0.3, 'projection');
  const projection = LatentProjection.fit(matrix, settings.projection, random);
  const points: DenseRows = {
    data: projection.project(matrix, (fraction) => progress(0.3 + 0.15 * fraction, 'projection')),
    dimensions: projection.dimensions,
    rows: n,
  };

  // Comments with no known word (too short, or only words no other comment uses) cannot join any group.
  const unassigned: number[] = [];
  const featured: number[] = [];
  for (let r = 0; r < n; r++) (matrix.rowNnz(r) > 0 ? featured : unassigned).push(r);

  progress(0.45, 'clustering');
  const initialCount = Math.max(1, Math.min(Math.ceil(settings.overClustering * cap), Math.floor(featured.length / minGroupSize)));
  const centroids = sphericalKMeans(
    points,
    { clusters: initialCount, maxIterations: 20, sampleSize: settings.kMeansSampleSize, eligibleRows: featured },
    random,
  );
  progress(0.7, 'clustering');
  const { assignment } = assignToNearest(points, centroids);
  for (const row of unassigned) assignment[row] = -1;
  progress(0.8, 'merging');

  let groups = groupsOf(assignment, centroids.length / points.dimensions, points);
  groups = mergeDuplicates(groups, settings.duplicateRatio);
  while (groups.length > cap) {
    const [i, j] = closestByWard(groups);
    mergeInto(groups, i, j);
    groups = groups.filter((_, index) => index !== j);
  }
  groups = dissolveSmallGroups(groups, minGroupSize, points);
  progress(0.9, 'describing');

  // Catch-alls out, their comments into the proposals they fit in.
  const describer = new GroupDescriber(matrix, vectorizer, featured);
  let rejectedCatchAllGroups = 0;
  const cohesions = groups.map((group) => describer.cohesion(group.members)).sort((a, b) => a - b);
  const typicalCohesion = cohesions.length > 0 ? cohesions[Math.floor((cohesions.length - 1) / 2)] : 0;
  const isCatchAll = (group: Group): boolean =>
    describer.distinctiveness(group.members) < settings.minDistinctiveness ||
    describer.cohesion(group.members) < settings.minRelativeCohesion * typicalCohesion;
  let kept: Group[] = [];
  for (const group of groups) {
    if (isCatchAll(group)) {
      rejectedCatchAllGroups++;
      unassigned.push(...group.members);
    } else kept.push(group);
  }
  if (settings.admissionQuantile !== null && kept.length > 0) {
    const featuredUnassigned = unassigned.filter((row) => matrix.rowNnz(row) > 0);
    const admitted = new Set(admitToNearest(kept, featuredUnassigned, points, settings.admissionQuantile));
    const remaining = unassigned.filter((row) => !admitted.has(row));
    unassigned.length = 0;
    unassigned.push(...remaining);
  }

  // A polarised group becomes two or three proposals: merge further (Ward) while the sides exceed the cap; a merge
  // that makes a catch-all is not proposed (its comments stay unassigned).
  const sidesOf = (group: Group) => splitByStance(group.members, comments, settings.polarisedShare, minGroupSize);
  let sides = kept.map(sidesOf);
  while (sides.reduce((sum, groupSides) => sum + groupSides.length, 0) > cap && kept.length > 1) {
    const [i, j] = closestByWard(kept);
    const merged = mergeInto(kept, i, j);
    kept = kept.filter((_, index) => index !== j);
    if (isCatchAll(merged)) {
      rejectedCatchAllGroups++;
      unassigned.push(...merged.members);
      kept = kept.filter((group) => group !== merged);
    }
    sides = kept.map(sidesOf);
  }

  const drafts: Omit<ThemeProposal, 'key'>[] = [];
  kept.forEach((group, index) => {
    const groupSides = sides[index];
    if (groupSides.length === 1) {
      drafts.push(describeGroup(group.members, comments, describer, points, settings));
      return;
    }
    for (const side of groupSides) {
      drafts.push({
        ...describeGroup(side.members, comments, describer, points, settings),
        stanceSide: { stance: side.stance, group: `g${index + 1}` },
      });
    }
  });
  // With a cap below three, a single polarised group can still have too many sides: the smallest are not proposed.
  drafts.sort((a, b) => b.size - a.size || compareStrings(a.commentIds[0] ?? '', b.commentIds[0] ?? ''));
  for (const dropped of drafts.splice(cap)) unassigned.push(...dropped.commentIds.map((id) => rowOf.get(id) ?? -1));

  const proposals = drafts.map((draft, i): ThemeProposal => ({ ...draft, key: `p${i + 1}` }));
  progress(1, 'done');
  return {
    proposals,
    unassignedCommentIds: unassigned.sort((a, b) => a - b).map((i) => comments[i].id),
    rejectedCatchAllGroups,
    cap,
    seed: settings.seed,
  };
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function groupsOf(assignment: Int32Array, count: number, points: DenseRows): Group[] {
  const dim = points.dimensions;
  const groups: Group[] = Array.from({ length: count }, () => ({ members: [], centroid: new Float64Array(dim) }));
  for (let r = 0; r < assignment.length; r++) {
    if (assignment[r] < 0) continue;
    const group = groups[assignment[r]];
    group.members.push(r);
    for (let d = 0; d < dim; d++) group.centroid[d] += points.data[r * dim + d];
  }
  return groups.filter((group) => group.members.length > 0);
}

/** Merges the most alike pair while they are one theme (`similarityRatio` at least `duplicateRatio`). */
function mergeDuplicates(groups: Group[], duplicateRatio: number): Group[] {
  let live = [...groups];
  for (;;) {
    const [i, j, ratio] = closestPair(live, similarityRatio);
    if (i < 0 || ratio < duplicateRatio) break;
    mergeInto(live, i, j);
    live = live.filter((_, index) => index !== j);
  }
  return live;
}

/** Mean cosine between two different members, from the sum S of m unit vectors: (|S|² − m) / (m(m − 1)). */
function innerSimilarity(group: Group): number {
  const m = group.members.length;
  if (m < 2) return 1;
  let squared = 0;
  for (let d = 0; d < group.centroid.length; d++) squared += group.centroid[d] * group.centroid[d];
  return (squared - m) / (m * (m - 1));
}

/**
 * How alike two groups are compared with how alike each is inside: mean cosine between a member of one and a member
 * of the other, over the geometric mean of their inner similarities. About 1 for two halves of one theme, near 0
 * for different themes; unlike the cosine of the centroids it does not depend on the groups' sizes.
 */
function similarityRatio(a: Group, b: Group): number {
  let cross = 0;
  for (let d = 0; d < a.centroid.length; d++) cross += a.centroid[d] * b.centroid[d];
  cross /= a.members.length * b.members.length;
  const inner = Math.sqrt(Math.max(innerSimilarity(a), 1e-9) * Math.max(innerSimilarity(b), 1e-9));
  return cross / inner;
}

/** The pair (i < j) with the highest score, and the score; [-1, -1, −∞] for fewer than two groups. */
function closestPair(groups: readonly Group[], score: (a: Group, b: Group) => number): [number, number, number] {
  let best: [number, number, number] = [-1, -1, -Infinity];
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const value = score(groups[i], groups[j]);
      if (value > best[2]) best = [i, j, value];
    }
  }
  return best;
}

/**
 * The pair with the smallest Ward cost n_a·n_b/(n_a+n_b)·|m_a − m_b|²: unlike centroid similarity, the cost grows
 * with the groups' sizes, so one group does not snowball by absorbing its neighbours one after another.
 */
function closestByWard(groups: readonly Group[]): [number, number] {
  const [i, j] = closestPair(groups, (a, b) => -wardCost(a, b));
  return [i, j];
}

/** Adds group j to group i (the caller removes j) and returns group i. */
function mergeInto(groups: readonly Group[], i: number, j: number): Group {
  const a = groups[i];
  const b = groups[j];
  for (let d = 0; d < a.centroid.length; d++) a.centroid[d] += b.centroid[d];
  a.members = a.members.concat(b.members).sort((x, y) => x - y);
  return a;
}

function wardCost(a: Group, b: Group): number {
  const na = a.members.length;
  const nb = b.members.length;
  let squared = 0;
  for (let d = 0; d < a.centroid.length; d++) {
    const difference = a.centroid[d] / na - b.centroid[d] / nb;
    squared += difference * difference;
  }
  return ((na * nb) / (na + nb)) * squared;
}

/**
 * Adds each candidate to its most similar group when it is at least as similar to the group's centroid as the
 * `quantile` least typical members are (so a comment joins only a group it would not stand out in).
 * Returns the admitted candidates.
 */
function admitToNearest(groups: readonly Group[], candidates: readonly number[], points: DenseRows, quantile: number): number[] {
  const dim = points.dimensions;
  const similarityTo = (row: number, centroid: Float64Array): number => {
    let sum = 0;
    for (let d = 0; d < dim; d++) sum += points.data[row * dim + d] * centroid[d];
    return sum;
  };
  const units = groups.map((group) => {
    const unit = Float64Array.from(group.centroid);
    const norm = Math.sqrt(unit.reduce((sum, value) => sum + value * value, 0)) || 1;
    for (let d = 0; d < dim; d++) unit[d] /= norm;
    const similarities = group.members.map((member) => similarityTo(member, unit)).sort((a, b) => a - b);
    return { unit, threshold: similarities[Math.floor(quantile * (similarities.length - 1))] };
  });
  const admitted: number[] = [];
  const additions = groups.map((): number[] => []);
  for (const row of candidates) {
    let best = -1;
    let bestSimilarity = -Infinity;
    units.forEach(({ unit }, g) => {
      const similarity = similarityTo(row, unit);
      if (similarity > bestSimilarity) {
        bestSimilarity = similarity;
        best = g;
      }
    });
    if (best >= 0 && bestSimilarity >= units[best].threshold) {
      additions[best].push(row);
      admitted.push(row);
    }
  }
  groups.forEach((group, g) => {
    for (const row of additions[g]) for (let d = 0; d < dim; d++) group.centroid[d] += points.data[row * dim + d];
    if (additions[g].length > 0) group.members = group.members.concat(additions[g]).sort((a, b) => a - b);
  });
  return admitted;
}

/** Moves the comments of groups below the minimum size to the most similar remaining group. */
function dissolveSmallGroups(groups: Group[], minGroupSize: number, points: DenseRows): Group[] {
  const large = groups.filter((group) => group.members.length >= minGroupSize);
  if (large.length === 0 || large.length === groups.length) return groups;
  const dim = points.dimensions;
  const unit = large.map((group) => {
    const centroid = Float32Array.from(group.centroid);
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += centroid[d] * centroid[d];
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) centroid[d] /= norm;
    return centroid;
  });
  for (const group of groups) {
    if (group.members.length >= minGroupSize) continue;
    for (const member of group.members) {
      let best = 0;
      let bestSimilarity = -Infinity;
      unit.forEach((centroid, g) => {
        let similarity = 0;
        for (let d = 0; d < dim; d++) similarity += points.data[member * dim + d] * centroid[d];
        if (similarity > bestSimilarity) {
          bestSimilarity = similarity;
          best = g;
        }
      });
      large[best].members.push(member);
      for (let d = 0; d < dim; d++) large[best].centroid[d] += points.data[member * dim + d];
    }
  }
  for (const group of large) group.members.sort((a, b) => a - b);
  return large;
}

interface StanceSideMembers {
  stance: 'support' | 'oppose' | 'other';
  members: number[];
}

/**
 * One side per stance when support and oppose are both substantial: the support comments, the oppose comments, and
 * the others (neutral, proposes_change, unspecified) when they are enough for a group of their own; otherwise they
 * join the larger side. A group that is not polarised stays whole (its split is still reported).
 */
export function splitByStance(
  members: readonly number[],
  comments: readonly ThemeComment[],
  polarisedShare: number,
  minGroupSize: number,
): StanceSideMembers[] {
  const support: number[] = [];
  const oppose: number[] = [];
  const other: number[] = [];
  for (const member of members) {
    const stance = comments[member].stance;
    if (stance === Stance.Support) support.push(member);
    else if (stance === Stance.Oppose) oppose.push(member);
    else other.push(member);
  }
  const smaller = Math.min(support.length, oppose.length);
  const polarised = smaller >= Math.max(2, minGroupSize) && smaller >= polarisedShare * (support.length + oppose.length);
  if (!polarised) return [{ stance: 'other', members: [...members] }];
  const sides: StanceSideMembers[] = [
    { stance: 'support', members: support },
    { stance: 'oppose', members: oppose },
  ];
  if (other.length >= minGroupSize) sides.push({ stance: 'other', members: other });
  else {
    const larger = support.length >= oppose.length ? sides[0] : sides[1];
    larger.members = larger.members.concat(other).sort((a, b) => a - b);
  }
  return sides;
}

function stanceSplitOf(members: readonly number[], comments: readonly ThemeComment[]): StanceSplit {
  const split: StanceSplit = { support: 0, oppose: 0, neutral: 0, proposes_change: 0, unspecified: 0 };
  for (const member of members) {
    const stance: StanceOrUnspecified = comments[member].stance ?? 'unspecified';
    split[stance]++;
  }
  return split;
}

function describeGroup(
  members: readonly number[],
  comments: readonly ThemeComment[],
  describer: GroupDescriber,
  points: DenseRows,
  settings: DiscoveryOptions,
): Omit<ThemeProposal, 'key'> {
  return {
    keywords: describer.keywords(members, settings.keywords),
    size: members.length,
    commentIds: members.map((member) => comments[member].id),
    stanceSplit: stanceSplitOf(members, comments),
    representativeCommentIds: representatives(members, points, settings.representatives).map((member) => comments[member].id),
    cohesion: describer.cohesion(members),
  };
}

/** The members closest to the group's centroid in the projection (ties by position, so the result is stable). */
function representatives(members: readonly number[], points: DenseRows, count: number): number[] {
  const dim = points.dimensions;
  const centroid = new Float64Array(dim);
  for (const member of members) for (let d = 0; d < dim; d++) centroid[d] += points.data[member * dim + d];
  const scored = members.map((member) => {
    let similarity = 0;
    for (let d = 0; d < dim; d++) similarity += points.data[member * dim + d] * centroid[d];
    return { member, similarity };
  });
  scored.sort((a, b) => b.similarity - a.similarity || a.member - b.member);
  return scored.slice(0, count).map((entry) => entry.member);
}

/** Keywords and cohesion of groups, from the TF-IDF rows. */
class GroupDescriber {
  private readonly corpusMean: Float64Array;
  private readonly corpusSize: number;

  constructor(
    private readonly matrix: SparseMatrix,
    private readonly vectorizer: TfidfVectorizer,
    /** The rows with features (unit vectors); the corpus figures are theirs. */
    featured: readonly number[],
  ) {
    this.corpusMean = this.mean(featured);
    this.corpusSize = featured.length;
  }

  private mean(members: readonly number[]): Float64Array {
    const mean = new Float64Array(this.matrix.cols);
    for (const member of members) this.matrix.addRowTo(member, mean, 1 / members.length);
    return mean;
  }

  /** For unit vectors, |mean|² = 1/m + (1 − 1/m)·ρ where ρ is the mean similarity of distinct pairs. */
  private cohesionOfMean(mean: Float64Array, size: number): number {
    if (size < 2) return 1;
    let squared = 0;
    for (let c = 0; c < mean.length; c++) squared += mean[c] * mean[c];
    return Math.max(0, (size * squared - 1) / (size - 1));
  }

  cohesion(members: readonly number[]): number {
    return this.cohesionOfMean(this.mean(members), members.length);
  }

  /**
   * Mean similarity between two members over mean similarity between a member and a comment outside the group
   * (with S = the sum of vectors, outside = N·μ − S_group). A theme's comments are much more alike among
   * themselves than with the rest; a catch-all's are not. Infinite when nothing is outside the group or nothing
   * outside is similar at all.
   */
  distinctiveness(members: readonly number[]): number {
    const m = members.length;
    const outside = this.corpusSize - m;
    const mean = this.mean(members);
    const inner = this.cohesionOfMean(mean, m);
    if (outside <= 0) return Infinity;
    let cross = 0;
    for (let c = 0; c < mean.length; c++) cross += mean[c] * (this.corpusSize * this.corpusMean[c] - m * mean[c]);
    cross /= outside;
    return cross <= 1e-12 ? Infinity : inner / cross;
  }

  /** Stems whose mean weight in the group most exceeds their mean weight in the corpus, as written most often. */
  keywords(members: readonly number[], count: number): string[] {
    const mean = this.mean(members);
    const candidates: { column: number; score: number }[] = [];
    for (let c = 0; c < mean.length; c++) {
      if (this.vectorizer.isGram[c] || mean[c] <= this.corpusMean[c]) continue;
      candidates.push({ column: c, score: mean[c] - this.corpusMean[c] });
    }
    candidates.sort((a, b) => b.score - a.score || a.column - b.column);
    const keywords: string[] = [];
    for (const { column } of candidates) {
      const surface = this.vectorizer.surfaces[column];
      if (surface && !keywords.includes(surface)) keywords.push(surface);
      if (keywords.length >= count) break;
    }
    return keywords;
  }
}
