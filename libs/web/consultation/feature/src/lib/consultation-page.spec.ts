import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ConsultationDetailDto, ConsultationStatus, ErrorCode, ModerationMode, ParagraphKind } from '@consulta/shared/contracts';
import { ConsultationPage } from './consultation-page';

const consultation: ConsultationDetailDto = {
  slug: 'misja-krakowa',
  title: 'Misja Samorządu Miasta Krakowa',
  summary: 'Projekt misji do konsultacji.',
  status: ConsultationStatus.Open,
  opensAt: '2026-05-01T08:00:00Z',
  closesAt: '2026-06-01T20:00:00Z',
  moderationMode: ModerationMode.Pre,
  areas: [{ key: 'wspolpraca', name: 'Współpraca' }],
  createdAt: '2026-04-01T08:00:00Z',
  updatedAt: '2026-04-01T08:00:00Z',
  document: {
    number: 1,
    title: 'Misja — projekt do konsultacji',
    changeNote: null,
    createdAt: '2026-04-01T08:00:00Z',
    sections: [
      {
        key: 'elementy',
        position: 2,
        title: 'Elementy kluczowe',
        paragraphs: [
          { key: 'k1', position: 1, kind: ParagraphKind.ListItem, text: 'współodpowiedzialność' },
          { key: 'k2', position: 2, kind: ParagraphKind.ListItem, text: 'współuczestnictwo' },
        ],
      },
      {
        key: 'misja',
        position: 1,
        title: 'Misja — przestrzeń współdziałania',
        paragraphs: [{ key: 'm1', position: 1, kind: ParagraphKind.Text, text: 'Misją Samorządu <b>jest</b>…' }],
      },
    ],
  },
};

async function renderPage(slug: string) {
  const fixture = TestBed.createComponent(ConsultationPage);
  fixture.componentRef.setInput('slug', slug);
  TestBed.tick();
  const http = TestBed.inject(HttpTestingController);
  return { fixture, http, page: fixture.nativeElement as HTMLElement };
}

describe('ConsultationPage', () => {
  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'lang=; path=/; max-age=0';
    TestBed.configureTestingModule({
      imports: [ConsultationPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
  });

  it('renders the sections in order with anchor ids, paragraphs as <p> and list items as <li>', async () => {
    const { fixture, http, page } = await renderPage('misja-krakowa');

    http.expectOne('/api/consultations/misja-krakowa').flush(consultation);
    http.expectOne('/api/consultations/misja-krakowa/versions').flush([]);
    http.expectOne('/api/consultations/misja-krakowa/comment-counts').flush({
      total: 5,
      sections: [{ sectionKey: 'misja', count: 5, paragraphs: [{ paragraphKey: 'm1', count: 3 }] }],
    });
    await fixture.whenStable();

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Misja Samorządu Miasta Krakowa');
    const sections = Array.from(page.querySelectorAll<HTMLElement>('section.document-section'));
    expect(sections.map((s) => s.id)).toEqual(['s-misja', 's-elementy']);
    expect(sections[0].querySelector('h3')?.textContent).toBe('Misja — przestrzeń współdziałania');

    const paragraph = page.querySelector('#p-m1');
    expect(paragraph?.tagName).toBe('P');
    // User text is interpolated, never parsed as HTML.
    expect(paragraph?.textContent).toBe('Misją Samorządu <b>jest</b>…');
    expect(paragraph?.querySelector('b')).toBeNull();

    expect(Array.from(page.querySelectorAll('#s-elementy ul > li')).map((li) => li.id)).toEqual(['p-k1', 'p-k2']);

    const toc = page.querySelector('nav.toc');
    expect(toc?.getAttribute('aria-labelledby')).toBe('toc-heading');
    expect(Array.from(toc?.querySelectorAll('a') ?? []).map((a) => a.getAttribute('href'))).toEqual(['/#s-misja', '/#s-elementy']);
    expect(page.textContent).toContain('Otwarta');
    http.verify();
  });

  it('shows comment counts with Polish plurals, a discussion toggle per section and a paragraph action', async () => {
    const { fixture, http, page } = await renderPage('misja-krakowa');
    http.expectOne('/api/consultations/misja-krakowa').flush(consultation);
    http.expectOne('/api/consultations/misja-krakowa/versions').flush([]);
    http.expectOne('/api/consultations/misja-krakowa/comment-counts').flush({
      total: 5,
      sections: [{ sectionKey: 'misja', count: 5, paragraphs: [{ paragraphKey: 'm1', count: 3 }] }],
    });
    await fixture.whenStable();

    const misja = page.querySelector<HTMLElement>('#s-misja');
    expect(misja?.querySelector('.section-meta')?.textContent).toContain('5 komentarzy');
    expect(page.querySelector('#s-elementy .section-meta')?.textContent).toContain('0 komentarzy');
    expect(misja?.querySelector('.paragraph-tools')?.textContent).toContain('3 komentarze');
    expect(page.querySelector('#s-elementy .paragraph-tools')?.textContent).not.toContain('komentarz');

    const toggle = page.querySelector<HTMLButtonElement>('#s-misja-toggle');
    expect(toggle?.getAttribute('aria-expanded')).toBe('false');
    expect(toggle?.textContent).toContain('Pokaż dyskusję');
    const paragraphButtons = Array.from(page.querySelectorAll('.paragraph-tools button')).map((b) => b.textContent?.trim());
    expect(paragraphButtons).toEqual(['Skomentuj ten akapit', 'Skomentuj ten akapit', 'Skomentuj ten akapit']);

    toggle?.click();
    await fixture.whenStable();
    expect(toggle?.getAttribute('aria-expanded')).toBe('true');
    http.expectOne((r) => r.url === '/api/consultations/misja-krakowa/comments').flush({ items: [], nextCursor: null, total: 0 });
    await fixture.whenStable();
    expect(page.querySelector('#d-misja h4')?.textContent).toContain('Dyskusja: Misja');
    expect(page.querySelector('#d-misja label')?.textContent).toContain('Kolejność komentarzy');
    http.verify();
  });

  it('shows a not-found heading for CONSULTATION_NOT_FOUND', async () => {
    const { fixture, http, page } = await renderPage('nie-ma');

    http
      .expectOne('/api/consultations/nie-ma')
      .flush({ statusCode: 404, code: ErrorCode.ConsultationNotFound, message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    http
      .expectOne('/api/consultations/nie-ma/versions')
      .flush({ statusCode: 404, code: ErrorCode.ConsultationNotFound, message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    http
      .expectOne('/api/consultations/nie-ma/comment-counts')
      .flush({ statusCode: 404, code: ErrorCode.ConsultationNotFound, message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();

    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Nie znaleziono konsultacji');
  });
});
