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
  DispositionDecision,
  OFF_PLATFORM_AUTHOR_LABEL,
  ModerationMode,
  ParagraphKind,
  RejectionReason,
  Role,
  SectionDto,
  Stance,
  SubmitterType,
} from '@consulta/shared/contracts';
import { SessionStore } from '@consulta/web/core';
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

  it("shows the city's approved decision with its justification, and an off-platform submission in the reader's language", async () => {
    const root = await render(
      aComment({
        authorName: OFF_PLATFORM_AUTHOR_LABEL,
        organisationName: null,
        submitterType: SubmitterType.Resident,
        disposition: {
          decision: DispositionDecision.PartlyAccepted,
          explanation: 'Dopiszemy zieleń <b>osiedlową</b>.',
          decidedAt: '2026-11-20T10:00:00Z',
        },
      }),
    );

    const decision = root.querySelector('.comment__disposition');
    expect(decision?.textContent).toContain('Decyzja miasta: Uwaga uwzględniona częściowo');
    expect(decision?.querySelector('.plain-text')?.textContent).toBe('Dopiszemy zieleń <b>osiedlową</b>.');
    expect(decision?.querySelector('b')).toBeNull();
    expect(root.querySelector('h5')?.textContent).toContain('Uwaga złożona poza platformą');
  });

  it('shows a 400 VALIDATION_FAILED on the reply text at the field and focuses it', async () => {
    (TestBed.inject(SessionStore) as unknown as { currentUser: { set(u: unknown): void } }).currentUser.set({
      id: 'u1',
      email: 'anna@example.pl',
      displayName: 'Anna',
      role: Role.Resident,
      emailVerified: true,
      locale: 'pl',
      createdAt: '2026-01-01T00:00:00Z',
    });
    const fixture = TestBed.createComponent(CommentCard);
    fixture.componentRef.setInput('comment', aComment({ replyCount: 0 }));
    fixture.componentRef.setInput('section', section);
    fixture.componentRef.setInput('consultation', { ...consultation, status: ConsultationStatus.Open });
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const replyButton = Array.from(root.querySelectorAll('button')).find((button) => button.textContent?.trim() === 'Odpowiedz');
    replyButton?.click();
    await fixture.whenStable();
    const field = root.querySelector<HTMLTextAreaElement>('#c-c1-reply');
    if (!field) throw new Error('No reply field');
    // Two characters here, one for the server once trimmed.
    field.value = ' a ';
    field.dispatchEvent(new Event('input'));
    root.querySelector<HTMLButtonElement>('.reply-form button[type="submit"]')?.click();
    await fixture.whenStable();

    const post = TestBed.inject(HttpTestingController).expectOne({ method: 'POST', url: '/api/comments/c1/replies' });
    expect(post.request.body).toEqual({ text: ' a ' });
    post.flush(
      {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'text must be longer than or equal to 2 characters',
        details: [{ field: 'text', message: 'text must be longer than or equal to 2 characters' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();

    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector('#c-c1-reply-error')?.textContent).toContain('Wpisz co najmniej 2 znaki.');
    expect(document.activeElement).toBe(field);
    // No general notice besides the field's own error.
    expect(root.querySelectorAll('p.field-error:not([id])').length).toBe(0);
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
