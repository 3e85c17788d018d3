import { Injector, effect, inject, runInInjectionContext, signal, untracked } from '@angular/core';
import { JobState } from '@consulta/shared/contracts';
import { JobProgress, trackJob } from '@consulta/web/core';

/**
 * The background job a store started (suggestions, discovery), followed with trackJob() until it finishes; then
 * `onFinished` runs once with whether it succeeded. Polling stops when the page that provides the store is left.
 * Create in an injection context (a store's field).
 */
export class JobFollower {
  private readonly injector = inject(Injector);
  private readonly current = signal<JobProgress | null>(null);
  private readonly handled = new Set<string>();

  /** The job being (or last) followed, or null. */
  readonly job = this.current.asReadonly();

  constructor(onFinished: (succeeded: boolean, job: JobProgress) => void) {
    effect(() => {
      const job = this.current();
      if (!job || !job.finished() || this.handled.has(job.id)) return;
      this.handled.add(job.id);
      untracked(() => onFinished(job.state() === JobState.Succeeded, job));
    });
  }

  /** True while a followed job has not finished. */
  running(): boolean {
    const job = this.current();
    return job !== null && !job.finished();
  }

  follow(jobId: string): void {
    if (this.current()?.id === jobId) return;
    this.current()?.stop();
    this.current.set(runInInjectionContext(this.injector, () => trackJob(jobId)));
  }
}
