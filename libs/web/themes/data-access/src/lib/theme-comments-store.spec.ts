import { TestBed } from '@angular/core/testing';
import {
  Stance,
  ThemeAssignmentRequest,
  ThemeAssignmentSource,
  ThemeCommentDto,
  ThemeCommentQuery,
  ThemeDto,
  ThemeOrigin,
} from '@consulta/shared/contracts';
import { ThemeCommentsStore, toThemeCommentQuery, withTheme } from './theme-comments-store';
import { ThemesApi } from './themes-api';
import { ThemesStore } from './themes-store';

function aTheme(id: string, overrides: Partial<ThemeDto> = {}): ThemeDto {
  return {
    id,
    name: `Temat ${id}`,
    description: '',
    colour: '#1f5fa8',
    origin: ThemeOrigin.Staff,
    response: null,
    commentCount: 0,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

function aComment(id: string, themes: ThemeDto[] = []): ThemeCommentDto {
  return {
    id,
    text: `Uwaga ${id}`,
    stance: Stance.Support,
    sectionKey: 'cel',
    sectionTitle: 'Cel',
    areaKey: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    themes: themes.map((theme) => ({ id: theme.id, name: theme.name, colour: theme.colour, source: ThemeAssignmentSource.Staff })),
  };
}

describe('toThemeCommentQuery', () => {
  it('sends only what is set, trimmed, with the page size', () => {
    expect(toThemeCommentQuery({ theme: '', search: '  ' })).toEqual({ limit: 25 });
    expect(toThemeCommentQuery({ theme: 'none', search: ' tramwaj ' }, 'c1')).toEqual({
      theme: 'none',
      search: 'tramwaj',
      cursor: 'c1',
      limit: 25,
    });
  });
});

describe('withTheme', () => {
  const green = aTheme('t1', { name: 'Zieleń' });
  const transport = aTheme('t2', { name: 'Transport' });

  it('adds a chip once, after the existing ones', () => {
    const comment = aComment('c1', [transport]);
    const added = withTheme(comment, green, true);
    expect(added.themes.map((chip) => chip.id)).toEqual(['t2', 't1']);
    expect(withTheme(added, green, true)).toBe(added);
  });

  it('removes a chip and leaves a comment without it unchanged', () => {
    const comment = aComment('c1', [transport, green]);
    expect(withTheme(comment, green, false).themes.map((chip) => chip.id)).toEqual(['t2']);
    const bare = aComment('c2');
    expect(withTheme(bare, green, false)).toBe(bare);
  });
});

describe('ThemeCommentsStore', () => {
  const theme = aTheme('t1', { commentCount: 1 });
  let pages: { items: ThemeCommentDto[]; nextCursor: string | null; total: number }[];
  let queries: ThemeCommentQuery[];
  let assigned: ThemeAssignmentRequest[];
  let failAssign: boolean;

  const api = {
    list: async () => [theme],
    comments: async (_slug: string, query: ThemeCommentQuery) => {
      queries.push(query);
      return pages.shift() ?? { items: [], nextCursor: null, total: 0 };
    },
    assign: async (_slug: string, request: ThemeAssignmentRequest) => {
      if (failAssign) throw new Error('refused');
      assigned.push(request);
      return {
        themeId: request.themeId,
        changed: request.commentIds.length,
        theme: { ...theme, commentCount: 1 + request.commentIds.length },
      };
    },
    unassign: async (_slug: string, request: ThemeAssignmentRequest) => ({
      themeId: request.themeId,
      changed: request.commentIds.length,
      theme: { ...theme, commentCount: 0 },
    }),
  };

  async function setUp(): Promise<{ store: ThemeCommentsStore; themes: ThemesStore }> {
    pages = [];
    queries = [];
    assigned = [];
    failAssign = false;
    TestBed.configureTestingModule({ providers: [ThemesStore, ThemeCommentsStore, { provide: ThemesApi, useValue: api }] });
    const themes = TestBed.inject(ThemesStore);
    await themes.open('plan');
    return { store: TestBed.inject(ThemeCommentsStore), themes };
  }

  it('appends the next page by cursor without repeating comments and clears the selection on a new search', async () => {
    const { store } = await setUp();
    pages.push({ items: [aComment('c1'), aComment('c2')], nextCursor: 'k1', total: 3 });
    pages.push({ items: [aComment('c2'), aComment('c3')], nextCursor: null, total: 3 });
    await store.search({ theme: 'none', search: '' });
    store.selection.toggle('c1');
    await store.loadMore();
    expect(store.items().map((item) => item.id)).toEqual(['c1', 'c2', 'c3']);
    expect(store.hasMore()).toBe(false);
    expect(queries[1]).toEqual({ theme: 'none', cursor: 'k1', limit: 25 });
    expect(store.selection.count()).toBe(1);
    await store.search({ theme: '', search: '' });
    expect(store.selection.count()).toBe(0);
  });

  it('assigns the selected listed comments, shows the chips and the theme’s new count', async () => {
    const { store, themes } = await setUp();
    pages.push({ items: [aComment('c1'), aComment('c2'), aComment('c3')], nextCursor: null, total: 3 });
    await store.reload();
    store.selection.setAll(['c1', 'c3', 'gone'], true);
    const outcome = await store.setThemeOnSelection('t1', true);
    expect(outcome.changed).toBe(2);
    expect(assigned).toEqual([{ themeId: 't1', commentIds: ['c1', 'c3'] }]);
    expect(store.items().map((item) => item.themes.length)).toEqual([1, 0, 1]);
    expect(themes.find('t1')?.commentCount).toBe(3);
  });

  it('leaves the chips as they were when the server refuses', async () => {
    const { store } = await setUp();
    pages.push({ items: [aComment('c1')], nextCursor: null, total: 1 });
    await store.reload();
    failAssign = true;
    await expect(store.setTheme('t1', ['c1'], true)).rejects.toThrow('refused');
    expect(store.items()[0].themes).toEqual([]);
    expect(store.isBusy('c1')).toBe(false);
  });
});
