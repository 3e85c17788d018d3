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

  it('ties the details of a 400 VALIDATION_FAILED to their fields and focuses the first one', async () => {
    const { fixture, root, submit } = await renderForm();
    await fillValidComment(root, fixture);
    // Long enough here, too short for the server once trimmed.
    const text = control<HTMLTextAreaElement>(root, 'text');
    type(text, '   krótko    ');
    choose(control<HTMLSelectElement>(root, 'areaKey'), 'zielen');
    await fixture.whenStable();
    await submit();

    const post = TestBed.inject(HttpTestingController).expectOne({ method: 'POST' });
    post.flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'areaKey must be shorter than or equal to 60 characters; text must be longer than or equal to 10 characters',
        details: [
          { field: 'areaKey', message: 'areaKey must be shorter than or equal to 60 characters' },
          { field: 'text', message: 'text must be longer than or equal to 10 characters' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#cf-misja-text-error')?.textContent).toContain('Wpisz co najmniej 10 znaków.');
    const area = control<HTMLSelectElement>(root, 'areaKey');
    expect(area.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#cf-misja-areaKey-error')?.textContent).toContain('Wpisz najwyżej 60 znaków.');
    expect(control(root, 'consent').getAttribute('aria-invalid')).toBeNull();
    // The text comes first in the form, so it has focus; the summary lists both without a general message.
    expect(document.activeElement).toBe(text);
    const summary = root.querySelector('[role="alert"]');
    expect(summary?.querySelectorAll('li').length).toBe(2);
    expect(summary?.querySelector('.alert__message')).toBeNull();

    // Editing the field clears the server's error; the other field keeps its own.
    type(text, 'Teraz wystarczająco długi komentarz.');
    await fixture.whenStable();
    expect(text.getAttribute('aria-invalid')).toBeNull();
    expect(root.querySelector('#cf-misja-text-error')?.textContent?.trim() ?? '').toBe('');
    expect(area.getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps the general message when a VALIDATION_FAILED detail names no field of the form', async () => {
    const { fixture, root, submit } = await renderForm();
    await fillValidComment(root, fixture);
    await submit();
    TestBed.inject(HttpTestingController)
      .expectOne({ method: 'POST' })
      .flush(
        {
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: 'x',
          details: [
            { field: 'sectionKey', message: 'sectionKey must be shorter than or equal to 16 characters' },
            { field: 'text', message: 'text must be shorter than or equal to 5000 characters' },
          ],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    const text = control<HTMLTextAreaElement>(root, 'text');
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(text);
    expect(root.querySelector('[role="alert"] .alert__message')?.textContent?.length).toBeGreaterThan(0);
  });

  it('keeps the honeypot out of the tab order and the accessibility tree', async () => {
    const { root } = await renderForm();
    const honeypot = root.querySelector<HTMLInputElement>('input[name="website"]');
    expect(honeypot?.tabIndex).toBe(-1);
    expect(honeypot?.getAttribute('autocomplete')).toBe('off');
    expect(honeypot?.closest('[aria-hidden="true"]')).not.toBeNull();
  });
});
