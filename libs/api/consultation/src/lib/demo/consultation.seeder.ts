import { DomainException } from '@consulta/api/core';
import { ErrorCode, ModerationMode } from '@consulta/shared/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { ConsultationService } from '../consultation.service';
import { DocumentImportService } from '../document-import.service';
import { parseConsultationMarkdown } from '../markdown/markdown-parser';
import { ConsultationRepository } from '../repositories/consultation.repository';
import { KRAKOW_DISTRICTS } from './krakow-districts';
import { KRAKOW_MISSION_DRAFT_MARKDOWN } from './krakow-mission-draft';

export const DEMO_CONSULTATION_SLUG = 'misja-krakowa';
const DEMO_SUMMARY =
  'Projekt misji Samorządu Miasta Krakowa przygotowany podczas warsztatów z mieszkańcami. ' +
  'Przeczytaj go i skomentuj każdą część: co warto zachować, co zmienić, czego brakuje.';
const OPEN_DAYS = 30;
/** Opens slightly in the past so that a database clock a little behind ours already shows it open. */
const CLOCK_MARGIN_MS = 60_000;

/** Puts the Kraków demo consultation into an empty database (SEED_DEMO). */
@Injectable()
export class ConsultationSeeder {
  private readonly logger = new Logger('ConsultationSeeder');

  constructor(
    private readonly repository: ConsultationRepository,
    private readonly consultations: ConsultationService,
    private readonly imports: DocumentImportService,
  ) {}

  /**
   * When no consultation exists: creates "misja-krakowa", open now and closing in 30 days,
   * post-moderated, with the 18 districts, and imports the mission draft as version 1.
   * Returns the slug when it seeded, null when there was something already.
   */
  async seedKrakowConsultation(now: Date = new Date()): Promise<string | null> {
    if ((await this.repository.count()) > 0) return null;
    return this.createKrakowConsultation(now);
  }

  /** The seeding itself, without the emptiness check. */
  async createKrakowConsultation(now: Date = new Date()): Promise<string | null> {
    const parsed = parseConsultationMarkdown(KRAKOW_MISSION_DRAFT_MARKDOWN);
    if (!parsed.ok) throw new Error(`The demo document does not parse: ${parsed.problems.map((problem) => problem.message).join(' ')}`);
    try {
      await this.consultations.create({
        slug: DEMO_CONSULTATION_SLUG,
        title: parsed.document.title,
        summary: DEMO_SUMMARY,
        opensAt: new Date(now.getTime() - CLOCK_MARGIN_MS).toISOString(),
        closesAt: new Date(now.getTime() + OPEN_DAYS * 24 * 3600 * 1000).toISOString(),
        moderationMode: ModerationMode.Post,
        areas: [...KRAKOW_DISTRICTS],
        published: true,
      });
    } catch (error) {
      // Another API process seeded it at the same moment.
      if (error instanceof DomainException && error.code === ErrorCode.SlugTaken) return null;
      throw error;
    }
    await this.imports.importVersion(DEMO_CONSULTATION_SLUG, {
      markdown: KRAKOW_MISSION_DRAFT_MARKDOWN,
      changeNote: 'Projekt po warsztacie z 1 października 2013 r.',
    });
    this.logger.log(`Seeded the demo consultation "${DEMO_CONSULTATION_SLUG}"`);
    return DEMO_CONSULTATION_SLUG;
  }
}
