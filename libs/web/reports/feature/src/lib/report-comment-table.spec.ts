import { TestBed } from '@angular/core/testing';
import {
  DispositionDecision,
  ReportCommentPageDto,
  ReportCommentRowDto,
  Stance,
  SubmissionChannel,
  SubmitterType,
} from '@consulta/shared/contracts';
import { I18nService } from '@consulta/web/core';
import { ReportCommentPageLoader, ReportCommentPageQuery } from '@consulta/web/reports/data-access';
import { ReportCommentTable } from './report-comment-table';

function aRow(number: number, overrides: Partial<ReportCommentRowDto> = {}): ReportCommentRowDto {
  return {
    number,
    submitterType: SubmitterType.Resident,
    organisationName: null,
    channel: SubmissionChannel.Online,
    receivedAt: '2026-05-01T10:00:00.000Z',
    sectionKey: 'cel',
    sectionTitle: 'Cel',
    passage: null,
    text: `Uwaga numer ${number}`,
    proposedWording: null,
    stance: Stance.Neutral,
    areaKey: null,
    themes: [],
    decision: null,
    justification: null,
    ...overrides,
  };
}

/** `total` rows, two a page (the page size is the loader's business: the limit asked is ignored here). */
function loaderOf(total: number, rows: (n: number) => ReportCommentRowDto = (n) => aRow(n)) {
  const calls: ReportCommentPageQuery[] = [];
  const loader: ReportCommentPageLoader = async (query) => {
    calls.push(query);
    const start = query.cursor === null ? 0 : Number(query.cursor);
    const end = Math.min(total, start + 2);
    const page: ReportCommentPageDto = {
      items: Array.from({ length: end - start }, (_, index) => rows(start + index + 1)),
      nextCursor: end < total ? String(end) : null,
      total,
    };
    return page;
  };
  return { loader, calls };
}

async function render(loader: ReportCommentPageLoader) {
  TestBed.inject(I18nService).setLanguage('pl');
  const fixture = TestBed.createComponent(ReportCommentTable);
  fixture.componentRef.setInput('loader', loader);
  await fixture.whenStable();
  fixture.detectChanges();
  return { fixture, element: fixture.nativeElement as HTMLElement };
}

const bodyRows = (element: HTMLElement) => Array.from(element.querySelectorAll('tbody tr'));

describe('ReportCommentTable', () => {
  // jsdom lays nothing out: scrolling is a no-op there.
  beforeAll(() => {
    Element.prototype.scrollIntoView = jest.fn();
  });

  it('shows the submitter type, never a name, an organisation by its name, and the decision with its justification', async () => {
    const { element } = await render(
      loaderOf(2, (n) =>
        n === 1
          ? aRow(1, { submitterType: SubmitterType.Ngo, organisationName: 'Fundacja Zielony Kraków', channel: SubmissionChannel.Paper })
          : aRow(2, { decision: DispositionDecision.PartlyAccepted, justification: 'Częściowo w planie.', passage: 'tramwaje' }),
      ).loader,
    );
    const [first, second] = bodyRows(element).map((row) => row.textContent?.replace(/\s+/g, ' ') ?? '');
    expect(first).toContain('Fundacja Zielony Kraków');
    expect(first).toContain('Organizacja pozarządowa');
    expect(first).toContain('pismo papierowe');
    expect(first).toContain('cały rozdział');
    expect(first).toContain('Bez rozstrzygnięcia');
    expect(second).toContain('Mieszkanka lub mieszkaniec');
    expect(second).toContain('Uwaga uwzględniona częściowo');
    expect(second).toContain('Częściowo w planie.');
    expect(element.querySelector('caption')?.textContent).toContain('(razem: 2)');
    expect(element.querySelector('[role="region"]')?.getAttribute('tabindex')).toBe('0');
  });

  it('appends a page on "show more" and announces how many rows are shown', async () => {
    const { fixture, element } = await render(loaderOf(3).loader);
    expect(bodyRows(element)).toHaveLength(2);
    const more = Array.from(element.querySelectorAll('button')).find((button) => button.textContent?.includes('Pokaż kolejne uwagi'));
    more?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(bodyRows(element)).toHaveLength(3);
    expect(element.querySelector('p[role="status"]')?.textContent).toBe('Wyświetlono uwagi: 3 z 3.');
    expect(Array.from(element.querySelectorAll('button')).some((button) => button.textContent?.includes('Pokaż kolejne uwagi'))).toBe(
      false,
    );
    // With no "more" button left, focus goes to the first row added.
    expect(document.activeElement?.id).toBe('uwaga-3');
  });

  it('loads pages until a quoted comment is in the table, then focuses its row', async () => {
    const { loader, calls } = loaderOf(7);
    const { fixture, element } = await render(loader);
    await fixture.componentInstance.reveal(5);
    fixture.detectChanges();
    await fixture.whenStable();
    expect(calls.map((call) => call.cursor)).toEqual([null, '2', '4']);
    expect(bodyRows(element)).toHaveLength(6);
    expect(document.activeElement?.id).toBe('uwaga-5');
  });
});
