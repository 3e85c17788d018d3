import { DomainException } from '@consulta/api/core';
import {
  ApiErrorDetail,
  ConsultationDetailDto,
  ConsultationStatus,
  ConsultationSummaryDto,
  CreateConsultationRequest,
  DocumentVersionDto,
  DocumentVersionSummaryDto,
  ErrorCode,
  Role,
  SLUG_MAX_LENGTH,
  SLUG_MIN_LENGTH,
  SLUG_PATTERN,
  STAFF_ROLES,
  UpdateConsultationRequest,
} from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import { PUBLIC_STATUSES } from './consultation-status';
import { toConsultationDetail, toConsultationSummary, toDocumentVersion, toDocumentVersionSummary } from './consultation.mapper';
import { Consultation, PublicationState } from './entities';
import { AreaInput, ConsultationFields, ConsultationRepository } from './repositories/consultation.repository';
import { DocumentRepository } from './repositories/document.repository';

/** Who is looking: anyone with a role (the identity user), or nobody. */
export interface Viewer {
  role: Role;
}

export function isStaff(viewer: Viewer | null | undefined): boolean {
  return !!viewer && STAFF_ROLES.includes(viewer.role);
}

const AREA_KEY_MAX_LENGTH = 60;
const MAX_VERSION_NUMBER = 2_147_483_647;

@Injectable()
export class ConsultationService {
  constructor(
    private readonly consultations: ConsultationRepository,
    private readonly documents: DocumentRepository,
  ) {}

  /** Published consultations (never drafts), open first. */
  async listPublished(status?: ConsultationStatus): Promise<ConsultationSummaryDto[]> {
    const statuses = status ? PUBLIC_STATUSES.filter((candidate) => candidate === status) : PUBLIC_STATUSES;
    return (await this.consultations.list(statuses)).map(toConsultationSummary);
  }

  /** Staff: every consultation, drafts included. */
  async listAll(status?: ConsultationStatus): Promise<ConsultationSummaryDto[]> {
    return (await this.consultations.list(status ? [status] : Object.values(ConsultationStatus))).map(toConsultationSummary);
  }

  async getDetail(slug: string, viewer: Viewer | null | undefined): Promise<ConsultationDetailDto> {
    const consultation = await this.findVisible(slug, viewer);
    return toConsultationDetail(consultation, await this.documents.findCurrent(consultation.id));
  }

  async listVersions(slug: string, viewer: Viewer | null | undefined): Promise<DocumentVersionSummaryDto[]> {
    const consultation = await this.findVisible(slug, viewer);
    return (await this.documents.listVersions(consultation.id)).map(toDocumentVersionSummary);
  }

  async getVersion(slug: string, number: number, viewer: Viewer | null | undefined): Promise<DocumentVersionDto> {
    const consultation = await this.findVisible(slug, viewer);
    const version =
      Number.isInteger(number) && number >= 1 && number <= MAX_VERSION_NUMBER
        ? await this.documents.findByNumber(consultation.id, number)
        : null;
    if (!version) throw new DomainException(ErrorCode.DocumentVersionNotFound, `This consultation has no document version ${number}.`);
    return toDocumentVersion(version);
  }

  /**
   * The consultation `viewer` may see: drafts exist for staff only; for everyone else they
   * answer exactly like a slug that does not exist.
   */
  async findVisible(slug: string, viewer: Viewer | null | undefined): Promise<Consultation> {
    const consultation = await this.consultations.findBySlug(slug);
    if (!consultation || (consultation.status === ConsultationStatus.Draft && !isStaff(viewer))) {
      throw new DomainException(ErrorCode.ConsultationNotFound, 'There is no such consultation.');
    }
    return consultation;
  }

  async create(request: CreateConsultationRequest): Promise<ConsultationDetailDto> {
    validateSlug(request.slug);
    const { opensAt, closesAt } = resolveDates(toDate(request.opensAt), toDate(request.closesAt));
    const areas = validateAreas(request.areas ?? []);
    const fields: ConsultationFields = {
      slug: request.slug,
      title: request.title.trim(),
      summary: request.summary.trim(),
      publicationState: request.published ? PublicationState.Published : PublicationState.Draft,
      opensAt,
      closesAt,
      moderationMode: request.moderationMode,
    };
    try {
      await this.consultations.transaction(async (manager) => {
        if (await this.consultations.slugExists(fields.slug, manager)) throw slugTaken(fields.slug);
        await this.consultations.create(fields, areas, manager);
      });
    } catch (error) {
      // Two staff members creating the same slug at once: the unique index decides.
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'IDX_consultations_slug')
        throw slugTaken(fields.slug);
      throw error;
    }
    return this.getDetail(fields.slug, { role: Role.Admin });
  }

  async update(slug: string, request: UpdateConsultationRequest): Promise<ConsultationDetailDto> {
    const consultation = await this.findVisible(slug, { role: Role.Admin });
    const { opensAt, closesAt } = resolveDates(
      request.opensAt === undefined ? consultation.opensAt : toDate(request.opensAt),
      request.closesAt === undefined ? consultation.closesAt : toDate(request.closesAt),
    );
    const areas = request.areas === undefined ? undefined : validateAreas(request.areas);
    const fields: Partial<Omit<ConsultationFields, 'slug'>> = { opensAt, closesAt };
    if (request.title !== undefined) fields.title = request.title.trim();
    if (request.summary !== undefined) fields.summary = request.summary.trim();
    if (request.moderationMode !== undefined) fields.moderationMode = request.moderationMode;
    if (request.published === false) fields.publicationState = PublicationState.Draft;
    if (request.published === true && consultation.publicationState === PublicationState.Draft)
      fields.publicationState = PublicationState.Published;
    await this.consultations.transaction(async (manager) => {
      await this.consultations.update(consultation.id, fields, manager);
      if (areas) await this.consultations.replaceAreas(consultation.id, areas, manager);
    });
    return this.getDetail(slug, { role: Role.Admin });
  }
}

function slugTaken(slug: string): DomainException {
  return new DomainException(ErrorCode.SlugTaken, `The address “${slug}” is already used by another consultation.`);
}

export function validateSlug(slug: string): void {
  if (slug.length < SLUG_MIN_LENGTH || slug.length > SLUG_MAX_LENGTH || !SLUG_PATTERN.test(slug)) {
    throw new DomainException(
      ErrorCode.SlugInvalid,
      `The address must be ${SLUG_MIN_LENGTH}–${SLUG_MAX_LENGTH} lower-case letters, digits and single hyphens, for example “misja-krakowa”.`,
      [{ field: 'slug', message: 'slug must match the pattern of lower-case letters, digits and single hyphens' }],
    );
  }
}

function toDate(value: string | null | undefined): Date | null {
  return value ? new Date(value) : null;
}

function resolveDates(opensAt: Date | null, closesAt: Date | null): { opensAt: Date | null; closesAt: Date | null } {
  if (opensAt && closesAt && closesAt.getTime() <= opensAt.getTime()) {
    throw new DomainException(ErrorCode.ConsultationDatesInvalid, 'The consultation must close after it opens.', [
      { field: 'closesAt', message: 'closesAt must be after opensAt' },
    ]);
  }
  return { opensAt, closesAt };
}

function validateAreas(areas: AreaInput[]): AreaInput[] {
  const problems: ApiErrorDetail[] = [];
  const seen = new Set<string>();
  areas.forEach((area, index) => {
    if (area.key.length < 1 || area.key.length > AREA_KEY_MAX_LENGTH || !SLUG_PATTERN.test(area.key)) {
      problems.push({
        field: `areas.${index}.key`,
        message: `The area key “${area.key}” must be lower-case letters, digits and single hyphens (at most ${AREA_KEY_MAX_LENGTH}).`,
      });
    } else if (seen.has(area.key)) {
      problems.push({ field: `areas.${index}.key`, message: `The area key “${area.key}” is used more than once.` });
    }
    seen.add(area.key);
  });
  if (problems.length > 0) throw new DomainException(ErrorCode.AreaInvalid, problems.map((problem) => problem.message).join(' '), problems);
  return areas.map((area) => ({ key: area.key, name: area.name.trim() }));
}
