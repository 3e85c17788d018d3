import { ChangeDetectionStrategy, Component, computed, input, untracked } from '@angular/core';

let nextId = 0;

/**
 * A labelled <progress> for a background job. The visible status line follows every change; screen
 * readers hear it through a polite live region only at steps (every `announceEvery` of the way, when
 * the value becomes known, and when the job finishes), not on every poll. Texts come translated from
 * the caller (e.g. trackJob()'s statusText in @consulta/web/core).
 */
@Component({
  selector: 'cs-job-progress-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="job-progress">
      <label class="job-progress__label" [for]="progressId">{{ label() }}</label>
      @if (percent() === null) {
        <progress class="job-progress__bar" [id]="progressId" [attr.aria-valuetext]="status()"></progress>
      } @else {
        <progress class="job-progress__bar" [id]="progressId" max="100" [value]="percent()" [attr.aria-valuetext]="status()">
          {{ percent() }}%
        </progress>
      }
      <p class="job-progress__status">{{ status() }}</p>
      <p class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">{{ announcement() }}</p>
    </div>
  `,
  styles: `
    .job-progress__label {
      display: block;
      font-weight: 600;
    }
    .job-progress__bar {
      display: block;
      width: 100%;
      height: 1rem;
    }
    .job-progress__status {
      margin: 0.25rem 0 0;
    }
  `,
})
export class JobProgressBar {
  /** What is being done, e.g. "Generowanie raportu". */
  readonly label = input.required<string>();
  /** 0..1; null while unknown (an indeterminate bar). */
  readonly value = input<number | null>(null);
  /** The translated state, e.g. "W toku: 40%". */
  readonly status = input.required<string>();
  /** The job reached an end state (succeeded, failed, cancelled). */
  readonly finished = input(false);
  /** Fraction of the way between announcements. */
  readonly announceEvery = input(0.25);

  protected readonly progressId = `cs-job-progress-${nextId++}`;

  protected readonly percent = computed(() => {
    const value = this.value();
    return value === null || Number.isNaN(value) ? null : Math.round(Math.min(1, Math.max(0, value)) * 100);
  });

  /** Changes only at a step, so a screen reader is not flooded with every poll. */
  private readonly step = computed(() => {
    if (this.finished()) return 'finished';
    const percent = this.percent();
    const every = Math.max(1, Math.round(this.announceEvery() * 100));
    return percent === null ? 'unknown' : `step-${Math.floor(percent / every)}`;
  });

  protected readonly announcement = computed(() => {
    this.step();
    return untracked(() => this.status());
  });
}
