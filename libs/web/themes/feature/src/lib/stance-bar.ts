import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Stance, StanceCounts } from '@consulta/shared/contracts';
import { I18nService } from '@consulta/web/core';
import { STANCE_LABEL } from '@consulta/web/participation/feature';
import { describeStanceSplit, stanceShares } from '@consulta/web/themes/data-access';

/** Fill colours of the stance segments (each ≥ 3:1 against white); the pattern of the text carries the meaning too. */
const STANCE_FILL: Record<Stance, string> = {
  [Stance.Support]: '#1e6b34',
  [Stance.Oppose]: '#b3261e',
  [Stance.ProposesChange]: '#0a4b8c',
  [Stance.Neutral]: '#6b7785',
};

/**
 * A theme's stance split as a horizontal bar: an SVG with role img and the whole split as its label, and the same
 * numbers as visible text beside it (colour is never the only carrier).
 */
@Component({
  selector: 'cs-stance-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg class="stance-bar" role="img" viewBox="0 0 100 6" preserveAspectRatio="none" [attr.aria-label]="label()">
      <rect x="0" y="0" width="100" height="6" fill="#ffffff" stroke="#6b7785" stroke-width="0.3" />
      @for (share of segments(); track share.stance) {
        @if (share.fraction > 0) {
          <rect [attr.x]="share.offset * 100" y="0" [attr.width]="share.fraction * 100" height="6" [attr.fill]="fill[share.stance]" />
        }
      }
    </svg>
    <p class="stance-bar__text" aria-hidden="true">{{ text() }}</p>
  `,
  styles: `
    .stance-bar {
      display: block;
      width: 100%;
      height: 1.25rem;
    }
    .stance-bar__text {
      margin: 0.25rem 0 0;
      font-size: 0.95rem;
    }
  `,
})
export class StanceBar {
  private readonly i18n = inject(I18nService);

  readonly counts = input.required<StanceCounts>();

  protected readonly fill = STANCE_FILL;
  protected readonly segments = computed(() => stanceShares(this.counts()).shares);
  protected readonly text = computed(() =>
    describeStanceSplit(this.counts(), (stance) => this.i18n.t(STANCE_LABEL[stance]), this.i18n.language()),
  );
  protected readonly label = computed(() => this.i18n.t('themes.overview.stanceBar', { split: this.text() }));
}
