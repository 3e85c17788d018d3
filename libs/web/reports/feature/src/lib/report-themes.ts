import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Stance, ReportThemeDto } from '@consulta/shared/contracts';
import { I18nService, TranslatePipe } from '@consulta/web/core';
import { STANCE_LABEL } from './report-labels';
import { formatCount } from './report-format';

const STANCES: readonly Stance[] = [Stance.Support, Stance.Oppose, Stance.ProposesChange, Stance.Neutral];

/**
 * "Co usłyszeliśmy, co zrobimy": each theme with its count, stance split, representative quotes (linked to their
 * rows in the table of comments) and the city's response. Theme names, quotes and responses are Polish data.
 */
@Component({
  selector: 'cs-report-themes',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RouterLink],
  templateUrl: './report-themes.html',
})
export class ReportThemes {
  readonly themes = input.required<readonly ReportThemeDto[]>();
  /** A quote's link was followed: the page reveals that row of the table. */
  readonly quoteSelected = output<number>();

  private readonly i18n = inject(I18nService);

  protected readonly items = computed(() => {
    const language = this.i18n.language();
    return this.themes().map((theme) => ({
      ...theme,
      stanceText: STANCES.filter((stance) => (theme.stance[stance] ?? 0) > 0)
        .map((stance) => `${this.i18n.t(STANCE_LABEL[stance])}: ${formatCount(theme.stance[stance], language)}`)
        .join(', '),
    }));
  });

  protected selectQuote(event: Event, number: number): void {
    event.preventDefault();
    this.quoteSelected.emit(number);
  }
}
