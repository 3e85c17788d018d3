import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ErrorCode, JobDto, JobState } from '@consulta/shared/contracts';
import { I18nService } from '../i18n/i18n.service';
import { JobProgress, JobsApi, trackJob } from './job-progress';

const ID = '3f1c2a7e-5b1d-4c8e-9f00-1234567890ab';
const URL = `/api/jobs/${ID}`;

function aJob(overrides: Partial<JobDto> = {}): JobDto {
  return {
    id: ID,
    kind: 'themes.suggest',
    state: JobState.Running,
    progress: 0,
    message: null,
    result: null,
    error: null,
    attempts: 1,
    maxAttempts: 3,
    createdAt: '2026-05-01T10:00:00Z',
    startedAt: '2026-05-01T10:00:01Z',
    finishedAt: null,
    ...overrides,
  };
}

describe('trackJob', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    localStorage.clear();
    document.cookie = 'lang=; path=/; max-age=0';
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => {
    http.verify();
    jest.useRealTimers();
  });

  const track = (): JobProgress =>
    TestBed.runInInjectionContext(() => trackJob(ID, { initialDelayMs: 100, backoffFactor: 2, maxDelayMs: 400, maxFailures: 3 }));
  /** Answers the one pending poll and lets the promise settle. */
  const answer = async (body: JobDto): Promise<void> => {
    http.expectOne(URL).flush(body);
    await jest.advanceTimersByTimeAsync(0);
  };
  const noPollWithin = async (ms: number): Promise<void> => {
    await jest.advanceTimersByTimeAsync(ms);
    http.expectNone(URL);
  };

  it('polls at once, backs off while nothing changes, speeds up on change, and stops once finished', async () => {
    const job = track();
    expect(job.statusText()).toBe('Wczytywanie…');

    await answer(aJob({ progress: 0.1 }));
    expect(job.state()).toBe(JobState.Running);
    expect(job.percent()).toBe(10);
    expect(job.statusText()).toBe('W toku: 10%');

    await noPollWithin(99);
    await jest.advanceTimersByTimeAsync(1);
    await answer(aJob({ progress: 0.1 })); // unchanged: the next delay doubles to 200
    await noPollWithin(199);
    await jest.advanceTimersByTimeAsync(1);
    await answer(aJob({ progress: 0.1 })); // unchanged again: 400 (the cap)
    await noPollWithin(399);
    await jest.advanceTimersByTimeAsync(1);
    await answer(aJob({ progress: 0.6, message: 'Grupowanie' })); // changed: back to 100
    expect(job.percent()).toBe(60);
    await noPollWithin(99);
    await jest.advanceTimersByTimeAsync(1);
    await answer(aJob({ state: JobState.Succeeded, progress: 1, result: { themes: 4 } }));

    expect(job.finished()).toBe(true);
    expect(job.statusText()).toBe('Gotowe');
    expect(job.errorText()).toBeNull();
    expect(job.job()?.result).toEqual({ themes: 4 });
    await noPollWithin(10_000);
  });

  it('translates the status when the language changes', async () => {
    const job = track();
    await answer(aJob({ progress: 0.25 }));
    TestBed.inject(I18nService).setLanguage('en');
    expect(job.statusText()).toBe('In progress: 25%');
    job.stop();
  });

  it('shows the job’s own error when it failed', async () => {
    const job = track();
    await answer(aJob({ state: JobState.Failed, error: { code: ErrorCode.JobFailed, message: 'The task failed.' } }));
    expect(job.finished()).toBe(true);
    expect(job.statusText()).toBe('Nie udało się');
    expect(job.errorText()).toBe('Zadanie nie powiodło się. Spróbuj ponownie później.');
  });

  it('gives up at once on 404 JOB_NOT_FOUND', async () => {
    const job = track();
    http
      .expectOne(URL)
      .flush({ statusCode: 404, code: ErrorCode.JobNotFound, message: 'There is no such job.' }, { status: 404, statusText: 'Not Found' });
    await jest.advanceTimersByTimeAsync(0);
    expect(job.finished()).toBe(true);
    expect(job.errorText()).toBe('Nie ma takiego zadania albo nie masz do niego dostępu.');
    await noPollWithin(10_000);
  });

  it('retries network failures with backoff and gives up after the limit', async () => {
    const job = track();
    http.expectOne(URL).error(new ProgressEvent('error'));
    await jest.advanceTimersByTimeAsync(0);
    expect(job.finished()).toBe(false);
    await jest.advanceTimersByTimeAsync(200);
    http.expectOne(URL).error(new ProgressEvent('error'));
    await jest.advanceTimersByTimeAsync(400);
    http.expectOne(URL).error(new ProgressEvent('error'));
    await jest.advanceTimersByTimeAsync(0);
    expect(job.finished()).toBe(true);
    expect(job.statusText()).toBe('Nie udało się sprawdzić postępu zadania. Odśwież stronę, aby spróbować ponownie.');
    await noPollWithin(10_000);
  });

  it('stops polling when its injection context is destroyed', async () => {
    const api = { get: jest.fn(() => Promise.resolve(aJob())) };
    TestBed.resetTestingModule();
    TestBed.configureTestingModule({ providers: [{ provide: JobsApi, useValue: api }] });
    track();
    await jest.advanceTimersByTimeAsync(0);
    await jest.advanceTimersByTimeAsync(100);
    expect(api.get).toHaveBeenCalledTimes(2);

    TestBed.resetTestingModule();
    await jest.advanceTimersByTimeAsync(10_000);
    expect(api.get).toHaveBeenCalledTimes(2);
  });
});
