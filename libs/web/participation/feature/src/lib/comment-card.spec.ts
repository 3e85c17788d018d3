import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  AnchorKind,
  CommentDto,
  CommentState,
  ConsultationDetailDto,
  ConsultationStatus,
  DELETED_AUTHOR_LABEL,
  ModerationMode,
  ParagraphKind,
  RejectionReason,
  SectionDto,
  Stance,
  SubmitterType,
} from '@consulta/shared/contracts';
import { DiscussionStore } from '@consulta/web/participation/data-access';
import { CommentCard } from './comment-card';

const section: SectionDto = {
  key: 'misja',
  position: 1,
  title: 'Misja',
  paragraphs: [
    { key: 'm1', position: 1, kind: ParagraphKind.Text, text: 'Pierwszy akapit.' },
    { key: 'm2', position: 2, kind: ParagraphKind.Text, text: 'Drugi akapit o współdziałaniu.' },
  ],
};

const consultation: ConsultationDetailDto = {
  slug: 'misja-krakowa',
  title: 'Misja',
  summary: '',
  status: ConsultationStatus.Closed,
  opensAt: null,
  closesAt: null,
  moderationMode: ModerationMode.Pre,
  areas: [{ key: 'zielen', name: 'Zieleń' }],
  createdAt: '2026-04-01T08:00:00Z',
  updatedAt: '2026-04-01T08:00:00Z',
  document: null,
};

function aComment(overrides: Partial<CommentDto> = {}): CommentDto {
  return {
    id: 'c1',
    consultationSlug: 'misja-krakowa',
    sectionKey: 'misja',
    paragraphKey: 'm2',
    quote: 'współdziałaniu',
    anchorKind: AnchorKind.Passage,
    documentVersion: 1,
    anchorMissing: false,
    text: 'Pierwsza linia\n<script>alert(1)</script> https://example.pl',
    stance: Stance.Oppose,
    proposedWording: null,
    areaKey: 'zielen',
    submitterType: SubmitterType.Ngo,
    organisationName: 'Zielony Kraków',
    authorName: 'Zielony Kraków',
    isMine: false,
    state: CommentState.Published,
    rejection: null,
    official: true,
    agreeCount: 4,
    agreedByMe: false,
    replyCount: 0,
    createdAt: '2026-05-02T10:00:00Z',
    editedAt: null,
    ...overrides,
  };
}

async function render(comment: CommentDto) {
  const fixture = TestBed.createComponent(CommentCard);
  fixture.componentRef.setInput('comment', comment);
  fixture.componentRef.setInput('section', section);
  fixture.componentRef.setInput('consultation', consultation);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('CommentCard', () => {
  beforeEach(() => {
    localStorage.clear();
    document.cookie = 'lang=; path=/; max-age=0';
    TestBed.configureTestingModule({
      imports: [CommentCard],
      providers: [provideHttpClient(), provideHttpClientTesting(), DiscussionStore],
    });
  });

  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('renders the text as plain text: markup shows as characters, never as elements', async () => {
    const root = await render(aComment());
    const text = root.querySelector('.comment__text');

    expect(text?.textContent).toBe('Pierwsza linia\n<script>alert(1)</script> https://example.pl');
    expect(text?.querySelector('script')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
  });

  it('shows the author, submitter type, stance as text, area, quoted passage and the official marker', async () => {
    const root = await render(aComment());
    const article = root.querySelector('article');

    expect(article?.id).toBe('c-c1');
    expect(root.querySelector('h5')?.textContent).toContain('Zielony Kraków');
    expect(root.textContent).toContain('Organizacja pozarządowa');
    expect(root.textContent).toContain('Stanowisko: Sprzeciw');
    expect(root.textContent).toContain('Obszar: Zieleń');
    expect(root.textContent).toContain('Dotyczy fragmentu akapitu 2');
    expect(root.querySelector('blockquote')?.textContent).toBe('współdziałaniu');
    expect(root.textContent).toContain('Urząd Miasta odpowiedział w tym wątku');
    expect(root.textContent).toContain('4 osoby się zgadzają');
  });

  it('explains a comment whose paragraph has changed, and shows my rejected comment with its reason', async () => {
    const root = await render(
      aComment({
        anchorMissing: true,
        documentVersion: 2,
        isMine: true,
        state: CommentState.Rejected,
        rejection: { reason: RejectionReason.OffTopic, note: 'Proszę pisać o misji.' },
        authorName: DELETED_AUTHOR_LABEL,
      }),
    );

    expect(root.textContent).toContain('Napisano do wersji 2 dokumentu');
    expect(root.textContent).toContain('Odrzucony przez moderatora');
    expect(root.textContent).toContain('Powód: nie dotyczy tematu konsultacji');
    expect(root.textContent).toContain('Wyjaśnienie moderatora: Proszę pisać o misji.');
    expect(root.querySelector('h5')?.textContent).toContain('Była uczestniczka lub uczestnik');
  });
});
