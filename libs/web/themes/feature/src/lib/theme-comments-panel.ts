import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { AssignedThemeDto, ThemeCommentDto } from '@consulta/shared/contracts';
import { CityDatePipe, I18nService, TranslatePipe } from '@consulta/web/core';
import { STANCE_LABEL } from '@consulta/web/participation/feature';
import { ThemeCommentsStore, ThemesStore, sortThemes } from '@consulta/web/themes/data-access';
import { AlertMessage } from '@consulta/web/ui';
import { ThemeSwatch } from './theme-swatch';
import { ThemesAnnouncer } from './themes-announcer';

/** Comments to theme: filter, chips, a theme menu per comment, bulk assignment of the selected comments. */
@Component({
  selector: 'cs-theme-comments-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, CityDatePipe, AlertMessage, ThemeSwatch],
  templateUrl: './theme-comments-panel.html',
  styleUrl: './themes-panels.css',
})
export class ThemeCommentsPanel {
  protected readonly store = inject(ThemeCommentsStore);
  protected readonly themesStore = inject(ThemesStore);
  private readonly announcer = inject(ThemesAnnouncer);
  private readonly i18n = inject(I18nService);
  private readonly formBuilder = inject(NonNullableFormBuilder);

  protected readonly stanceLabel = STANCE_LABEL;
  protected readonly themes = computed(() => sortThemes(this.themesStore.themes(), this.i18n.language()));
  protected readonly filterForm = this.formBuilder.group({ ...this.store.filters() });
  protected readonly bulkTheme = this.formBuilder.control('');
  protected readonly listedIds = computed(() => this.store.items().map((item) => item.id));
  protected readonly allSelected = computed(() => this.store.selection.hasAll(this.listedIds()));
  protected readonly failureMessage = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.describeError(error) : null;
  });

  constructor() {
    if (!this.store.loaded()) void this.store.reload();
  }

  protected showComments(): Promise<void> {
    return this.store.search(this.filterForm.getRawValue());
  }

  protected resetFilters(): Promise<void> {
    this.filterForm.reset({ theme: '', search: '' });
    return this.store.search(this.filterForm.getRawValue());
  }

  protected hasTheme(comment: ThemeCommentDto, themeId: string): boolean {
    return comment.themes.some((theme) => theme.id === themeId);
  }

  protected toggleAll(event: Event): void {
    this.store.selection.setAll(this.listedIds(), (event.target as HTMLInputElement).checked);
  }

  protected toggleSelected(comment: ThemeCommentDto, event: Event): void {
    this.store.selection.toggle(comment.id, (event.target as HTMLInputElement).checked);
  }

  protected async toggleTheme(comment: ThemeCommentDto, themeId: string, event: Event): Promise<void> {
    const input = event.target as HTMLInputElement;
    const assigned = input.checked;
    const name = this.themesStore.find(themeId)?.name ?? '';
    try {
      await this.store.setTheme(themeId, [comment.id], assigned);
      this.announcer.announce(this.i18n.t(assigned ? 'themes.comments.assigned' : 'themes.comments.unassigned', { name }));
    } catch (error) {
      input.checked = !assigned;
      this.announceFailure(error);
    }
  }

  protected async removeChip(comment: ThemeCommentDto, chip: AssignedThemeDto, event: Event): Promise<void> {
    const article = (event.target as HTMLElement).closest('article');
    try {
      await this.store.setTheme(chip.id, [comment.id], false);
      this.announcer.announce(this.i18n.t('themes.comments.unassigned', { name: chip.name }));
      // The chip's button is gone: keep focus on the comment's theme menu.
      article?.querySelector<HTMLElement>('summary')?.focus();
    } catch (error) {
      this.announceFailure(error);
    }
  }

  protected async bulk(assigned: boolean): Promise<void> {
    const themeId = this.bulkTheme.value;
    if (!themeId) {
      this.announcer.announce(this.i18n.t('themes.comments.bulkNeedsTheme'));
      return;
    }
    const name = this.themesStore.find(themeId)?.name ?? '';
    try {
      const { changed } = await this.store.setThemeOnSelection(themeId, assigned);
      this.store.selection.clear();
      this.announcer.announce(
        this.i18n.t(assigned ? 'themes.comments.bulkAssigned' : 'themes.comments.bulkRemoved', { count: changed, name }),
      );
    } catch (error) {
      this.announceFailure(error);
    }
  }

  private announceFailure(error: unknown): void {
    this.announcer.announce(this.i18n.t('themes.failed', { error: this.i18n.describeError(error) }));
  }
}
