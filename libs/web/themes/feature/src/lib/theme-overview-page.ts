import { ChangeDetectionStrategy, Component, computed, effect, inject, input, untracked } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ConsultationApi } from '@consulta/web/consultation/data-access';
import { I18nService, TranslatePipe, pageLink } from '@consulta/web/core';
import { ThemeOverviewStore } from '@consulta/web/themes/data-access';
import { AlertMessage } from '@consulta/web/ui';
import { StanceBar } from './stance-bar';
import { ThemeSwatch } from './theme-swatch';

/** /staff/k/:slug/themes/overview: one card per theme (count, stance split, areas, sections, representative comments). */
@Component({
  selector: 'cs-theme-overview-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, AlertMessage, StanceBar, ThemeSwatch],
  providers: [ThemeOverviewStore],
  templateUrl: './theme-overview-page.html',
  styleUrl: './theme-overview-page.css',
})
export class ThemeOverviewPage {
  readonly slug = input.required<string>();

  protected readonly store = inject(ThemeOverviewStore);
  private readonly i18n = inject(I18nService);
  private readonly consultations = inject(ConsultationApi).adminListResource();

  protected readonly themesLink = computed(() => pageLink('themes', this.slug()));
  protected readonly title = computed(() => {
    const slug = this.slug();
    const list = this.consultations.hasValue() ? this.consultations.value() : [];
    return list.find((consultation) => consultation.slug === slug)?.title ?? slug;
  });
  protected readonly failureMessage = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.describeError(error) : null;
  });

  constructor() {
    effect(() => {
      const slug = this.slug();
      untracked(() => void this.store.load(slug));
    });
  }
}
