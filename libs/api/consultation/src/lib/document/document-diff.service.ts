import { DomainException } from '@consulta/api/core';
import { requireRole, type SessionUser } from '@consulta/api/identity';
import { ApiErrorDetail, ChangeLinksRequest, DocumentDiffDto, ErrorCode, ParagraphChangeDto, Role } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ConsultationService, Viewer } from '../consultation.service';
import { ConsultationRepository } from '../repositories/consultation.repository';
import { ChangeLinks, DocumentChangeLinkRepository } from '../repositories/document-change-link.repository';
import { DocumentRepository, LoadedVersion } from '../repositories/document.repository';
import { DiffSection, VersionChange, diffVersions } from './diff-versions';

const MAX_VERSION_NUMBER = 2_147_483_647;
const PARAGRAPH_KEY = /^[0-9a-z]{1,16}$/;

/** What changed in a consultation's document between two versions, and what led to each change. */
@Injectable()
export class DocumentDiffService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consultationService: ConsultationService,
    private readonly consultations: ConsultationRepository,
    private readonly documents: DocumentRepository,
    private readonly links: DocumentChangeLinkRepository,
  ) {}

  /**
   * The paragraph-level diff from version `from` to version `to` (see diffVersions for matching and order), each
   * change with the themes and comments staff linked to it in the versions after `from` up to `to`.
   * `from` == `to` answers no changes. No access check: callers decide who may see the consultation.
   */
  async diff(consultationId: string, from: number, to: number, manager: EntityManager = this.dataSource.manager): Promise<DocumentDiffDto> {
    if (!Number.isInteger(from) || !Number.isInteger(to) || from > to) throw rangeInvalid();
    const before = await this.version(consultationId, from, manager);
    const after = from === to ? before : await this.version(consultationId, to, manager);
    const diff = diffVersions(toDiffSections(before), toDiffSections(after));
    const links =
      diff.changes.length > 0 ? await this.links.linksBetween(consultationId, from, to, manager) : new Map<string, ChangeLinks>();
    return {
      fromVersion: from,
      toVersion: to,
      changes: diff.changes.map((change) => withLinks(change, links)),
      sectionsAdded: diff.sectionsAdded,
      sectionsRemoved: diff.sectionsRemoved,
    };
  }

  /** GET /api/consultations/:slug/versions/diff?from=&to=: the query values as sent. */
  async diffForViewer(slug: string, from: string, to: string, viewer: Viewer | null | undefined): Promise<DocumentDiffDto> {
    const consultation = await this.consultationService.findVisible(slug, viewer);
    return this.diff(consultation.id, parseVersion(from), parseVersion(to));
  }

  /**
   * Staff: replaces the themes and comments linked to the change of `paragraphKey` made by version `to` (it must be a
   * change of `to - 1 → to`); empty lists remove the link. Audited in the same transaction.
   */
  async updateLinks(
    slug: string,
    to: number,
    paragraphKey: string,
    request: ChangeLinksRequest,
    actor: SessionUser | null | undefined,
  ): Promise<ParagraphChangeDto> {
    requireRole(actor, Role.Moderator, Role.Admin);
    const consultation = await this.consultationService.findVisible(slug, actor);
    if (!Number.isInteger(to) || to < 1 || to > MAX_VERSION_NUMBER) throw versionNotFound(to);
    if (!PARAGRAPH_KEY.test(paragraphKey)) throw changeNotFound(to);
    const requested: ChangeLinks = { themeIds: unique(request.themeIds), commentIds: unique(request.commentIds) };

    return this.consultations.transaction(async (manager) => {
      // Serialises link edits of one consultation, so the audit's "before" is what the edit replaced.
      await this.consultations.lock(consultation.id, manager);
      const after = await this.version(consultation.id, to, manager);
      if (to === 1) throw changeNotFound(to);
      const before = await this.version(consultation.id, to - 1, manager);
      const change = diffVersions(toDiffSections(before), toDiffSections(after)).changes.find(
        (candidate) => candidate.paragraphKey === paragraphKey,
      );
      if (!change) throw changeNotFound(to);
      await this.checkLinkable(consultation.id, requested, manager);

      const previous = await this.links.find(consultation.id, to, paragraphKey, manager);
      const empty = requested.themeIds.length === 0 && requested.commentIds.length === 0;
      if (empty) await this.links.delete(consultation.id, to, paragraphKey, manager);
      else await this.links.save(consultation.id, to, paragraphKey, requested, actor.id, manager);
      await this.links.appendAudit(
        {
          actorId: actor.id,
          actorName: actor.displayName,
          consultationId: consultation.id,
          toVersion: to,
          paragraphKey,
          before: previous,
          after: empty ? null : requested,
        },
        manager,
      );
      return withLinks(change, await this.links.linksBetween(consultation.id, to - 1, to, manager));
    });
  }

  private async version(consultationId: string, number: number, manager: EntityManager): Promise<LoadedVersion> {
    const version = number >= 1 && number <= MAX_VERSION_NUMBER ? await this.documents.findByNumber(consultationId, number, manager) : null;
    if (!version) throw versionNotFound(number);
    return version;
  }

  private async checkLinkable(consultationId: string, links: ChangeLinks, manager: EntityManager): Promise<void> {
    const themes = await this.links.existingThemeIds(consultationId, links.themeIds, manager);
    const comments = await this.links.publishedCommentIds(consultationId, links.commentIds, manager);
    const problems: ApiErrorDetail[] = [
      ...links.themeIds.flatMap((id, index) =>
        themes.has(id) ? [] : [{ field: `themeIds.${index}`, message: `${id} is not a theme of this consultation.` }],
      ),
      ...links.commentIds.flatMap((id, index) =>
        comments.has(id) ? [] : [{ field: `commentIds.${index}`, message: `${id} is not a published comment of this consultation.` }],
      ),
    ];
    if (problems.length > 0) {
      throw new DomainException(
        ErrorCode.DocumentChangeLinkInvalid,
        'Only themes and published comments of this consultation can be linked to a change.',
        problems,
      );
    }
  }
}

function toDiffSections(version: LoadedVersion): DiffSection[] {
  return version.sections.map((section) => ({
    key: section.key,
    title: section.title,
    paragraphs: section.paragraphs.map((paragraph) => ({ key: paragraph.key, text: paragraph.text })),
  }));
}

function withLinks(change: VersionChange, links: Map<string, ChangeLinks>): ParagraphChangeDto {
  const linked = links.get(change.paragraphKey);
  return { ...change, themeIds: linked?.themeIds ?? [], commentIds: linked?.commentIds ?? [] };
}

/** Lower-cased and without duplicates, in the order given. */
function unique(ids: string[]): string[] {
  return [...new Set(ids.map((id) => id.toLowerCase()))];
}

/** A version number from the query string: digits only, else DOCUMENT_DIFF_RANGE_INVALID. */
function parseVersion(value: string): number {
  if (!/^\d{1,12}$/.test(value)) throw rangeInvalid();
  return Number(value);
}

function rangeInvalid(): DomainException {
  return new DomainException(
    ErrorCode.DocumentDiffRangeInvalid,
    'Compare two document versions given as whole numbers, the earlier one (from) first: ?from=1&to=2.',
    [{ field: 'from', message: 'from and to must be whole numbers with from ≤ to' }],
  );
}

function versionNotFound(number: number): DomainException {
  return new DomainException(ErrorCode.DocumentVersionNotFound, `This consultation has no document version ${number}.`);
}

function changeNotFound(to: number): DomainException {
  return new DomainException(ErrorCode.DocumentChangeNotFound, `Version ${to} did not change this paragraph.`);
}
