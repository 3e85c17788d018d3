import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import {
  ConsultationDetailDto,
  ConsultationStatus,
  IDEMPOTENCY_KEY_HEADER,
  ModerationMode,
  ParagraphKind,
  Role,
  SectionDto,
  SubmitterType,
} from '@consulta/shared/contracts';
import { SessionStore } from '@consulta/web/core';
import { DiscussionStore } from '@consulta/web/participation/data-access';
import { CommentForm } from './comment-form';

const section: SectionDto = {
  key: 'misja',
  position: 1,
  title: 'Misja',
  paragraphs: [{ key: 'm1', position: 1, kind: ParagraphKind.Text, text: 'Misją Samorządu jest tworzenie przestrzeni współdziałania.' }],
};

const consultation: ConsultationDetailDto = {
  slug: 'misja-krakowa',
  title: 'Misja',
  summary: '',
  status: ConsultationStatus.Open,
  opensAt: null,
  closesAt: null,
  moderationMode: ModerationMode.Post,
  areas: [{ key: 'zielen', name: 'Zieleń' }],
  createdAt: '2026-04-01T08:00:00Z',
  updatedAt: '2026-04-01T08:00:00Z',
  document: { number: 1, title: 'Misja', changeNote: null, createdAt: '2026-04-01T08:00:00Z', sections: [section] },
};

function control<T extends HTMLElement = HTMLInputElement>(root: HTMLElement, id: string): T {
  const element = root.querySelector<T>(`#cf-misja-${id}`);
  if (!element) throw new Error(`No control #cf-misja-${id}`);
  return element;
}

function type(element: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input'));
}

function choose(element: HTMLSelectElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('change'));
}

function check(root: HTMLElement, selector: string): void {
  const input = root.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`No ${selector}`);
  input.click();
}

async function renderForm() {
  const fixture = TestBed.createComponent(CommentForm);
  fixture.componentRef.setInput('consultation', consultation);
  fixture.componentRef.setInput('section', section);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const submit = async () => {
    root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  };
  return { fixture, root, submit };
}

async function fillValidComment(root: HTMLElement, fixture: { whenStable(): Promise<unknown> }) {
  type(control<HTMLTextAreaElement>(root, 'text'), 'Proszę dopisać zieleń miejską do misji.');
  check(root, '#cf-misja-stance-support');
  check(root, `#cf-misja-consent`);
  await fixture.whenStable();
}

describe('CommentForm', () => {
  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'lang=; path=/; max-age=0';
    TestBed.configureTestingModule({
      imports: [CommentForm],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([]), DiscussionStore],
    });
    const session = TestBed.inject(SessionStore);
    // A verified resident is signed in.
    (session as unknown as { currentUser: { set(u: unknown): void } }).currentUser.set({
      id: 'u1',
      email: 'anna@example.pl',
      displayName: 'Anna',
      role: Role.Resident,
      emailVerified: true,
      locale: 'pl',
      createdAt: '2026-01-01T00:00:00Z',
    });
    void TestBed.inject(DiscussionStore).open('misja-krakowa', 'misja');
    TestBed.inject(HttpTestingController)
      .expectOne((r) => r.url === '/api/consultations/misja-krakowa/comments')
      .flush({ items: [], nextCursor: null, total: 0 });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('requires the organisation name when not submitting as a resident', async () => {
    const { fixture, root, submit } = await renderForm();
    await fillValidComment(root, fixture);
    expect(root.querySelector('#cf-misja-organisationName')).toBeNull();

    choose(control<HTMLSelectElement>(root, 'submitterType'), SubmitterType.Ngo);
    await fixture.whenStable();
    await submit();

    const organisation = control(root, 'organisationName');
    expect(organisation.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#cf-misja-organisationName-error')?.textContent).toContain('Podaj nazwę organizacji');
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Nazwa organizacji lub instytucji');
    TestBed.inject(HttpTestingController).expectNone({ method: 'POST' });

    type(organisation, 'Stowarzyszenie Zielony Kraków');
    await fixture.whenStable();
    await submit();
    const post = TestBed.inject(HttpTestingController).expectOne({ method: 'POST' });
    expect(post.request.body).toMatchObject({ submitterType: 'ngo', organisationName: 'Stowarzyszenie Zielony Kraków' });
    post.flush({ statusCode: 500, code: 'INTERNAL_ERROR', message: 'x' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
  });

  it('accepts only a quote that is an exact part of the chosen paragraph', async () => {
    const { fixture, root, submit } = await renderForm();
    fixture.componentRef.setInput('request', { sectionKey: 'misja', paragraphKey: 'm1', quote: null, quoteStep: true, id: 1 });
    await fixture.whenStable();

    const quote = control<HTMLTextAreaElement>(root, 'quote');
    expect(quote.value).toBe(section.paragraphs[0].text);
    await fillValidComment(root, fixture);

    type(quote, 'tworzenie nowej przestrzeni');
    await fixture.whenStable();
    await submit();
    expect(quote.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#cf-misja-quote-error')?.textContent).toContain('dokładnym fragmentem');
    TestBed.inject(HttpTestingController).expectNone({ method: 'POST' });

    type(quote, 'tworzenie przestrzeni');
    await fixture.whenStable();
    await submit();
    const post = TestBed.inject(HttpTestingController).expectOne({ method: 'POST' });
    expect(post.request.body).toMatchObject({ sectionKey: 'misja', paragraphKey: 'm1', quote: 'tworzenie przestrzeni' });
    post.flush({ statusCode: 500, code: 'INTERNAL_ERROR', message: 'x' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
  });

  it('retries a failed submission with the same Idempotency-Key and moves focus to the error summary', async () => {
    const { fixture, root, submit } = await renderForm();
    await fillValidComment(root, fixture);
    const http = TestBed.inject(HttpTestingController);

    await submit();
    const first = http.expectOne({ method: 'POST' });
    const key = first.request.headers.get(IDEMPOTENCY_KEY_HEADER);
    expect(key).toBeTruthy();
    first.error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    const summary = root.querySelector<HTMLElement>('[role="alert"]');
    expect(summary?.textContent).toContain('Brak połączenia z serwerem');
    expect(document.activeElement).toBe(summary);

    await submit();
    const retry = http.expectOne({ method: 'POST' });
    expect(retry.request.headers.get(IDEMPOTENCY_KEY_HEADER)).toBe(key);
    retry.flush({ statusCode: 500, code: 'INTERNAL_ERROR', message: 'x' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
  });

  it('keeps the honeypot out of the tab order and the accessibility tree', async () => {
    const { root } = await renderForm();
    const honeypot = root.querySelector<HTMLInputElement>('input[name="website"]');
    expect(honeypot?.tabIndex).toBe(-1);
    expect(honeypot?.getAttribute('autocomplete')).toBe('off');
    expect(honeypot?.closest('[aria-hidden="true"]')).not.toBeNull();
  });
});
