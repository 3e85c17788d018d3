import { Injectable, computed, inject, signal } from '@angular/core';
import { AcceptProposalRequest, DiscoveryRunDto, ProposalState, ThemeDto, ThemeProposalDto } from '@consulta/shared/contracts';
import { IdSelection } from './id-selection';
import { JobFollower } from './job-follower';
import { ThemesApi } from './themes-api';
import { ThemesStore } from './themes-store';

/**
 * Discovery of new themes among the comments no theme covers: the job, the latest run's proposals and what staff
 * do with them (rename, accept, discard, split, merge). The proposals shown are the open ones; accepted, discarded,
 * merged and split ones leave the list.
 */
@Injectable()
export class DiscoveryStore {
  private readonly api = inject(ThemesApi);
  private readonly themes = inject(ThemesStore);

  private readonly latest = signal<DiscoveryRunDto | null>(null);
  private readonly loadingState = signal(false);
  private readonly failure = signal<unknown>(null);
  private readonly busyIds = signal<ReadonlySet<string>>(new Set());
  private readonly lastRun = signal<'succeeded' | 'failed' | null>(null);

  readonly run = this.latest.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly loaded = signal(false);
  readonly error = this.failure.asReadonly();
  readonly runOutcome = this.lastRun.asReadonly();
  readonly proposals = computed(() => (this.latest()?.proposals ?? []).filter((proposal) => proposal.state === ProposalState.Open));
  readonly selection = new IdSelection();
  readonly jobs = new JobFollower((succeeded) => {
    this.lastRun.set(succeeded ? 'succeeded' : 'failed');
    void this.reload();
  });
  readonly job = this.jobs.job;

  /** Reads the latest run; follows its job when it is still being computed (e.g. after a page reload). */
  async reload(): Promise<void> {
    const slug = this.themes.slug();
    if (!slug) return;
    this.loadingState.set(true);
    this.failure.set(null);
    try {
      const run = await this.api.latestDiscovery(slug);
      this.latest.set(run);
      this.selection.retain(this.proposals().map((proposal) => proposal.id));
      this.loaded.set(true);
      if (run && run.finishedAt === null) this.jobs.follow(run.jobId);
    } catch (error) {
      this.failure.set(error);
    } finally {
      this.loadingState.set(false);
    }
  }

  async start(): Promise<void> {
    this.lastRun.set(null);
    const { jobId } = await this.api.runDiscovery(this.themes.slug());
    this.jobs.follow(jobId);
  }

  isBusy(id: string): boolean {
    return this.busyIds().has(id);
  }

  rename(id: string, name: string): Promise<void> {
    return this.busy([id], async () => {
      const proposal = await this.api.renameProposal(this.themes.slug(), id, name);
      this.replace([proposal]);
    });
  }

  /** Creates the theme and its assignments; the proposal leaves the list. */
  accept(id: string, request: AcceptProposalRequest): Promise<ThemeDto> {
    return this.busy([id], async () => {
      const theme = await this.api.acceptProposal(this.themes.slug(), id, request);
      this.themes.put(theme);
      this.setState([id], ProposalState.Accepted);
      return theme;
    });
  }

  discard(id: string): Promise<void> {
    return this.busy([id], async () => {
      await this.api.discardProposal(this.themes.slug(), id);
      this.setState([id], ProposalState.Discarded);
    });
  }

  /** Splits a proposal in smaller ones, listed in its place. */
  split(id: string): Promise<ThemeProposalDto[]> {
    return this.busy([id], async () => {
      const parts = await this.api.splitProposal(this.themes.slug(), id);
      this.latest.update((run) => {
        if (!run) return run;
        const index = run.proposals.findIndex((proposal) => proposal.id === id);
        const rest = run.proposals.map((proposal) => (proposal.id === id ? { ...proposal, state: ProposalState.Split } : proposal));
        rest.splice(index + 1, 0, ...parts);
        return { ...run, proposals: rest };
      });
      return parts;
    });
  }

  /** Merges the selected proposals (two or more) into the first one selected. */
  mergeSelected(): Promise<ThemeProposalDto | null> {
    const ids = this.selection.list().filter((id) => this.proposals().some((proposal) => proposal.id === id));
    if (ids.length < 2) return Promise.resolve(null);
    return this.busy(ids, async () => {
      const merged = await this.api.mergeProposals(this.themes.slug(), ids);
      this.latest.update((run) => {
        if (!run) return run;
        const gone = new Set(ids.filter((id) => id !== merged.id));
        const proposals = run.proposals.map((proposal) =>
          proposal.id === merged.id ? merged : gone.has(proposal.id) ? { ...proposal, state: ProposalState.Merged } : proposal,
        );
        return { ...run, proposals: proposals.some((proposal) => proposal.id === merged.id) ? proposals : [merged, ...proposals] };
      });
      this.selection.clear();
      return merged;
    });
  }

  private replace(updated: ThemeProposalDto[]): void {
    const byId = new Map(updated.map((proposal) => [proposal.id, proposal]));
    this.latest.update((run) => (run ? { ...run, proposals: run.proposals.map((proposal) => byId.get(proposal.id) ?? proposal) } : run));
  }

  private setState(ids: string[], state: ProposalState): void {
    const touched = new Set(ids);
    this.latest.update((run) =>
      run ? { ...run, proposals: run.proposals.map((proposal) => (touched.has(proposal.id) ? { ...proposal, state } : proposal)) } : run,
    );
    this.selection.retain(this.proposals().map((proposal) => proposal.id));
  }

  private async busy<T>(ids: string[], work: () => Promise<T>): Promise<T> {
    this.busyIds.update((current) => new Set([...current, ...ids]));
    try {
      return await work();
    } finally {
      this.busyIds.update((current) => new Set([...current].filter((id) => !ids.includes(id))));
    }
  }
}
