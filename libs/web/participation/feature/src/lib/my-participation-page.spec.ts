import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AnchorKind, CommentState, MyCommentDto, MyParticipationDto, Stance, SubmitterType } from '@consulta/shared/contracts';
import { MyParticipationPage } from './my-participation-page';

function aPendingComment(overrides: Partial<MyCommentDto> = {}): MyCommentDto {
  return {
    id: 'c1',
    consultationSlug: 'misja-krakowa',
    consultationTitle: 'Misja Krakowa',
    sectionKey: 'misja',
    paragraphKey: null,
    quote: null,
    anchorKind: AnchorKind.Section,
    documentVersion: 1,
    anchorMissing: false,
    text: 'Więcej zieleni w centrum miasta, proszę.',
    stance: Stance.Support,
    proposedWording: null,
    areaKey: 'd01-stare-miasto',
    submitterType: SubmitterType.Resident,
    organisationName: null,
    authorName: 'Anna',
    isMine: true,
    state: CommentState.Pending,
    rejection: null,
    official: false,
    agreeCount: 0,
    agreedByMe: false,
    replyCount: 0,
    createdAt: '2026-05-02T10:00:00Z',
    editedAt: null,
    officialReplies: [],
    disposition: null,
    ...overrides,
  };
}

const AREAS = [
  { key: 'd01-stare-miasto', name: 'I Stare Miasto' },
  { key: 'd02-grzegorzki', name: 'II Grzegórzki' },
];

async function settle(fixture: { whenStable(): Promise<unknown> }): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

async function renderWith(comment: MyCommentDto) {
  const fixture = TestBed.createComponent(MyParticipationPage);
  const http = TestBed.inject(HttpTestingController);
  const data: MyParticipationDto = { comments: [comment], replies: [] };
  http.expectOne('/api/me/participation').flush(data);
  await settle(fixture);
  http.expectOne('/api/consultations/misja-krakowa').flush({ slug: 'misja-krakowa', areas: AREAS });
  await settle(fixture);
  const root = fixture.nativeElement as HTMLElement;
  const button = (name: string): HTMLButtonElement => {
    const found = Array.from(root.querySelectorAll('button')).find((candidate) => candidate.textContent?.trim() === name);
    if (!found) throw new Error(`No button “${name}”`);
    return found;
  };
  return { fixture, root, http, button };
}

describe('MyParticipationPage', () => {
  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'lang=; path=/; max-age=0';
    TestBed.configureTestingModule({
      imports: [MyParticipationPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('shows the area of a comment by name and lets the author change it while the comment is pending', async () => {
    const { fixture, root, http, button } = await renderWith(aPendingComment());
    expect(root.textContent).toContain('Obszar: I Stare Miasto');

    button('Edytuj komentarz').click();
    await settle(fixture);
    const select = root.querySelector<HTMLSelectElement>('#my-c1-area');
    if (!select) throw new Error('No area field');
    expect(root.querySelector(`label[for="my-c1-area"]`)?.textContent).toContain('Obszar tematyczny');
    expect(select.value).toBe('d01-stare-miasto');
    expect(Array.from(select.options).map((option) => option.textContent?.trim())).toEqual([
      'Bez obszaru',
      'I Stare Miasto',
      'II Grzegórzki',
    ]);

    select.value = 'd02-grzegorzki';
    select.dispatchEvent(new Event('change'));
    button('Zapisz zmiany').click();
    await settle(fixture);
    const patch = http.expectOne({ method: 'PATCH', url: '/api/comments/c1' });
    expect(patch.request.body).toEqual({
      text: 'Więcej zieleni w centrum miasta, proszę.',
      stance: Stance.Support,
      proposedWording: null,
      areaKey: 'd02-grzegorzki',
    });
    patch.flush(aPendingComment({ areaKey: 'd02-grzegorzki', editedAt: '2026-05-02T12:00:00Z' }));
    await settle(fixture);
    expect(root.querySelector('#my-c1-area')).toBeNull();
    expect(root.textContent).toContain('Obszar: II Grzegórzki');
    expect(root.textContent).toContain('Zmiany zostały zapisane.');
  });

  it('clears the area when the author chooses none', async () => {
    const { fixture, root, http, button } = await renderWith(aPendingComment());
    button('Edytuj komentarz').click();
    await settle(fixture);
    const select = root.querySelector<HTMLSelectElement>('#my-c1-area');
    if (!select) throw new Error('No area field');
    select.value = '';
    select.dispatchEvent(new Event('change'));
    button('Zapisz zmiany').click();
    await settle(fixture);
    const patch = http.expectOne({ method: 'PATCH', url: '/api/comments/c1' });
    expect(patch.request.body).toMatchObject({ areaKey: null });
    patch.flush(aPendingComment({ areaKey: null }));
    await settle(fixture);
    expect(root.textContent).not.toContain('Obszar:');
  });
});
