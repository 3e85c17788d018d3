import { HttpClient } from '@angular/common/http';
import { DestroyRef, Injectable, Signal, computed, inject, signal } from '@angular/core';
import { JobDto, JobState, isJobFinished } from '@consulta/shared/contracts';
import { firstValueFrom } from 'rxjs';
import { toApiError } from '../http/api-error';
import { I18nService } from '../i18n/i18n.service';

/** GET /api/jobs/:id. */
@Injectable({ providedIn: 'root' })
export class JobsApi {
  private readonly http = inject(HttpClient);

  get(id: string): Promise<JobDto> {
    return firstValueFrom(this.http.get<JobDto>(`/api/jobs/${encodeURIComponent(id)}`));
  }
}

export interface JobPollingOptions {
  /** Delay before the second poll, and again after any change. */
  initialDelayMs: number;
  /** Unchanged answers stretch the delay by this factor… */
  backoffFactor: number;
  /** …up to this. */
  maxDelayMs: number;
  /** Consecutive failed polls (network, 5xx, 429) before giving up. */
  maxFailures: number;
}

export const DEFAULT_JOB_POLLING: JobPollingOptions = { initialDelayMs: 500, backoffFactor: 1.5, maxDelayMs: 5000, maxFailures: 5 };

/** Statuses after which polling again cannot help. */
const FINAL_HTTP_STATUSES = new Set([400, 401, 403, 404]);

/**
 * Follows one background job: polls GET /api/jobs/:id (at once, then with a delay that grows while
 * nothing changes) until the job is finished, and exposes it as signals with translated texts.
 * Create with trackJob() in an injection context; polling stops when that context is destroyed.
 */
export class JobProgress {
  private readonly current = signal<JobDto | null>(null);
  private readonly failure = signal<unknown>(null);
  private timer?: ReturnType<typeof setTimeout>;
  private stopped = false;
  private delay: number;
  private failures = 0;

  /** The latest answer, or null before the first. */
  readonly job = this.current.asReadonly();
  readonly state: Signal<JobState | null> = computed(() => this.current()?.state ?? null);
  /** 0..1. */
  readonly progress = computed(() => this.current()?.progress ?? 0);
  readonly percent = computed(() => Math.round(this.progress() * 100));
  /** The job finished (in any way) or polling gave up. */
  readonly finished = computed(() => {
    const state = this.state();
    return (state !== null && isJobFinished(state)) || this.failure() !== null;
  });
  /** "W toku: 40%", "Gotowe"… in the active language. */
  readonly statusText = computed(() => {
    const state = this.state();
    if (this.failure() !== null) return this.i18n.t('job.pollFailed');
    if (state === null) return this.i18n.t('common.loading');
    return this.i18n.t(`job.state.${state}`, { percent: this.percent() });
  });
  /** Why it did not succeed, translated: the job's error code, or why it could not be followed. Null otherwise. */
  readonly errorText = computed(() => {
    const failure = this.failure();
    if (failure !== null) {
      const apiError = toApiError(failure);
      return apiError.code ? this.i18n.errorMessage(apiError.code) : this.i18n.t('job.pollFailed');
    }
    const error = this.current()?.error;
    return error ? this.i18n.errorMessage(error.code) : null;
  });

  constructor(
    readonly id: string,
    private readonly api: JobsApi,
    private readonly i18n: I18nService,
    private readonly options: JobPollingOptions = DEFAULT_JOB_POLLING,
  ) {
    this.delay = options.initialDelayMs;
  }

  /** Starts polling (trackJob does this). */
  start(): void {
    void this.poll();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  private async poll(): Promise<void> {
    if (this.stopped) return;
    try {
      const job = await this.api.get(this.id);
      if (this.stopped) return;
      this.failures = 0;
      const previous = this.current();
      this.delay =
        previous && previous.state === job.state && previous.progress === job.progress && previous.message === job.message
          ? Math.min(this.delay * this.options.backoffFactor, this.options.maxDelayMs)
          : this.options.initialDelayMs;
      this.current.set(job);
      if (isJobFinished(job.state)) return;
    } catch (error) {
      if (this.stopped) return;
      this.failures++;
      if (FINAL_HTTP_STATUSES.has(toApiError(error).status) || this.failures >= this.options.maxFailures) {
        this.failure.set(error);
        return;
      }
      this.delay = Math.min(this.delay * this.options.backoffFactor, this.options.maxDelayMs);
    }
    this.timer = setTimeout(() => void this.poll(), this.delay);
  }
}

/** Follows job `id` until it finishes; call in an injection context (a component's field or constructor). */
export function trackJob(id: string, options: Partial<JobPollingOptions> = {}): JobProgress {
  const progress = new JobProgress(id, inject(JobsApi), inject(I18nService), { ...DEFAULT_JOB_POLLING, ...options });
  inject(DestroyRef).onDestroy(() => progress.stop());
  progress.start();
  return progress;
}
