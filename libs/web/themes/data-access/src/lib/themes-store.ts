import { Injectable, computed, inject, signal } from '@angular/core';
import { CreateThemeRequest, ThemeDto, UpdateThemeRequest } from '@consulta/shared/contracts';
import { ThemesApi } from './themes-api';

/** Themes sorted for lists and menus: by name in the reader's alphabet, so a theme keeps its place while counts change. */
export function sortThemes(themes: readonly ThemeDto[], locale: string): ThemeDto[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return [...themes].sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
}

/**
 * The consultation's themes on the staff themes page: the list every panel reads (names, colours, counts) and the
 * writes on themes themselves. Other stores report theme changes here (counts after assignments, accepted proposals).
 * Provide it in the page, then call open(slug).
 */
@Injectable()
export class ThemesStore {
  private readonly api = inject(ThemesApi);
  private readonly themeList = signal<ThemeDto[]>([]);
  private readonly currentSlug = signal('');
  private readonly loadingState = signal(false);
  private readonly failure = signal<unknown>(null);
  private generation = 0;

  readonly slug = this.currentSlug.asReadonly();
  readonly themes = this.themeList.asReadonly();
  readonly loading = this.loadingState.asReadonly();
  readonly loaded = signal(false);
  readonly error = this.failure.asReadonly();
  readonly byId = computed(() => new Map(this.themeList().map((theme) => [theme.id, theme])));
  readonly usedColours = computed(() => this.themeList().map((theme) => theme.colour));

  open(slug: string): Promise<void> {
    if (slug !== this.currentSlug()) {
      this.currentSlug.set(slug);
      this.themeList.set([]);
      this.loaded.set(false);
    }
    return this.reload();
  }

  async reload(): Promise<void> {
    const slug = this.currentSlug();
    if (!slug) return;
    const generation = ++this.generation;
    this.loadingState.set(true);
    this.failure.set(null);
    try {
      const themes = await this.api.list(slug);
      if (generation !== this.generation) return;
      this.themeList.set(themes);
      this.loaded.set(true);
    } catch (error) {
      if (generation === this.generation) this.failure.set(error);
    } finally {
      if (generation === this.generation) this.loadingState.set(false);
    }
  }

  find(id: string): ThemeDto | undefined {
    return this.byId().get(id);
  }

  async create(request: CreateThemeRequest): Promise<ThemeDto> {
    const theme = await this.api.create(this.currentSlug(), request);
    this.put(theme);
    return theme;
  }

  async update(id: string, request: UpdateThemeRequest): Promise<ThemeDto> {
    const theme = await this.api.update(this.currentSlug(), id, request);
    this.put(theme);
    return theme;
  }

  async remove(id: string): Promise<void> {
    await this.api.remove(this.currentSlug(), id);
    this.themeList.update((list) => list.filter((theme) => theme.id !== id));
  }

  /** Moves every assignment of `id` into `intoId` and deletes `id`; reads the list again for the new counts. */
  async merge(id: string, intoId: string): Promise<void> {
    await this.api.merge(this.currentSlug(), id, intoId);
    this.themeList.update((list) => list.filter((theme) => theme.id !== id));
    await this.reload();
  }

  /** Puts a theme the server answered with in the list (new, or in place of the old one). */
  put(theme: ThemeDto): void {
    this.themeList.update((list) =>
      list.some((entry) => entry.id === theme.id) ? list.map((entry) => (entry.id === theme.id ? theme : entry)) : [...list, theme],
    );
  }
}
