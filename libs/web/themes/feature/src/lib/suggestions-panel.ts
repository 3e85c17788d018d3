import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { SuggestionState, ThemeSuggestionDto } from '@consulta/shared/contracts';
import { I18nService, TranslatePipe } from '@consulta/web/core';
import { SuggestionDecision, SuggestionsStore, ThemesStore, formatPercent } from '@consulta/web/themes/data-access';
import { AlertMessage, JobProgressBar } from '@consulta/web/ui';
import { SUGGESTION_SHORTCUTS, SuggestionShortcutPreference, suggestionCommandFor } from './suggestion-shortcuts';
import { ThemeSwatch } from './theme-swatch';
import { ThemesAnnouncer } from './themes-announcer';

/**
 * Suggestions of existing themes: run the job, then accept or reject each pending suggestion with a button or one
 * key ("a" / "r") while focus is in the list. Results go to the page's live region; focus moves to the next pending
 * suggestion.
 */
@Component({
  selector: 'cs-suggestions-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, AlertMessage, JobProgressBar, ThemeSwatch],
  templateUrl: './suggestions-panel.html',
  styleUrl: './themes-panels.css',
})
export class SuggestionsPanel {
  protected readonly store = inject(SuggestionsStore);
  protected readonly themes = inject(ThemesStore);
  protected readonly shortcuts = inject(SuggestionShortcutPreference);
  private readonly announcer = inject(ThemesAnnouncer);
  private readonly i18n = inject(I18nService);
  private readonly list = viewChild<ElementRef<HTMLElement>>('list');

  protected readonly shortcutList = SUGGESTION_SHORTCUTS;
  protected readonly pendingState = SuggestionState.Pending;
  protected readonly starting = signal(false);
  protected readonly running = computed(() => {
    const job = this.store.job();
    return this.starting() || (job !== null && !job.finished());
  });
  /** The list's single Tab stop (roving tabindex): the suggestion focus was last in, else the first. */
  private readonly focusedId = signal<string | null>(null);
  protected readonly currentId = computed(() => {
    const id = this.focusedId();
    const items = this.store.items();
    return id && items.some((item) => item.id === id) ? id : (items[0]?.id ?? null);
  });
  protected readonly failureMessage = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.describeError(error) : null;
  });

  constructor() {
    if (!this.store.loaded()) void this.store.reload();
  }

  protected confidence(item: ThemeSuggestionDto): string {
    return formatPercent(item.confidence, this.i18n.language());
  }

  protected stateText(item: ThemeSuggestionDto): string {
    return this.i18n.t(`themes.suggestions.state.${item.state}`);
  }

  protected async run(): Promise<void> {
    if (this.running()) return;
    this.starting.set(true);
    try {
      await this.store.run();
      this.announcer.announce(this.i18n.t('themes.suggestions.started'));
    } catch (error) {
      this.announcer.announce(this.i18n.t('themes.failed', { error: this.i18n.describeError(error) }));
    } finally {
      this.starting.set(false);
    }
  }

  protected setShortcutsEnabled(event: Event): void {
    this.shortcuts.setEnabled((event.target as HTMLInputElement).checked);
  }

  protected trackFocus(event: FocusEvent): void {
    const id = this.idOf(event.target);
    if (id) this.focusedId.set(id);
  }

  protected handleShortcut(event: KeyboardEvent): void {
    const command = suggestionCommandFor(event, this.shortcuts.enabled());
    if (!command) return;
    const id = this.idOf(event.target) ?? this.currentId();
    if (!id) return;
    event.preventDefault();
    switch (command) {
      case 'next':
      case 'previous':
        this.moveFocus(id, command === 'next' ? 1 : -1);
        return;
      case 'accept':
      case 'reject':
        void this.decide(id, command);
        return;
    }
  }

  protected async decide(id: string, decision: SuggestionDecision): Promise<void> {
    const item = this.store.find(id);
    if (!item) return;
    if (item.state !== SuggestionState.Pending) {
      this.announcer.announce(this.i18n.t('themes.suggestions.alreadyDecided'));
      return;
    }
    try {
      const done = this.store.decide(id, decision);
      this.focusNextPending(id);
      await done;
      this.announcer.announce(
        this.i18n.t(decision === 'accept' ? 'themes.suggestions.accepted' : 'themes.suggestions.rejected', { name: item.theme.name }),
      );
    } catch (error) {
      this.focusItem(id);
      this.announcer.announce(this.i18n.t('themes.failed', { error: this.i18n.describeError(error) }));
    }
  }

  private focusNextPending(id: string): void {
    const items = this.store.items();
    const index = items.findIndex((item) => item.id === id);
    const waiting = (item: ThemeSuggestionDto) => item.state === SuggestionState.Pending && item.id !== id && !this.store.isBusy(item.id);
    const next = items.slice(index + 1).find(waiting) ?? items.slice(0, Math.max(index, 0)).find(waiting);
    this.focusItem(next ? next.id : id);
  }

  private moveFocus(id: string, step: 1 | -1): void {
    const items = this.store.items();
    const target = items[items.findIndex((item) => item.id === id) + step];
    if (target) this.focusItem(target.id);
    else this.announcer.announce(this.i18n.t(step > 0 ? 'themes.suggestions.end' : 'themes.suggestions.start'));
  }

  private focusItem(id: string): void {
    this.focusedId.set(id);
    // After the tabindex change is rendered.
    setTimeout(() => {
      const element = this.list()?.nativeElement.querySelector<HTMLElement>(`[data-suggestion-id="${CSS.escape(id)}"]`);
      element?.focus();
      element?.scrollIntoView?.({ block: 'nearest' });
    });
  }

  private idOf(target: EventTarget | null): string | null {
    if (!(target instanceof Element)) return null;
    return target.closest<HTMLElement>('[data-suggestion-id]')?.dataset['suggestionId'] ?? null;
  }
}
