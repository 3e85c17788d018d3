import { TestBed } from '@angular/core/testing';
import { DiscoveryRunDto, ProposalState, Stance, ThemeDto, ThemeOrigin, ThemeProposalDto } from '@consulta/shared/contracts';
import { DiscoveryStore } from './discovery-store';
import { ThemesApi } from './themes-api';
import { ThemesStore } from './themes-store';

function aProposal(id: string, size = 4): ThemeProposalDto {
  return {
    id,
    runId: 'run',
    name: `propozycja ${id}`,
    keywords: ['tramwaj'],
    size,
    stance: { [Stance.Support]: size, [Stance.Oppose]: 0, [Stance.Neutral]: 0, [Stance.ProposesChange]: 0 },
    representatives: [],
    state: ProposalState.Open,
    themeId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
  };
}

const theme: ThemeDto = {
  id: 'new-theme',
  name: 'Tramwaje',
  description: '',
  colour: '#1e7a46',
  origin: ThemeOrigin.Discovery,
  response: null,
  commentCount: 4,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('DiscoveryStore', () => {
  let run: DiscoveryRunDto | null;
  const calls: string[] = [];
  const api = {
    list: async () => [],
    latestDiscovery: async () => run,
    acceptProposal: async (_slug: string, id: string) => {
      calls.push(`accept ${id}`);
      return theme;
    },
    discardProposal: async (_slug: string, id: string) => calls.push(`discard ${id}`),
    splitProposal: async (_slug: string, id: string) => {
      calls.push(`split ${id}`);
      return [aProposal(`${id}.1`, 2), aProposal(`${id}.2`, 2)];
    },
    mergeProposals: async (_slug: string, ids: string[]) => {
      calls.push(`merge ${ids.join(',')}`);
      return { ...aProposal(ids[0], 8) };
    },
  };

  async function setUp(): Promise<{ store: DiscoveryStore; themes: ThemesStore }> {
    calls.length = 0;
    run = {
      id: 'run',
      jobId: 'job',
      commentCount: 20,
      createdAt: '2026-01-01T00:00:00.000Z',
      finishedAt: '2026-01-01T00:00:05.000Z',
      proposals: [aProposal('a'), aProposal('b'), aProposal('c')],
    };
    TestBed.configureTestingModule({ providers: [ThemesStore, DiscoveryStore, { provide: ThemesApi, useValue: api }] });
    const themes = TestBed.inject(ThemesStore);
    await themes.open('plan');
    const store = TestBed.inject(DiscoveryStore);
    await store.reload();
    return { store, themes };
  }

  it('lists the open proposals of the latest finished run without following its job', async () => {
    const { store } = await setUp();
    expect(store.proposals().map((proposal) => proposal.id)).toEqual(['a', 'b', 'c']);
    expect(store.job()).toBeNull();
  });

  it('answers no run at all with an empty list', async () => {
    const { store } = await setUp();
    run = null;
    await store.reload();
    expect(store.run()).toBeNull();
    expect(store.proposals()).toEqual([]);
  });

  it('puts the parts of a split where the proposal was', async () => {
    const { store } = await setUp();
    await store.split('b');
    expect(store.proposals().map((proposal) => proposal.id)).toEqual(['a', 'b.1', 'b.2', 'c']);
    expect(store.run()?.proposals.find((proposal) => proposal.id === 'b')?.state).toBe(ProposalState.Split);
  });

  it('merges the selected proposals into the first one selected and clears the selection', async () => {
    const { store } = await setUp();
    store.selection.toggle('c');
    store.selection.toggle('a');
    const merged = await store.mergeSelected();
    expect(calls).toEqual(['merge c,a']);
    expect(merged?.size).toBe(8);
    expect(store.proposals().map((proposal) => [proposal.id, proposal.size])).toEqual([
      ['b', 4],
      ['c', 8],
    ]);
    expect(store.selection.count()).toBe(0);
  });

  it('does not merge fewer than two proposals', async () => {
    const { store } = await setUp();
    store.selection.toggle('a');
    expect(await store.mergeSelected()).toBeNull();
    expect(calls).toEqual([]);
  });

  it('accepting adds the new theme to the page’s themes and drops the proposal and its selection', async () => {
    const { store, themes } = await setUp();
    store.selection.toggle('a');
    await store.accept('a', { name: 'Tramwaje' });
    expect(themes.find('new-theme')?.name).toBe('Tramwaje');
    expect(store.proposals().map((proposal) => proposal.id)).toEqual(['b', 'c']);
    expect(store.selection.count()).toBe(0);
    await store.discard('b');
    expect(store.proposals().map((proposal) => proposal.id)).toEqual(['c']);
    expect(calls).toEqual(['accept a', 'discard b']);
  });
});
