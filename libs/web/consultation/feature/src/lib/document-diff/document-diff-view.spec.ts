import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { DocumentDiffDto, DocumentVersionSummaryDto, ParagraphChangeKind } from '@consulta/shared/contracts';
import { I18nService } from '@consulta/web/core';
import { DocumentCompare } from './document-compare';
import { DocumentDiffView } from './document-diff-view';

const diff: DocumentDiffDto = {
  fromVersion: 1,
  toVersion: 2,
  sectionsAdded: ['finanse'],
  sectionsRemoved: [],
  changes: [
    {
      kind: ParagraphChangeKind.Changed,
      paragraphKey: 'k2',
      sectionKey: 'cele',
      sectionTitle: 'Cele',
      before: 'Każda dzielnica wskaże trzy  miejsca.',
      after: 'Każda dzielnica wskaże cztery  miejsca!',
      words: [
        { op: 'equal', text: 'Każda dzielnica wskaże ' },
        { op: 'delete', text: 'trzy' },
        { op: 'insert', text: 'cztery' },
        { op: 'equal', text: '  miejsca' },
        { op: 'delete', text: '.' },
        { op: 'insert', text: '!' },
      ],
      themeIds: ['t1', 't2'],
      commentIds: ['c1', 'c2', 'c3'],
    },
    {
      kind: ParagraphChangeKind.Removed,
      paragraphKey: 'k3',
      sectionKey: 'cele',
      sectionTitle: 'Cele',
      before: 'Raport <b>co rok</b>.',
      after: null,
      words: [],
      themeIds: [],
      commentIds: [],
    },
    {
      kind: ParagraphChangeKind.Added,
      paragraphKey: 'k9',
      sectionKey: 'finanse',
      sectionTitle: 'Finansowanie',
      before: null,
      after: 'Zieleń sfinansuje budżet miasta.',
      words: [],
      themeIds: [],
      commentIds: [],
    },
  ],
};

function render(value: DocumentDiffDto, inputs: Record<string, unknown> = {}) {
  const fixture = TestBed.createComponent(DocumentDiffView);
  fixture.componentRef.setInput('diff', value);
  for (const [name, input] of Object.entries(inputs)) fixture.componentRef.setInput(name, input);
  fixture.detectChanges();
  return fixture.nativeElement as HTMLElement;
}

/** The text a reader sees, without what is there for screen readers only. */
function visibleText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return clone.textContent ?? '';
}

describe('DocumentDiffView', () => {
  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'lang=; path=/; max-age=0';
    TestBed.configureTestingModule({ imports: [DocumentDiffView] });
  });

  it('groups the changes by section under headings, marking a new section', () => {
    const element = render(diff, { headingLevel: 4 });
    const headings = Array.from(element.querySelectorAll('[role="heading"]'));
    expect(headings.map((heading) => heading.getAttribute('aria-level'))).toEqual(['4', '4']);
    expect(headings[0].textContent?.trim()).toBe('Cele');
    expect(headings[1].textContent).toContain('Finansowanie');
    expect(headings[1].textContent).toContain('nowa część dokumentu');
    const sections = Array.from(element.querySelectorAll('section.diff-section'));
    expect(sections.map((section) => section.querySelectorAll('li.diff-change').length)).toEqual([2, 1]);
    expect(sections[0].getAttribute('aria-labelledby')).toBe(headings[0].id);
    expect(element.querySelector('.diff-summary')?.textContent).toContain('Zmienione akapity: 1, dodane: 1, usunięte: 1.');
  });

  it('shows a changed paragraph as <del>/<ins> with hidden labels, the visible text being both versions exactly', () => {
    const element = render(diff);
    const change = element.querySelector('[data-paragraph="k2"]');
    expect(change?.querySelector('.diff-change__kind')?.textContent?.trim()).toBe('Zmieniony akapit');
    const text = change?.querySelector('.diff-text') as HTMLElement;
    expect(text.getAttribute('lang')).toBe('pl');
    expect(Array.from(text.querySelectorAll('del')).map((del) => visibleText(del))).toEqual(['trzy', '.']);
    expect(Array.from(text.querySelectorAll('ins')).map((ins) => visibleText(ins))).toEqual(['cztery', '!']);
    expect(Array.from(text.querySelectorAll('del .visually-hidden')).map((hidden) => hidden.textContent?.trim())).toEqual([
      'usunięto:',
      'usunięto:',
    ]);
    expect(text.querySelector('ins .visually-hidden')?.textContent?.trim()).toBe('dodano:');
    const withoutInsertions = text.cloneNode(true) as HTMLElement;
    withoutInsertions.querySelectorAll('ins').forEach((ins) => ins.remove());
    expect(visibleText(withoutInsertions)).toBe('Każda dzielnica wskaże trzy  miejsca.');
    const withoutDeletions = text.cloneNode(true) as HTMLElement;
    withoutDeletions.querySelectorAll('del').forEach((del) => del.remove());
    expect(visibleText(withoutDeletions)).toBe('Każda dzielnica wskaże cztery  miejsca!');
  });

  it('labels added and removed paragraphs and renders their text as text, never HTML', () => {
    const element = render(diff);
    const removed = element.querySelector('[data-paragraph="k3"]');
    expect(removed?.querySelector('.diff-change__kind')?.textContent?.trim()).toBe('Usunięty akapit');
    expect(visibleText(removed?.querySelector('del') as Element)).toBe('Raport <b>co rok</b>.');
    expect(removed?.querySelector('b')).toBeNull();
    const added = element.querySelector('[data-paragraph="k9"]');
    expect(added?.querySelector('.diff-change__kind')?.textContent?.trim()).toBe('Dodany akapit');
    expect(visibleText(added?.querySelector('ins') as Element)).toBe('Zieleń sfinansuje budżet miasta.');
  });

  it('names linked themes and comments the caller knows and counts the others', () => {
    const element = render(diff, { themeNames: { t1: 'Więcej zieleni' }, commentLabels: { c1: 'uwaga nr 12' } });
    const links = element.querySelector('[data-paragraph="k2"] .diff-links');
    const groups = Array.from(links?.querySelectorAll('div') ?? []).map((group) =>
      Array.from(group.children).map((child) => child.textContent?.trim()),
    );
    expect(groups).toEqual([
      ['Powiązane tematy:', 'Więcej zieleni', '1 powiązany temat'],
      ['Powiązane uwagi:', 'uwaga nr 12', '2 powiązane uwagi'],
    ]);
    expect(element.querySelector('[data-paragraph="k3"] .diff-links')).toBeNull();
  });

  it('says so when nothing changed', () => {
    const element = render({ ...diff, changes: [], sectionsAdded: [] });
    expect(element.querySelector('.diff-empty')?.textContent).toContain('Między tymi wersjami tekst się nie zmienił.');
    expect(element.querySelector('section')).toBeNull();
  });

  it('speaks English chrome around the Polish text', () => {
    TestBed.inject(I18nService).setLanguage('en');
    const element = render(diff);
    expect(element.querySelector('[data-paragraph="k2"] .diff-change__kind')?.textContent?.trim()).toBe('Changed paragraph');
    const hidden = element.querySelector('[data-paragraph="k2"] del .visually-hidden');
    expect(hidden?.textContent?.trim()).toBe('deleted:');
    expect(hidden?.getAttribute('lang')).toBe('en');
    expect(element.querySelector('[data-paragraph="k2"] ins .visually-hidden')?.textContent?.trim()).toBe('inserted:');
  });
});

describe('DocumentCompare', () => {
  const versions: DocumentVersionSummaryDto[] = [3, 1, 2].map((number) => ({
    number,
    title: 'Program zieleni',
    changeNote: null,
    createdAt: `2026-05-0${number}T10:00:00Z`,
    sectionCount: 2,
    paragraphCount: 5,
  }));

  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'lang=; path=/; max-age=0';
    TestBed.configureTestingModule({ imports: [DocumentCompare], providers: [provideHttpClient(), provideHttpClientTesting()] });
  });

  async function renderCompare() {
    const fixture = TestBed.createComponent(DocumentCompare);
    fixture.componentRef.setInput('slug', 'zielone-podworka');
    fixture.componentRef.setInput('versions', versions);
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement, http: TestBed.inject(HttpTestingController) };
  }

  function open(element: HTMLElement): void {
    const details = element.querySelector('details') as HTMLDetailsElement;
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
    // Not whenStable(): the pending request keeps the app unstable until it is flushed.
    TestBed.tick();
  }

  it('loads nothing until opened, then compares the two newest versions and announces the result', async () => {
    const { fixture, element, http } = await renderCompare();
    http.expectNone(() => true);
    expect(element.querySelector('summary')?.textContent?.trim()).toBe('Porównaj wersje');

    open(element);
    const from = element.querySelector<HTMLSelectElement>('select[id$="-from"]');
    const to = element.querySelector<HTMLSelectElement>('select[id$="-to"]');
    expect(element.querySelector(`label[for="${from?.id}"]`)?.textContent?.trim()).toBe('Wcześniejsza wersja');
    expect(element.querySelector(`label[for="${to?.id}"]`)?.textContent?.trim()).toBe('Późniejsza wersja');
    expect(Array.from(from?.options ?? []).map((option) => option.value)).toEqual(['1', '2', '3']);
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Wczytywanie porównania');

    const request = http.expectOne((candidate) => candidate.url === '/api/consultations/zielone-podworka/versions/diff');
    expect([request.request.params.get('from'), request.request.params.get('to')]).toEqual(['2', '3']);
    request.flush({ ...diff, fromVersion: 2, toVersion: 3 });
    await fixture.whenStable();
    expect(from?.value).toBe('2');
    expect(to?.value).toBe('3');
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Porównanie gotowe: 3 zmienione akapity.');
    expect(element.querySelector('h3')?.textContent).toContain('Zmiany między wersją 2 a wersją 3');
    expect(element.querySelectorAll('cs-document-diff li.diff-change')).toHaveLength(3);
  });

  it('asks again when a version is chosen, and explains a reversed choice instead of asking', async () => {
    const { fixture, element, http } = await renderCompare();
    open(element);
    http.expectOne(() => true).flush(diff);
    await fixture.whenStable();

    const from = element.querySelector<HTMLSelectElement>('select[id$="-from"]') as HTMLSelectElement;
    from.value = '1';
    from.dispatchEvent(new Event('change'));
    TestBed.tick();
    const request = http.expectOne(() => true);
    expect([request.request.params.get('from'), request.request.params.get('to')]).toEqual(['1', '3']);
    request.flush(diff);
    await fixture.whenStable();

    const to = element.querySelector<HTMLSelectElement>('select[id$="-to"]') as HTMLSelectElement;
    from.value = '3';
    from.dispatchEvent(new Event('change'));
    to.value = '2';
    to.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    http.expectNone(() => true);
    const error = element.querySelector('[role="alert"]');
    expect(error?.textContent).toContain('najpierw wcześniejszą');
    expect(from.getAttribute('aria-invalid')).toBe('true');
    expect(from.getAttribute('aria-describedby')).toBe(error?.id);
    expect(element.querySelector('cs-document-diff')).toBeNull();
  });

  it('reports a failed load and retries', async () => {
    const { fixture, element, http } = await renderCompare();
    open(element);
    http.expectOne(() => true).flush({ code: 'INTERNAL' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Nie udało się wczytać porównania wersji.');
    (element.querySelector('button') as HTMLButtonElement).click();
    TestBed.tick();
    http.expectOne(() => true).flush(diff);
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')?.textContent).toContain('Porównanie gotowe');
  });
});
