import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { KeyedSection } from '../document/key-carry-over';
import { DocumentParagraph, DocumentSection, DocumentVersion } from '../entities';

/** A version with its sections and their paragraphs, in document order. */
export interface LoadedVersion {
  version: DocumentVersion;
  sections: (DocumentSection & { paragraphs: DocumentParagraph[] })[];
}

export interface VersionSummaryRow {
  version: DocumentVersion;
  sectionCount: number;
  paragraphCount: number;
}

export interface NewVersion {
  consultationId: string;
  number: number;
  title: string;
  changeNote: string | null;
  sourceMarkdown: string;
  sections: KeyedSection[];
}

/** Queries of the document aggregate: versions, sections, paragraphs. */
@Injectable()
export class DocumentRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findCurrent(consultationId: string, manager: EntityManager = this.dataSource.manager): Promise<LoadedVersion | null> {
    const version = await manager.findOne(DocumentVersion, { where: { consultationId }, order: { number: 'DESC' } });
    return version ? this.load(version, manager) : null;
  }

  async findByNumber(
    consultationId: string,
    number: number,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<LoadedVersion | null> {
    const version = await manager.findOne(DocumentVersion, { where: { consultationId, number } });
    return version ? this.load(version, manager) : null;
  }

  /** Every version, newest first, with its section and paragraph counts. */
  async listVersions(consultationId: string): Promise<VersionSummaryRow[]> {
    const { entities, raw } = await this.dataSource.manager
      .createQueryBuilder(DocumentVersion, 'version')
      .addSelect(
        (query) => query.select('count(*)::int').from(DocumentSection, 'section').where('section.version_id = version.id'),
        'section_count',
      )
      .addSelect(
        (query) => query.select('count(*)::int').from(DocumentParagraph, 'paragraph').where('paragraph.version_id = version.id'),
        'paragraph_count',
      )
      .where('version.consultation_id = :consultationId', { consultationId })
      .orderBy('version.number', 'DESC')
      .getRawAndEntities<{ section_count: number; paragraph_count: number }>();
    return entities.map((version, index) => ({
      version,
      sectionCount: raw[index].section_count,
      paragraphCount: raw[index].paragraph_count,
    }));
  }

  /** Every section and paragraph key the consultation has ever used (keys are never reused). */
  async usedKeys(consultationId: string, manager: EntityManager): Promise<Set<string>> {
    const rows: { key: string }[] = await manager.query(
      `SELECT "key" FROM "document_paragraphs" WHERE "consultation_id" = $1
       UNION
       SELECT s."key" FROM "document_sections" s JOIN "document_versions" v ON v."id" = s."version_id" WHERE v."consultation_id" = $1`,
      [consultationId],
    );
    return new Set(rows.map((row) => row.key));
  }

  async insert(data: NewVersion, manager: EntityManager): Promise<DocumentVersion> {
    const { identifiers } = await manager.insert(DocumentVersion, {
      consultationId: data.consultationId,
      number: data.number,
      title: data.title,
      changeNote: data.changeNote,
      sourceMarkdown: data.sourceMarkdown,
    });
    const versionId = (identifiers[0] as { id: string }).id;
    const sectionIds = await manager.insert(
      DocumentSection,
      data.sections.map((section, index) => ({ versionId, key: section.key, position: index + 1, title: section.title })),
    );
    let position = 0;
    const paragraphs = data.sections.flatMap((section, sectionIndex) =>
      section.paragraphs.map((paragraph) => ({
        versionId,
        sectionId: (sectionIds.identifiers[sectionIndex] as { id: string }).id,
        consultationId: data.consultationId,
        key: paragraph.key,
        position: ++position,
        kind: paragraph.kind,
        text: paragraph.text,
      })),
    );
    // Chunked to stay far below PostgreSQL's 65535 bind parameters.
    for (let start = 0; start < paragraphs.length; start += 1000) {
      await manager.insert(DocumentParagraph, paragraphs.slice(start, start + 1000));
    }
    return manager.findOneOrFail(DocumentVersion, { where: { id: versionId } });
  }

  private async load(version: DocumentVersion, manager: EntityManager): Promise<LoadedVersion> {
    const sections = await manager.find(DocumentSection, { where: { versionId: version.id }, order: { position: 'ASC' } });
    const paragraphs = await manager.find(DocumentParagraph, { where: { versionId: version.id }, order: { position: 'ASC' } });
    const bySection = new Map<string, DocumentParagraph[]>(sections.map((section) => [section.id, []]));
    for (const paragraph of paragraphs) bySection.get(paragraph.sectionId)?.push(paragraph);
    return { version, sections: sections.map((section) => Object.assign(section, { paragraphs: bySection.get(section.id) ?? [] })) };
  }
}
