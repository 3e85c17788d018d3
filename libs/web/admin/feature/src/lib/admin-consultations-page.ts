import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ConsultationStatus } from '@consulta/shared/contracts';
import { ConsultationApi } from '@consulta/web/consultation/data-access';
import { CityDatePipe, I18nService, STATUS_LABEL, TranslatePipe, pageLink } from '@consulta/web/core';
import { AlertMessage, StatusBadge } from '@consulta/web/ui';

/** /admin: every consultation, drafts included. */
@Component({
  selector: 'cs-admin-consultations-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, CityDatePipe, StatusBadge, AlertMessage],
  templateUrl: './admin-consultations-page.html',
})
export class AdminConsultationsPage {
  private readonly i18n = inject(I18nService);
  private readonly list = inject(ConsultationApi).adminListResource();

  protected readonly createLink = pageLink('adminCreate');
  protected readonly statusLabel = STATUS_LABEL;
  protected readonly draft = ConsultationStatus.Draft;
  protected readonly consultations = computed(() => (this.list.hasValue() ? this.list.value() : []));
  protected readonly loading = this.list.isLoading;
  protected readonly failureMessage = computed(() => {
    const error = this.list.error();
    return error ? this.i18n.describeError(error) : null;
  });

  protected editLink(slug: string): string {
    return pageLink('adminEdit', slug);
  }

  protected viewLink(slug: string): string {
    return pageLink('consultation', slug);
  }
}
