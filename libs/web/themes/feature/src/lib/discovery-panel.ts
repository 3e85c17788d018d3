import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { THEME_NAME_MAX_LENGTH, THEME_NAME_MIN_LENGTH, ThemeColour, ThemeProposalDto } from '@consulta/shared/contracts';
import { CityDatePipe, I18nService, TranslatePipe } from '@consulta/web/core';
import { STANCE_LABEL } from '@consulta/web/participation/feature';
import { DiscoveryStore, ThemesStore, describeStanceSplit, isThemeColour, nextFreeColour } from '@consulta/web/themes/data-access';
import { AlertMessage, JobProgressBar } from '@consulta/web/ui';
import { ConfirmDialog } from './confirm-dialog';
import { THEME_COLOUR_LABEL, THEME_COLOUR_LIST } from './theme-labels';
import { ThemesAnnouncer } from './themes-announcer';

/**
 * Discovery of new themes among the comments no theme covers: run the job, then work through the proposals
 * (rename, accept with a name and colour, discard, split, merge two or more).
 */
@Component({
  selector: 'cs-discovery-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CityDatePipe, AlertMessage, JobProgressBar, ConfirmDialog],
  templateUrl: './discovery-panel.html',
  styleUrl: './themes-panels.css',
})
export class DiscoveryPanel {
  protected readonly store = inject(DiscoveryStore);
  private readonly themes = inject(ThemesStore);
  private readonly announcer = inject(ThemesAnnouncer);
  private readonly i18n = inject(I18nService);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly dialog = viewChild.required(ConfirmDialog);

  protected readonly colours = THEME_COLOUR_LIST;
  protected readonly colourLabel = THEME_COLOUR_LABEL;
  protected readonly nameMin = THEME_NAME_MIN_LENGTH;
  protected readonly nameMax = THEME_NAME_MAX_LENGTH;
  protected readonly defaultColour = computed(() => nextFreeColour(this.themes.usedColours()));
  protected readonly starting = signal(false);
  protected readonly running = computed(() => {
    const job = this.store.job();
    return this.starting() || (job !== null && !job.finished());
  });
  protected readonly failureMessage = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.describeError(error) : null;
  });

  constructor() {
    if (!this.store.loaded()) void this.store.reload();
  }

  protected stanceText(proposal: ThemeProposalDto): string {
    return describeStanceSplit(proposal.stance, (stance) => this.i18n.t(STANCE_LABEL[stance]), this.i18n.language());
  }

  protected async start(): Promise<void> {
    if (this.running()) return;
    this.starting.set(true);
    try {
      await this.store.start();
      this.announcer.announce(this.i18n.t('themes.discovery.started'));
    } catch (error) {
      this.announceFailure(error);
    } finally {
      this.starting.set(false);
    }
  }

  protected toggleSelected(proposal: ThemeProposalDto, event: Event): void {
    this.store.selection.toggle(proposal.id, (event.target as HTMLInputElement).checked);
  }

  protected async rename(proposal: ThemeProposalDto, input: HTMLInputElement): Promise<void> {
    const name = input.value.trim();
    if (name.length < THEME_NAME_MIN_LENGTH || name.length > THEME_NAME_MAX_LENGTH) {
      this.announcer.announce(this.i18n.t('themes.discovery.nameInvalid', { min: THEME_NAME_MIN_LENGTH, max: THEME_NAME_MAX_LENGTH }));
      input.focus();
      return;
    }
    try {
      await this.store.rename(proposal.id, name);
      this.announcer.announce(this.i18n.t('themes.discovery.renamed', { name }));
    } catch (error) {
      this.announceFailure(error);
    }
  }

  protected async accept(proposal: ThemeProposalDto, nameInput: HTMLInputElement, colourSelect: HTMLSelectElement): Promise<void> {
    const name = nameInput.value.trim();
    if (name.length < THEME_NAME_MIN_LENGTH || name.length > THEME_NAME_MAX_LENGTH) {
      this.announcer.announce(this.i18n.t('themes.discovery.nameInvalid', { min: THEME_NAME_MIN_LENGTH, max: THEME_NAME_MAX_LENGTH }));
      nameInput.focus();
      return;
    }
    const colour: ThemeColour | undefined = isThemeColour(colourSelect.value) ? colourSelect.value : undefined;
    const next = this.neighbour(proposal.id);
    try {
      const theme = await this.store.accept(proposal.id, { name, ...(colour ? { colour } : {}) });
      this.announcer.announce(this.i18n.t('themes.discovery.accepted', { name: theme.name, count: theme.commentCount }));
      this.focusProposal(next);
    } catch (error) {
      this.announceFailure(error);
    }
  }

  protected async discard(proposal: ThemeProposalDto): Promise<void> {
    const next = this.neighbour(proposal.id);
    try {
      await this.store.discard(proposal.id);
      this.announcer.announce(this.i18n.t('themes.discovery.discarded', { name: proposal.name }));
      this.focusProposal(next);
    } catch (error) {
      this.announceFailure(error);
    }
  }

  protected async split(proposal: ThemeProposalDto): Promise<void> {
    try {
      const parts = await this.store.split(proposal.id);
      this.announcer.announce(this.i18n.t('themes.discovery.split', { name: proposal.name, count: parts.length }));
      this.focusProposal(parts[0]?.id ?? null);
    } catch (error) {
      this.announceFailure(error);
    }
  }

  protected async mergeSelected(): Promise<void> {
    const count = this.store.selection.count();
    if (count < 2) {
      this.announcer.announce(this.i18n.t('themes.discovery.mergeHint'));
      return;
    }
    const answer = await this.dialog().open({
      title: this.i18n.t('themes.discovery.mergeTitle', { count }),
      message: this.i18n.t('themes.discovery.mergeMessage'),
      confirmLabel: this.i18n.t('themes.discovery.mergeConfirm'),
    });
    if (!answer) return;
    try {
      const merged = await this.store.mergeSelected();
      if (merged) {
        this.announcer.announce(this.i18n.t('themes.discovery.merged', { name: merged.name, count: merged.size }));
        this.focusProposal(merged.id);
      }
    } catch (error) {
      this.announceFailure(error);
    }
  }

  /** The proposal after `id` (else before it), for focus once `id` leaves the list. */
  private neighbour(id: string): string | null {
    const proposals = this.store.proposals();
    const index = proposals.findIndex((proposal) => proposal.id === id);
    return proposals[index + 1]?.id ?? proposals[index - 1]?.id ?? null;
  }

  private focusProposal(id: string | null): void {
    setTimeout(() => {
      const target = id
        ? this.host.nativeElement.querySelector<HTMLElement>(`[data-proposal-heading="${CSS.escape(id)}"]`)
        : this.host.nativeElement.querySelector<HTMLElement>('#proposals-heading');
      target?.focus();
    });
  }

  private announceFailure(error: unknown): void {
    this.announcer.announce(this.i18n.t('themes.failed', { error: this.i18n.describeError(error) }));
  }
}
