import { ConsultationStatus } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { effectiveStatusSql } from '../consultation-status';
import { Consultation, ConsultationArea } from '../entities';

export interface AreaInput {
  key: string;
  name: string;
}

type ConsultationAreaRow = Pick<ConsultationArea, 'consultationId' | 'key' | 'name' | 'position'>;

export type ConsultationFields = Pick<
  Consultation,
  'slug' | 'title' | 'summary' | 'publicationState' | 'opensAt' | 'closesAt' | 'moderationMode'
>;

/** More would need pagination; a city runs a handful of consultations a year. */
export const CONSULTATION_LIST_LIMIT = 500;

const ALIAS = 'consultation';
const STATUS = effectiveStatusSql(`"${ALIAS}"`);

/** Queries of the consultation aggregate (a consultation and its areas). */
@Injectable()
export class ConsultationRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async findBySlug(slug: string, manager: EntityManager = this.dataSource.manager): Promise<Consultation | null> {
    const consultation = await manager
      .createQueryBuilder(Consultation, ALIAS)
      .leftJoinAndSelect(`${ALIAS}.areas`, 'area')
      .where(`${ALIAS}.slug = :slug`, { slug })
      .orderBy('area.position', 'ASC')
      .getOne();
    return consultation;
  }

  async slugExists(slug: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.exists(Consultation, { where: { slug } });
  }

  async count(manager: EntityManager = this.dataSource.manager): Promise<number> {
    return manager.count(Consultation);
  }

  /**
   * Consultations whose effective status is one of `statuses`, in the order people look for them:
   * open (closing soonest first), scheduled (opening soonest first), closed and report published
   * (most recently closed first), drafts (newest first).
   */
  async list(statuses: readonly ConsultationStatus[]): Promise<Consultation[]> {
    if (statuses.length === 0) return [];
    const column = (name: string): string => `"${ALIAS}"."${name}"`;
    return this.dataSource.manager
      .createQueryBuilder(Consultation, ALIAS)
      .where(`(${STATUS}) IN (:...statuses)`, { statuses })
      .orderBy(
        `CASE (${STATUS}) WHEN 'open' THEN 0 WHEN 'scheduled' THEN 1 WHEN 'closed' THEN 2 WHEN 'report_published' THEN 3 ELSE 4 END`,
        'ASC',
      )
      .addOrderBy(`CASE WHEN (${STATUS}) = 'open' THEN ${column('closes_at')} END`, 'ASC', 'NULLS LAST')
      .addOrderBy(`CASE WHEN (${STATUS}) = 'scheduled' THEN ${column('opens_at')} END`, 'ASC', 'NULLS LAST')
      .addOrderBy(`CASE WHEN (${STATUS}) IN ('closed', 'report_published') THEN ${column('closes_at')} END`, 'DESC', 'NULLS LAST')
      .addOrderBy(column('created_at'), 'DESC')
      .addOrderBy(column('id'), 'ASC')
      .limit(CONSULTATION_LIST_LIMIT)
      .getMany();
  }

  async create(fields: ConsultationFields, areas: AreaInput[], manager: EntityManager): Promise<string> {
    const result = await manager.insert(Consultation, fields);
    const id = (result.identifiers[0] as { id: string }).id;
    if (areas.length > 0) {
      await manager.insert(
        ConsultationArea,
        areas.map((area, position): ConsultationAreaRow => ({ consultationId: id, key: area.key, name: area.name, position })),
      );
    }
    return id;
  }

  async update(id: string, fields: Partial<Omit<ConsultationFields, 'slug'>>, manager: EntityManager): Promise<void> {
    // Always touch the row so that updated_at moves even when only the areas change.
    await manager.update(Consultation, { id }, { ...fields, updatedAt: () => 'now()' });
  }

  /**
   * Makes the areas exactly `areas`, in that order, keeping the row (and id) of every key that
   * stays, so that anything referring to an area survives a rename.
   */
  async replaceAreas(consultationId: string, areas: AreaInput[], manager: EntityManager): Promise<void> {
    const keys = areas.map((area) => area.key);
    await manager.delete(ConsultationArea, keys.length > 0 ? { consultationId, key: Not(In(keys)) } : { consultationId });
    const existing = new Map((await manager.find(ConsultationArea, { where: { consultationId } })).map((area) => [area.key, area]));
    const added: ConsultationAreaRow[] = [];
    for (const [position, area] of areas.entries()) {
      const current = existing.get(area.key);
      if (!current) added.push({ consultationId, key: area.key, name: area.name, position });
      else if (current.name !== area.name || current.position !== position) {
        await manager.update(ConsultationArea, { id: current.id }, { name: area.name, position });
      }
    }
    if (added.length > 0) await manager.insert(ConsultationArea, added);
  }

  /** Serialises writers of one consultation (document imports): the row stays locked until the transaction ends. */
  async lock(id: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT 1 FROM "consultations" WHERE "id" = $1 FOR UPDATE', [id]);
  }
}
