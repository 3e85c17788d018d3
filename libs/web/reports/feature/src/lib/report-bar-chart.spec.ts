import { TestBed } from '@angular/core/testing';
import { I18nService } from '@consulta/web/core';
import { ReportBarChart } from './report-bar-chart';

describe('ReportBarChart', () => {
  function render(items: { key: string; label: string; count: number; lang: string | null }[]) {
    const fixture = TestBed.createComponent(ReportBarChart);
    fixture.componentRef.setInput('caption', 'Uwagi według stanowiska');
    fixture.componentRef.setInput('items', items);
    fixture.detectChanges();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  beforeEach(() => TestBed.inject(I18nService).setLanguage('pl'));

  it('draws an SVG image named by its caption and described by its largest category', () => {
    const { element } = render([
      { key: 'support', label: 'Poparcie', count: 3, lang: null },
      { key: 'oppose', label: 'Sprzeciw', count: 9, lang: null },
    ]);
    const svg = element.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    const [titleId, descId] = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(element.querySelector(`#${titleId}`)?.textContent).toBe('Uwagi według stanowiska');
    expect(element.querySelector(`#${descId}`)?.textContent).toBe('Najwięcej: Sprzeciw (9). Razem: 12.');
    // The longest bar is the largest count.
    const widths = Array.from(element.querySelectorAll('rect')).map((rect) => Number(rect.getAttribute('width')));
    expect(widths[1]).toBeGreaterThan(widths[0]);
    expect(widths[0] / widths[1]).toBeCloseTo(3 / 9, 2);
  });

  it('toggles a data table with a caption, scoped header cells and shares', () => {
    const { fixture, element } = render([
      { key: 'a', label: 'Stare Miasto', count: 1, lang: 'pl' },
      { key: 'b', label: 'Podgórze', count: 3, lang: 'pl' },
    ]);
    const button = element.querySelector('button') as HTMLButtonElement;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-label')).toBe('Pokaż tabelę danych: Uwagi według stanowiska');
    expect(element.querySelector('table')).toBeNull();
    button.click();
    fixture.detectChanges();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.getAttribute('aria-label')).toBe('Ukryj tabelę danych: Uwagi według stanowiska');
    const table = element.querySelector('table') as HTMLTableElement;
    expect(table.caption?.textContent?.trim()).toBe('Uwagi według stanowiska');
    expect(Array.from(table.querySelectorAll('thead th')).map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    const rows = Array.from(table.querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.children).map((cell) => cell.textContent?.trim().replace(/\u00a0/g, ' ')),
    );
    expect(rows).toEqual([
      ['Stare Miasto', '1', '25%'],
      ['Podgórze', '3', '75%'],
    ]);
    expect(table.querySelector('tbody th')?.getAttribute('lang')).toBe('pl');
    // The scrolling wrapper is a focusable region named by the caption.
    const region = element.querySelector('[role="region"]') as HTMLElement;
    expect(region.tabIndex).toBe(0);
    expect(region.getAttribute('aria-labelledby')).toBe(table.caption?.id);
  });

  it('says there is no data instead of drawing an empty chart', () => {
    const { element } = render([]);
    expect(element.querySelector('svg')).toBeNull();
    expect(element.textContent).toContain('Brak danych.');
  });
});
