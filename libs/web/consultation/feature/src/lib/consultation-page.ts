import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { ConsultationStatus } from '@consulta/shared/contracts';
import { ConsultationPageStore, daysUntil } from '@consulta/web/consultation/data-access';
import { CityDatePipe, I18nService, MODERATION_LABEL, PageTitleService, STATUS_LABEL, TranslatePipe, pageLink } from '@consulta/web/core';
import { CommentAnchorRequest, CommentCountsStore, ParticipationApi } from '@consulta/web/participation/data-access';
import { SectionDiscussion } from '@consulta/web/participation/feature';
import { AlertMessage, StatusBadge } from '@consulta/web/ui';
import { DocumentCompare } from './document-diff/document-compare';

/** Text selected inside one paragraph (desktop): offered as a quoted passage. */
interface SelectedPassage {
  sectionKey: string;
  paragraphKey: string;
  quote: string;
}

/** /k/:slug: a consultation's summary, timeline and current document, section by section. */
@Component({
  selector: 'cs-consultation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [NgTemplateOutlet, RouterLink, TranslatePipe, CityDatePipe, StatusBadge, AlertMessage, SectionDiscussion, DocumentCompare],
  providers: [ConsultationPageStore, CommentCountsStore],
  host: { '(document:mouseup)': 'trackSelection($event)', '(document:keyup)': 'trackSelection($event)' },
  templateUrl: './consultation-page.html',
  styleUrl: './consultation-page.css',
})
export class ConsultationPage {
  /** Bound from the route parameter. */
  readonly slug = input.required<string>();

  protected readonly store = inject(ConsultationPageStore);
  /**
   * The city's own texts (summary, document) are written in Polish whatever the interface language:
   * marked so screen readers pronounce them as Polish (WCAG 3.1.2). Comments keep the page language.
   */
  protected readonly contentLanguage = 'pl';
  private readonly i18n = inject(I18nService);
  private readonly pageTitle = inject(PageTitleService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  private readonly route = inject(ActivatedRoute);
  private readonly participation = inject(ParticipationApi);
  private readonly fragment = toSignal(this.route.fragment, { initialValue: null });
  private readonly queryParams = toSignal(this.route.queryParamMap, { initialValue: null });
  protected readonly counts = inject(CommentCountsStore);
  /** Sections whose discussion is open. */
  protected readonly openSections = signal<ReadonlySet<string>>(new Set());
  protected readonly anchorRequest = signal<CommentAnchorRequest | null>(null);
  protected readonly focusComment = signal<{ sectionKey: string; id: string } | null>(null);
  protected readonly selectedPassage = signal<SelectedPassage | null>(null);
  private requestCount = 0;

  protected readonly homeLink = pageLink('home');
  protected readonly statusLabel = STATUS_LABEL;
  protected readonly moderationLabel = MODERATION_LABEL;
  protected readonly consultation = this.store.consultation;
  /** One persistent <h1> across loading / loaded / not found, so focus placed on it after navigation stays. */
  protected readonly heading = computed(() => {
    const consultation = this.consultation();
    if (consultation) {
      return consultation.title;
    }
    return this.i18n.t(this.store.notFound() ? 'consultation.notFound' : 'title.consultation');
  });
  /** The published report (issue 6), once there is one. */
  protected readonly reportLink = computed(() => {
    const consultation = this.consultation();
    return consultation?.status === ConsultationStatus.ReportPublished ? pageLink('report', consultation.slug) : null;
  });
  protected readonly daysLeft = computed(() => {
    const consultation = this.consultation();
    return consultation?.status === ConsultationStatus.Open ? daysUntil(consultation.closesAt) : null;
  });

  constructor() {
    effect(() => {
      const slug = this.slug();
      this.store.load(slug);
      untracked(() => void this.counts.load(slug));
    });
    // Comment deep links: ?comment=<id> or #c-<id> open the comment's section discussion.
    effect(() => {
      const fragment = this.fragment();
      const id = this.queryParams()?.get('comment') ?? (fragment?.startsWith('c-') ? fragment.slice(2) : null);
      if (id && this.consultation()) {
        untracked(() => void this.openComment(id));
      }
    });
    effect(() => {
      const consultation = this.consultation();
      if (consultation) {
        this.pageTitle.setContentTitle(consultation.title);
      } else if (this.store.notFound()) {
        this.pageTitle.setContentTitle(this.i18n.t('consultation.notFound'));
      }
    });
    // Deep links (#s-…, #p-…) point into content that arrives after navigation: scroll once it is rendered.
    effect(() => {
      const target = this.fragment();
      if (target && this.store.sections().length > 0) {
        afterNextRender(() => this.revealFragment(target), { injector: this.injector });
      }
    });
  }

  protected isOpen(sectionKey: string): boolean {
    return this.openSections().has(sectionKey);
  }

  protected toggleDiscussion(sectionKey: string): void {
    const open = new Set(this.openSections());
    if (open.has(sectionKey)) {
      open.delete(sectionKey);
    } else {
      open.add(sectionKey);
    }
    this.openSections.set(open);
  }

  protected closeDiscussion(sectionKey: string): void {
    const open = new Set(this.openSections());
    open.delete(sectionKey);
    this.openSections.set(open);
    afterNextRender(() => this.document.getElementById(`s-${sectionKey}-toggle`)?.focus(), { injector: this.injector });
  }

  protected commentOnParagraph(sectionKey: string, paragraphKey: string): void {
    this.requestComment({ sectionKey, paragraphKey, quote: null });
  }

  protected commentOnSelection(passage: SelectedPassage): void {
    this.selectedPassage.set(null);
    this.requestComment(passage);
  }

  /** Desktop: remembers text selected within a single paragraph, offered as "Comment on the selected passage". */
  protected trackSelection(event: Event): void {
    if ((event.target as HTMLElement | null)?.closest('button')) {
      return;
    }
    const selection = this.document.getSelection();
    const quote = selection?.toString() ?? '';
    const anchor = selection?.anchorNode?.parentElement?.closest<HTMLElement>('[data-paragraph]');
    const focus = selection?.focusNode?.parentElement?.closest<HTMLElement>('[data-paragraph]');
    const paragraphKey = anchor?.dataset['paragraph'];
    const sectionKey = anchor?.closest<HTMLElement>('.document-section')?.id.slice(2);
    if (!quote.trim() || !anchor || anchor !== focus || !paragraphKey || !sectionKey || !anchor.textContent?.includes(quote)) {
      this.selectedPassage.set(null);
      return;
    }
    this.selectedPassage.set({ sectionKey, paragraphKey, quote });
  }

  private requestComment(request: Omit<CommentAnchorRequest, 'id'>): void {
    this.anchorRequest.set({ ...request, id: ++this.requestCount });
    const open = new Set(this.openSections());
    open.add(request.sectionKey);
    this.openSections.set(open);
  }

  private async openComment(id: string): Promise<void> {
    try {
      const comment = await this.participation.comment(id);
      const open = new Set(this.openSections());
      open.add(comment.sectionKey);
      this.openSections.set(open);
      this.focusComment.set({ sectionKey: comment.sectionKey, id: comment.id });
    } catch {
      // An unknown or hidden comment: the document is still worth reading.
    }
  }

  protected reloadConsultation(): void {
    this.store.reload();
  }

  private revealFragment(id: string): void {
    const element = this.document.getElementById(id);
    if (!element) {
      return;
    }
    element.scrollIntoView();
    if (element.hasAttribute('tabindex')) {
      element.focus({ preventScroll: true });
    }
  }
}
