import { DataSource } from 'typeorm';
import {
  AuditAction,
  DiscoveryRunDto,
  ErrorCode,
  ProposalState,
  QualitySampleDto,
  Role,
  Stance,
  SuggestionState,
  ThemeAssignmentSource,
  ThemeCommentPageDto,
  ThemeDto,
  ThemeJobStartedDto,
  ThemeOrigin,
  ThemeProposalDto,
  ThemeQualityDto,
  ThemeSuggestionDto,
  ThemeSuggestionPageDto,
} from '@consulta/shared/contracts';
import { INestApplication } from '@nestjs/common';
import { aConsultation, auditOf, aPerson, awaitJob, createThemesApp, Person, someComments } from '../../testing/themes-test-kit';

const TRAM = ['tramwaj', 'tramwaje', 'tramwajów', 'linia tramwajowa', 'przystanek tramwajowy'];
const TREES = ['drzewa', 'drzew', 'zieleń', 'park', 'parki'];
const AIR = ['smog', 'powietrze', 'piece węglowe', 'czyste powietrze', 'zanieczyszczenie'];
const TAILS = ['w Nowej Hucie', 'na Kazimierzu', 'w Podgórzu', 'przy Rondzie Mogilskim', 'na Krowodrzy', 'w Bronowicach'];

/** n comments about one topic, varied wording, deterministic. */
function topic(words: string[], templates: string[], n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const template = templates[i % templates.length];
    return template
      .replace('{a}', words[i % words.length])
      .replace('{b}', words[(i + 2) % words.length])
      .replace('{t}', TAILS[i % TAILS.length]);
  });
}

const TRAM_TEXTS = topic(
  TRAM,
  ['Potrzebny nowy {a} {t}, a {b} powinien jeździć częściej', 'Więcej kursów: {a} i {b} {t}', 'Proszę o {a} {t}, bo {b} jest przepełniony'],
  12,
);
const TREE_TEXTS = topic(
  TREES,
  ['Sadźmy {a} {t}, {b} daje cień latem', 'Chrońmy {a} i {b} {t} przed wycinką', 'Nowy {a} {t}, więcej {b} dla dzieci'],
  12,
);
const AIR_TEXTS = topic(
  AIR,
  ['Walka ze smogiem: {a} {t} to problem, {b} szkodzi', 'Zakaz palenia, {a} i {b} {t}', 'Zimą {a} {t} jest nie do zniesienia, {b}'],
  12,
);

describe('theme suggestions, discovery and the quality check over HTTP', () => {
  let app: INestApplication;
  let admin: Person;
  let moderator: Person;
  let resident: Person;

  beforeAll(async () => {
    app = await createThemesApp();
    admin = await aPerson(app, Role.Admin);
    moderator = await aPerson(app, Role.Moderator);
    resident = await aPerson(app, Role.Resident);
  });
  afterAll(() => app.close());

  it('suggests existing themes for uncovered comments; accepting assigns, rejecting is never suggested again', async () => {
    const consultation = await aConsultation(app, admin.client);
    const tram = await someComments(
      app,
      consultation,
      resident,
      TRAM_TEXTS.map((text) => ({ text })),
    );
    const trees = await someComments(
      app,
      consultation,
      resident,
      TREE_TEXTS.map((text) => ({ text })),
    );
    const transport = (
      await moderator.client
        .post(consultation.base, { name: 'Tramwaje', description: 'Komunikacja tramwajowa, linie i przystanki' })
        .expect(201)
    ).body as ThemeDto;
    const green = (await moderator.client.post(consultation.base, { name: 'Zieleń', description: 'Drzewa i parki' }).expect(201))
      .body as ThemeDto;
    await moderator.client.post(`${consultation.base}/assignments`, { themeId: transport.id, commentIds: tram.slice(0, 4) }).expect(200);
    await moderator.client.post(`${consultation.base}/assignments`, { themeId: green.id, commentIds: trees.slice(0, 4) }).expect(200);

    const started = (await moderator.client.post(`${consultation.base}/suggestions/run`).expect(202)).body as ThemeJobStartedDto;
    const again = (await moderator.client.post(`${consultation.base}/suggestions/run`).expect(202)).body as ThemeJobStartedDto;
    const job = await awaitJob(moderator.client, started.jobId);
    // The second request came while the first was queued or running (or the first had already finished: a new job).
    if (again.jobId !== started.jobId) await awaitJob(moderator.client, again.jobId);
    expect(job.result).toMatchObject({ comments: 16 });

    const page = (await moderator.client.get(`${consultation.base}/suggestions?limit=100`).expect(200)).body as ThemeSuggestionPageDto;
    expect(page.total).toBe(page.items.length);
    expect(page.items.length).toBeGreaterThanOrEqual(2);
    const confidences = page.items.map((item) => item.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
    // Only uncovered comments get suggestions, and the suggested theme is mostly the right one.
    const assigned = new Set([...tram.slice(0, 4), ...trees.slice(0, 4)]);
    expect(page.items.some((item) => assigned.has(item.commentId))).toBe(false);
    const right = page.items.filter((item) => (tram.includes(item.commentId) ? transport.id : green.id) === item.theme.id);
    expect(right.length / page.items.length).toBeGreaterThanOrEqual(0.8);

    const paged = (await moderator.client.get(`${consultation.base}/suggestions?limit=1`).expect(200)).body as ThemeSuggestionPageDto;
    const secondPage = (await moderator.client.get(`${consultation.base}/suggestions?limit=1&cursor=${paged.nextCursor}`).expect(200))
      .body as ThemeSuggestionPageDto;
    expect(secondPage.items[0].id).toBe(page.items[1].id);

    const [toAccept, toReject] = page.items;
    const accepted = (await moderator.client.post(`${consultation.base}/suggestions/${toAccept.id}/accept`).expect(200))
      .body as ThemeSuggestionDto;
    expect(accepted.state).toBe(SuggestionState.Accepted);
    expect((await moderator.client.post(`${consultation.base}/suggestions/${toAccept.id}/reject`).expect(409)).body.code).toBe(
      ErrorCode.ThemeSuggestionNotPending,
    );
    const themed = (await moderator.client.get(`${consultation.base}/comments?theme=${toAccept.theme.id}&limit=100`).expect(200))
      .body as ThemeCommentPageDto;
    const acceptedComment = themed.items.find((item) => item.id === toAccept.commentId);
    expect(acceptedComment?.themes.find((theme) => theme.id === toAccept.theme.id)?.source).toBe(ThemeAssignmentSource.Suggestion);
    {
      await moderator.client.post(`${consultation.base}/suggestions/${toReject.id}/reject`).expect(200);
      const rerun = (await moderator.client.post(`${consultation.base}/suggestions/run`).expect(202)).body as ThemeJobStartedDto;
      await awaitJob(moderator.client, rerun.jobId);
      const pending = (await moderator.client.get(`${consultation.base}/suggestions?limit=100`).expect(200)).body as ThemeSuggestionPageDto;
      expect(pending.items.some((item) => item.commentId === toReject.commentId && item.theme.id === toReject.theme.id)).toBe(false);
      expect(pending.items.some((item) => item.commentId === toAccept.commentId)).toBe(false);
      const rejected = (await moderator.client.get(`${consultation.base}/suggestions?state=rejected`).expect(200))
        .body as ThemeSuggestionPageDto;
      expect(rejected.items.map((item) => item.id)).toEqual([toReject.id]);
      expect((await auditOf(app, toReject.id)).map((row) => row.action)).toEqual([AuditAction.RejectSuggestion]);
    }
    expect((await auditOf(app, toAccept.id)).map((row) => row.action)).toEqual([AuditAction.AcceptSuggestion]);
    expect(
      (await moderator.client.post(`${consultation.base}/suggestions/00000000-0000-4000-8000-000000000000/accept`).expect(404)).body.code,
    ).toBe(ErrorCode.ThemeSuggestionNotFound);
  });

  it('discovers new themes among uncovered comments; staff rename, merge, split, discard and accept them, all audited', async () => {
    const consultation = await aConsultation(app, admin.client);
    expect((await moderator.client.get(`${consultation.base}/discovery/latest`).expect(404)).body.code).toBe(
      ErrorCode.ThemeDiscoveryNotFound,
    );
    const stances = [Stance.Support, Stance.Neutral, Stance.ProposesChange];
    await someComments(app, consultation, resident, [
      ...TRAM_TEXTS.map((text, i) => ({ text, stance: stances[i % 3] })),
      ...TREE_TEXTS.map((text, i) => ({ text, stance: stances[i % 3] })),
      ...AIR_TEXTS.map((text, i) => ({ text, stance: stances[i % 3] })),
    ]);
    const covered = (await moderator.client.post(consultation.base, { name: 'Już pokryte' }).expect(201)).body as ThemeDto;
    const [coveredComment] = await someComments(app, consultation, resident, [{ text: 'Tramwaj tramwaje przystanek tramwajowy' }]);
    await moderator.client.post(`${consultation.base}/assignments`, { themeId: covered.id, commentIds: [coveredComment] }).expect(200);

    const started = (await moderator.client.post(`${consultation.base}/discovery`).expect(202)).body as ThemeJobStartedDto;
    await awaitJob(moderator.client, started.jobId);
    const run = (await moderator.client.get(`${consultation.base}/discovery/latest`).expect(200)).body as DiscoveryRunDto;
    expect(run).toMatchObject({ jobId: started.jobId, commentCount: 36 });
    expect(run.finishedAt).not.toBeNull();
    expect(run.proposals.length).toBeGreaterThanOrEqual(3);
    for (const proposal of run.proposals) {
      expect(proposal.state).toBe(ProposalState.Open);
      expect(proposal.size).toBe(Object.values(proposal.stance).reduce((a, b) => a + b, 0));
      expect(proposal.representatives.length).toBeGreaterThan(0);
      expect(proposal.representatives.some((r) => r.commentId === coveredComment)).toBe(false);
    }

    // Reproducible: a second run over the same comments proposes the same groups.
    const rerun = (await moderator.client.post(`${consultation.base}/discovery`).expect(202)).body as ThemeJobStartedDto;
    await awaitJob(moderator.client, rerun.jobId);
    const second = (await moderator.client.get(`${consultation.base}/discovery/latest`).expect(200)).body as DiscoveryRunDto;
    expect(second.id).not.toBe(run.id);
    expect(second.proposals.map((p) => [p.name, p.size])).toEqual(run.proposals.map((p) => [p.name, p.size]));
    const [a, b, c] = second.proposals;

    const renamed = (await moderator.client.patch(`${consultation.base}/proposals/${a.id}`, { name: 'Komunikacja' }).expect(200))
      .body as ThemeProposalDto;
    expect(renamed.name).toBe('Komunikacja');
    expect((await moderator.client.patch(`${consultation.base}/proposals/${a.id}`, { name: 'x' }).expect(400)).body.code).toBe(
      ErrorCode.ValidationFailed,
    );

    const other = run.proposals[0];
    expect(
      (await moderator.client.post(`${consultation.base}/proposals/merge`, { proposalIds: [a.id, other.id] }).expect(400)).body.code,
    ).toBe(ErrorCode.ThemeProposalsNotMergeable);
    const merged = (await moderator.client.post(`${consultation.base}/proposals/merge`, { proposalIds: [b.id, c.id] }).expect(200))
      .body as ThemeProposalDto;
    expect(merged).toMatchObject({ id: b.id, name: b.name, size: b.size + c.size, state: ProposalState.Open });
    expect((await auditOf(app, b.id)).map((row) => row.action)).toEqual([AuditAction.MergeProposals]);
    expect((await moderator.client.post(`${consultation.base}/proposals/${c.id}/discard`).expect(409)).body.code).toBe(
      ErrorCode.ThemeProposalNotOpen,
    );
    const splitSource = merged;

    const halves = (await moderator.client.post(`${consultation.base}/proposals/${splitSource.id}/split`).expect(200))
      .body as ThemeProposalDto[];
    expect(halves).toHaveLength(2);
    expect(halves[0].size + halves[1].size).toBe(splitSource.size);
    expect(halves.every((half) => half.size > 0 && half.state === ProposalState.Open && half.runId === second.id)).toBe(true);
    expect((await auditOf(app, splitSource.id)).map((row) => row.action).pop()).toBe(AuditAction.SplitProposal);

    await moderator.client.post(`${consultation.base}/proposals/${halves[1].id}/discard`).expect(200);
    expect((await auditOf(app, halves[1].id)).map((row) => row.action)).toEqual([AuditAction.DiscardProposal]);

    const theme = (
      await moderator.client.post(`${consultation.base}/proposals/${a.id}/accept`, { description: 'Z odkrywania' }).expect(200)
    ).body as ThemeDto;
    expect(theme).toMatchObject({ name: 'Komunikacja', description: 'Z odkrywania', origin: ThemeOrigin.Discovery, commentCount: a.size });
    const themed = (await moderator.client.get(`${consultation.base}/comments?theme=${theme.id}&limit=100`).expect(200))
      .body as ThemeCommentPageDto;
    expect(themed.total).toBe(a.size);
    expect(themed.items.every((item) => item.themes.some((t) => t.id === theme.id && t.source === ThemeAssignmentSource.Discovery))).toBe(
      true,
    );
    expect((await auditOf(app, a.id)).map((row) => row.action)).toEqual([AuditAction.RenameProposal, AuditAction.AcceptProposal]);
    expect((await moderator.client.post(`${consultation.base}/proposals/${a.id}/accept`, {}).expect(409)).body.code).toBe(
      ErrorCode.ThemeProposalNotOpen,
    );

    const latest = (await moderator.client.get(`${consultation.base}/discovery/latest`).expect(200)).body as DiscoveryRunDto;
    const states = new Map(latest.proposals.map((p) => [p.id, p.state]));
    expect(states.get(a.id)).toBe(ProposalState.Accepted);
    expect(states.get(splitSource.id)).toBe(ProposalState.Split);
    expect(latest.proposals.find((p) => p.id === a.id)?.themeId).toBe(theme.id);
  });

  it('scores the suggestions against staff coding of a random sample, trained without the sampled comments', async () => {
    const consultation = await aConsultation(app, admin.client);
    const tram = await someComments(
      app,
      consultation,
      resident,
      TRAM_TEXTS.map((text) => ({ text })),
    );
    const trees = await someComments(
      app,
      consultation,
      resident,
      TREE_TEXTS.map((text) => ({ text })),
    );
    const transport = (
      await moderator.client.post(consultation.base, { name: 'Tramwaje', description: 'Tramwaj, linie tramwajowe' }).expect(201)
    ).body as ThemeDto;
    const green = (await moderator.client.post(consultation.base, { name: 'Zieleń', description: 'Drzewa, parki, zieleń' }).expect(201))
      .body as ThemeDto;
    await moderator.client.post(`${consultation.base}/assignments`, { themeId: transport.id, commentIds: tram }).expect(200);
    await moderator.client.post(`${consultation.base}/assignments`, { themeId: green.id, commentIds: trees }).expect(200);
    expect((await moderator.client.get(`${consultation.base}/quality/samples/latest`).expect(404)).body.code).toBe(
      ErrorCode.QualitySampleNotFound,
    );
    expect((await moderator.client.post(`${consultation.base}/quality/samples`, { size: 0 }).expect(400)).body.code).toBe(
      ErrorCode.ValidationFailed,
    );

    const sample = (await moderator.client.post(`${consultation.base}/quality/samples`, { size: 8 }).expect(201)).body as QualitySampleDto;
    expect(sample.items).toHaveLength(8);
    expect(new Set(sample.items.map((item) => item.commentId)).size).toBe(8);
    expect(sample.items.every((item) => item.codedThemeIds === null)).toBe(true);
    expect(((await moderator.client.get(`${consultation.base}/quality/samples/latest`).expect(200)).body as QualitySampleDto).id).toBe(
      sample.id,
    );

    const before = (await moderator.client.get(`${consultation.base}/quality/samples/${sample.id}/score`).expect(200))
      .body as ThemeQualityDto;
    expect(before).toMatchObject({ sampleId: sample.id, coded: 0, sampleSize: 8, macroF1: null, microF1: null });

    // Code every sampled comment by its topic, except one coded with no theme at all.
    const [first, ...rest] = sample.items;
    const truth = (commentId: string) => (tram.includes(commentId) ? transport.id : green.id);
    await moderator.client.put(`${consultation.base}/quality/samples/${sample.id}/items/${first.commentId}`, { themeIds: [] }).expect(200);
    for (const item of rest) {
      const coded = await moderator.client
        .put(`${consultation.base}/quality/samples/${sample.id}/items/${item.commentId}`, { themeIds: [truth(item.commentId)] })
        .expect(200);
      expect(coded.body).toMatchObject({ commentId: item.commentId, codedThemeIds: [truth(item.commentId)] });
    }
    const notInSample = [...tram, ...trees].find((id) => !sample.items.some((item) => item.commentId === id)) as string;
    expect(
      (await moderator.client.put(`${consultation.base}/quality/samples/${sample.id}/items/${notInSample}`, { themeIds: [] }).expect(404))
        .body.code,
    ).toBe(ErrorCode.QualitySampleItemNotFound);
    expect(
      (
        await moderator.client
          .put(`${consultation.base}/quality/samples/${sample.id}/items/${first.commentId}`, {
            themeIds: ['00000000-0000-4000-8000-000000000000'],
          })
          .expect(404)
      ).body.code,
    ).toBe(ErrorCode.ThemeNotFound);

    const score = (await moderator.client.get(`${consultation.base}/quality/samples/${sample.id}/score`).expect(200))
      .body as ThemeQualityDto;
    expect(score).toMatchObject({ coded: 8, sampleSize: 8 });
    const support = new Map(score.rows.map((row) => [row.theme.id, row.support]));
    expect((support.get(transport.id) ?? 0) + (support.get(green.id) ?? 0)).toBe(7);
    expect(support.get(transport.id)).toBe(rest.filter((item) => tram.includes(item.commentId)).length);
    // Clear-cut topics: the suggester, trained without the sample, recovers most of the coding.
    expect(score.microRecall).toBeGreaterThanOrEqual(0.7);
    expect(score.microPrecision).toBeGreaterThanOrEqual(0.7);
    // The sample's own assignments were left out of training: the sampled comments are still assigned in the database.
    const [{ count }] = await app
      .get(DataSource)
      .query<{ count: number }[]>(`SELECT count(*)::int AS "count" FROM "theme_assignments" WHERE "comment_id" = ANY($1::uuid[])`, [
        sample.items.map((item) => item.commentId),
      ]);
    expect(count).toBe(8);
  });
});
