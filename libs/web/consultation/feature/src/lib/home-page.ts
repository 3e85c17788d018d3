import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Location } from '@angular/common';
import { RouterLink } from '@angular/router';
import { ConsultationListStore } from '@consulta/web/consultation/data-access';
import { CityDatePipe, STATUS_LABEL, TranslatePipe, TranslationKey, pageLink } from '@consulta/web/core';
import { AlertMessage, StatusBadge } from '@consulta/web/ui';
import { ConsultationSummaryDto } from '@consulta/shared/contracts';

interface ConsultationGroupView {
  id: 'open' | 'upcoming' | 'closed';
  heading: TranslationKey;
  empty: TranslationKey;
  consultations: ConsultationSummaryDto[];
}

@Component({
  selector: 'cs-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, TranslatePipe, CityDatePipe, StatusBadge, AlertMessage],
  providers: [ConsultationListStore],
  templateUrl: './home-page.html',
})
export class HomePage {
  protected readonly store = inject(ConsultationListStore);
  protected readonly statusLabel = STATUS_LABEL;
  /** Set by the account page after the account was deleted (navigation state). */
  protected readonly accountDeleted = (inject(Location).getState() as { accountDeleted?: boolean } | null)?.accountDeleted === true;

  protected readonly groups = computed<ConsultationGroupView[]>(() => {
    const groups = this.store.groups();
    return [
      { id: 'open', heading: 'home.open', empty: 'home.emptyOpen', consultations: groups.open },
      { id: 'upcoming', heading: 'home.upcoming', empty: 'home.emptyUpcoming', consultations: groups.upcoming },
      { id: 'closed', heading: 'home.closed', empty: 'home.emptyClosed', consultations: groups.closed },
    ];
  });

  protected consultationLink(slug: string): string {
    return pageLink('consultation', slug);
  }

  protected reloadList(): void {
    this.store.reload();
  }
}
