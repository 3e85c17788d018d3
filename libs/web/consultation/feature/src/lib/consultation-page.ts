import { ChangeDetectionStrategy, Component, DOCUMENT, Injector, afterNextRender, computed, effect, inject, input } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ConsultationStatus } from '@consulta/shared/contracts';
import { ConsultationPageStore, daysUntil } from '@consulta/web/consultation/data-access';
import { CityDatePipe, I18nService, MODERATION_LABEL, PageTitleService, STATUS_LABEL, TranslatePipe, pageLink } from '@consulta/web/core';
import { AlertMessage, StatusBadge } from '@consulta/web/ui';

/** /k/:slug: a consultation's summary, timeline and current document, section by section. */
@Component({
  selector: 'cs-consultation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, CityDatePipe, StatusBadge, AlertMessage],
  providers: [ConsultationPageStore],
  templateUrl: './consultation-page.html',
  styleUrl: './consultation-page.css',
})
export class ConsultationPage {
  /** Bound from the route parameter. */
  readonly slug = input.required<string>();

  protected readonly store = inject(ConsultationPageStore);
  private readonly i18n = inject(I18nService);
  private readonly pageTitle = inject(PageTitleService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly fragment = toSignal(inject(ActivatedRoute).fragment, { initialValue: null });

  protected readonly homeLink = pageLink('home');
  protected readonly statusLabel = STATUS_LABEL;
  protected readonly moderationLabel = MODERATION_LABEL;
  protected readonly consultation = this.store.consultation;
  /** One persistent <h1> across loading / loaded / not found, so focus placed on it after navigation stays. */
  protected readonly heading = computed(() => {
    const consultation = this.consultation();
    if (consultation) {
      return consultation.title;
    }
    return this.i18n.t(this.store.notFound() ? 'consultation.notFound' : 'title.consultation');
  });
  protected readonly daysLeft = computed(() => {
    const consultation = this.consultation();
    return consultation?.status === ConsultationStatus.Open ? daysUntil(consultation.closesAt) : null;
  });

  constructor() {
    effect(() => this.store.load(this.slug()));
    effect(() => {
      const consultation = this.consultation();
      if (consultation) {
        this.pageTitle.setContentTitle(consultation.title);
      } else if (this.store.notFound()) {
        this.pageTitle.setContentTitle(this.i18n.t('consultation.notFound'));
      }
    });
    // Deep links (#s-…, #p-…) point into content that arrives after navigation: scroll once it is rendered.
    effect(() => {
      const target = this.fragment();
      if (target && this.store.sections().length > 0) {
        afterNextRender(() => this.revealFragment(target), { injector: this.injector });
      }
    });
  }

  protected reloadConsultation(): void {
    this.store.reload();
  }

  private revealFragment(id: string): void {
    const element = this.document.getElementById(id);
    if (!element) {
      return;
    }
    element.scrollIntoView();
    if (element.hasAttribute('tabindex')) {
      element.focus({ preventScroll: true });
    }
  }
}
