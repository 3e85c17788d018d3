import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  THEME_DESCRIPTION_MAX_LENGTH,
  THEME_NAME_MAX_LENGTH,
  THEME_NAME_MIN_LENGTH,
  THEME_RESPONSE_MAX_LENGTH,
  ThemeDto,
} from '@consulta/shared/contracts';
import { I18nService, TranslatePipe, focusFirstInvalid, visibleError } from '@consulta/web/core';
import { ThemeCommentsStore, ThemesStore, nextFreeColour, sortThemes } from '@consulta/web/themes/data-access';
import { AlertMessage, FieldError } from '@consulta/web/ui';
import { ConfirmDialog } from './confirm-dialog';
import { THEME_COLOUR_LABEL, THEME_COLOUR_LIST } from './theme-labels';
import { ThemeSwatch } from './theme-swatch';
import { ThemesAnnouncer } from './themes-announcer';

/** The themes themselves: list with counts, create and edit (with the city's response), delete, merge. */
@Component({
  selector: 'cs-theme-list-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, TranslatePipe, AlertMessage, FieldError, ConfirmDialog, ThemeSwatch],
  templateUrl: './theme-list-panel.html',
  styleUrl: './themes-panels.css',
})
export class ThemeListPanel {
  protected readonly store = inject(ThemesStore);
  private readonly comments = inject(ThemeCommentsStore);
  private readonly announcer = inject(ThemesAnnouncer);
  private readonly i18n = inject(I18nService);
  private readonly dialog = viewChild.required(ConfirmDialog);
  private readonly formHeading = viewChild<ElementRef<HTMLElement>>('formHeading');
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly colours = THEME_COLOUR_LIST;
  protected readonly colourLabel = THEME_COLOUR_LABEL;
  protected readonly nameMax = THEME_NAME_MAX_LENGTH;
  protected readonly responseMax = THEME_RESPONSE_MAX_LENGTH;
  protected readonly themes = computed(() => sortThemes(this.store.themes(), this.i18n.language()));
  protected readonly editing = signal<ThemeDto | null>(null);
  protected readonly submitted = signal(false);
  protected readonly saving = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly loadFailure = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.describeError(error) : null;
  });

  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.minLength(THEME_NAME_MIN_LENGTH), Validators.maxLength(THEME_NAME_MAX_LENGTH)]],
    description: ['', Validators.maxLength(THEME_DESCRIPTION_MAX_LENGTH)],
    colour: [nextFreeColour([])],
    response: ['', Validators.maxLength(THEME_RESPONSE_MAX_LENGTH)],
  });

  constructor() {
    this.resetForm();
  }

  protected errorFor(control: 'name' | 'description' | 'response'): string | null {
    return visibleError(this.i18n, this.form.controls[control], this.submitted());
  }

  protected startEditing(theme: ThemeDto): void {
    this.editing.set(theme);
    this.submitted.set(false);
    this.failure.set(null);
    this.form.reset({ name: theme.name, description: theme.description, colour: theme.colour, response: theme.response ?? '' });
    queueMicrotask(() => this.formHeading()?.nativeElement.focus());
  }

  protected cancelEditing(): void {
    const theme = this.editing();
    this.resetForm();
    if (theme) this.focusThemeButton(theme.id, 'edit');
  }

  protected async save(formElement: HTMLFormElement): Promise<void> {
    if (this.saving()) return;
    this.submitted.set(true);
    this.failure.set(null);
    if (this.form.invalid) {
      focusFirstInvalid(formElement, this.form);
      return;
    }
    const { name, description, colour, response } = this.form.getRawValue();
    const editing = this.editing();
    this.saving.set(true);
    try {
      if (editing) {
        const theme = await this.store.update(editing.id, {
          name: name.trim(),
          description: description.trim(),
          colour,
          response: response.trim() ? response.trim() : null,
        });
        this.comments.refreshChips();
        this.announcer.announce(this.i18n.t('themes.list.saved', { name: theme.name }));
        this.resetForm();
        this.focusThemeButton(theme.id, 'edit');
      } else {
        const theme = await this.store.create({ name: name.trim(), description: description.trim(), colour });
        this.announcer.announce(this.i18n.t('themes.list.created', { name: theme.name }));
        this.resetForm();
      }
    } catch (error) {
      this.failure.set(this.i18n.describeError(error));
    } finally {
      this.saving.set(false);
    }
  }

  protected async remove(theme: ThemeDto): Promise<void> {
    const answer = await this.dialog().open({
      title: this.i18n.t('themes.list.deleteTitle', { name: theme.name }),
      message: this.i18n.t('themes.list.deleteMessage', { count: theme.commentCount }),
      confirmLabel: this.i18n.t('themes.list.deleteConfirm'),
    });
    if (!answer) return;
    try {
      await this.store.remove(theme.id);
      this.comments.refreshChips();
      if (this.editing()?.id === theme.id) this.resetForm();
      this.announcer.announce(this.i18n.t('themes.list.deleted', { name: theme.name }));
      this.focusHeading();
    } catch (error) {
      this.announcer.announce(this.i18n.t('themes.failed', { error: this.i18n.describeError(error) }));
    }
  }

  protected async merge(theme: ThemeDto): Promise<void> {
    const targets = this.themes().filter((other) => other.id !== theme.id);
    if (targets.length === 0) return;
    const answer = await this.dialog().open({
      title: this.i18n.t('themes.list.mergeTitle', { name: theme.name }),
      message: this.i18n.t('themes.list.mergeMessage', { name: theme.name }),
      confirmLabel: this.i18n.t('themes.list.mergeConfirm'),
      choices: targets.map((other) => ({ value: other.id, label: other.name })),
      choiceLabel: this.i18n.t('themes.list.mergeInto'),
    });
    if (!answer?.choice) return;
    const into = this.store.find(answer.choice);
    try {
      await this.store.merge(theme.id, answer.choice);
      this.comments.refreshChips();
      if (this.editing()?.id === theme.id) this.resetForm();
      this.announcer.announce(this.i18n.t('themes.list.merged', { name: theme.name, into: into?.name ?? '' }));
      this.focusThemeButton(answer.choice, 'edit');
    } catch (error) {
      this.announcer.announce(this.i18n.t('themes.failed', { error: this.i18n.describeError(error) }));
    }
  }

  private resetForm(): void {
    this.editing.set(null);
    this.submitted.set(false);
    this.failure.set(null);
    this.form.reset({ name: '', description: '', colour: nextFreeColour(this.store.usedColours()), response: '' });
  }

  private focusThemeButton(id: string, action: 'edit'): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>(`[data-theme-action="${action}-${CSS.escape(id)}"]`)?.focus());
  }

  private focusHeading(): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('#themes-list-heading')?.focus());
  }
}
