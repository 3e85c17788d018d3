import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { DocumentDiffDto, ParagraphChangeDto, ParagraphChangeKind } from '@consulta/shared/contracts';
import { I18nService, TranslatePipe, TranslationKey } from '@consulta/web/core';

/** Consecutive changes of one section, as the diff lists them (the later version's order). */
interface ChangeGroup {
  id: string;
  sectionKey: string;
  sectionTitle: string;
  sectionAdded: boolean;
  sectionRemoved: boolean;
  changes: ParagraphChangeDto[];
}

/** What a change was linked to, as far as the caller could name it. */
interface ChangeLinks {
  themes: string[];
  unnamedThemes: number;
  comments: string[];
  unnamedComments: number;
}

const KIND_LABEL: Record<ParagraphChangeKind, TranslationKey> = {
  [ParagraphChangeKind.Changed]: 'diff.kind.changed',
  [ParagraphChangeKind.Added]: 'diff.kind.added',
  [ParagraphChangeKind.Removed]: 'diff.kind.removed',
};

let nextId = 0;

/**
 * "What changed in the text": the changes of a DocumentDiffDto grouped by section. Changed paragraphs show the word
 * diff as <del>/<ins> (struck through / underlined, not colour alone) with visually hidden "deleted:"/"inserted:" for
 * screen readers; added and removed paragraphs are labelled. The document text is Polish whatever the interface
 * language (lang="pl"). Used on the consultation page (compare versions) and in the public report.
 */
@Component({
  selector: 'cs-document-diff',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  templateUrl: './document-diff-view.html',
  styleUrl: './document-diff-view.css',
})
export class DocumentDiffView {
  readonly diff = input.required<DocumentDiffDto>();
  /** Level of the section headings inside (the caller's heading level + 1). */
  readonly headingLevel = input<number>(3);
  /** Names of linked themes by id; unknown ids are counted instead. */
  readonly themeNames = input<Readonly<Record<string, string>>>({});
  /** Labels of linked comments by id (for example "uwaga nr 12"); unknown ids are counted instead. */
  readonly commentLabels = input<Readonly<Record<string, string>>>({});

  protected readonly kinds = ParagraphChangeKind;
  protected readonly kindLabel = KIND_LABEL;
  protected readonly contentLanguage = 'pl';
  protected readonly uiLanguage = inject(I18nService).language;
  private readonly idPrefix = `cs-diff-${++nextId}`;

  protected readonly counts = computed(() => {
    const changes = this.diff().changes;
    const count = (kind: ParagraphChangeKind) => changes.filter((change) => change.kind === kind).length;
    return {
      changed: count(ParagraphChangeKind.Changed),
      added: count(ParagraphChangeKind.Added),
      removed: count(ParagraphChangeKind.Removed),
    };
  });

  protected readonly groups = computed<ChangeGroup[]>(() => {
    const diff = this.diff();
    const added = new Set(diff.sectionsAdded);
    const removed = new Set(diff.sectionsRemoved);
    const groups: ChangeGroup[] = [];
    for (const change of diff.changes) {
      const last = groups[groups.length - 1];
      if (last && last.sectionKey === change.sectionKey) {
        last.changes.push(change);
        continue;
      }
      groups.push({
        id: `${this.idPrefix}-${groups.length}`,
        sectionKey: change.sectionKey,
        sectionTitle: change.sectionTitle,
        sectionAdded: added.has(change.sectionKey),
        sectionRemoved: removed.has(change.sectionKey),
        changes: [change],
      });
    }
    return groups;
  });

  protected linksOf(change: ParagraphChangeDto): ChangeLinks | null {
    if (change.themeIds.length === 0 && change.commentIds.length === 0) {
      return null;
    }
    const themeNames = this.themeNames();
    const commentLabels = this.commentLabels();
    const themes = change.themeIds.flatMap((id) => (themeNames[id] ? [themeNames[id]] : []));
    const comments = change.commentIds.flatMap((id) => (commentLabels[id] ? [commentLabels[id]] : []));
    return {
      themes,
      unnamedThemes: change.themeIds.length - themes.length,
      comments,
      unnamedComments: change.commentIds.length - comments.length,
    };
  }
}
