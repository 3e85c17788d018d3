import { DomainException } from '@consulta/api/core';
import { ConsultationService } from '@consulta/api/consultation';
import { requireRole, SessionUser } from '@consulta/api/identity';
import { AUDIT_PAGE_DEFAULT_LIMIT, AuditEntryDto, AuditLogQuery, AuditPageDto, ErrorCode, Role } from '@consulta/shared/contracts';
import { Injectable } from '@nestjs/common';
import { decodeKeyset, encodeKeyset } from '../moderation-cursor';
import { AuditFilter, AuditRepository, AuditRow } from '../repositories/audit.repository';
import { toCsv } from './csv';

const SORT = 'audit';
/** Rows per CSV export at most (keyset pages of AUDIT_EXPORT_PAGE read one after another). */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;
const AUDIT_EXPORT_PAGE = 1000;

/** The audit log for admins: filtered keyset pages and CSV export. */
@Injectable()
export class AuditService {
  constructor(
    private readonly audit: AuditRepository,
    private readonly consultations: ConsultationService,
  ) {}

  async list(query: AuditLogQuery, actor: SessionUser): Promise<AuditPageDto> {
    requireRole(actor, Role.Admin);
    const filter = await this.filter(query, actor);
    const limit = query.limit ?? AUDIT_PAGE_DEFAULT_LIMIT;
    const rows = await this.audit.page(filter, query.cursor ? decodeKeyset(query.cursor, SORT) : null, limit + 1);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return {
      items: items.map(toAuditEntryDto),
      nextCursor: rows.length > limit && last ? encodeKeyset({ sort: SORT, at: last.createdAtExact, count: 0, id: last.id }) : null,
    };
  }

  /** The whole filtered log as CSV (UTF-8 with BOM for Excel; formula-like cells neutralised), newest first. */
  async exportCsv(query: AuditLogQuery, actor: SessionUser): Promise<string> {
    requireRole(actor, Role.Admin);
    const filter = await this.filter(query, actor);
    const header = ['created_at', 'actor_id', 'actor_name', 'action', 'target_type', 'target_id', 'consultation_id', 'before', 'after'];
    const lines: string[][] = [];
    let cursor: ReturnType<typeof decodeKeyset> | null = null;
    while (lines.length < AUDIT_EXPORT_MAX_ROWS) {
      const rows: AuditRow[] = await this.audit.page(filter, cursor, AUDIT_EXPORT_PAGE);
      for (const row of rows) {
        lines.push([
          new Date(row.createdAt).toISOString(),
          row.actorId ?? '',
          row.actorName,
          row.action,
          row.targetType,
          row.targetId,
          row.consultationId ?? '',
          row.before ? JSON.stringify(row.before) : '',
          row.after ? JSON.stringify(row.after) : '',
        ]);
      }
      const last = rows[rows.length - 1];
      if (rows.length < AUDIT_EXPORT_PAGE || !last) break;
      cursor = { sort: SORT, at: last.createdAtExact, count: 0, id: last.id };
    }
    return toCsv([header, ...lines]);
  }

  private async filter(query: AuditLogQuery, actor: SessionUser): Promise<AuditFilter> {
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    if (from && to && from >= to) throw new DomainException(ErrorCode.DateRangeInvalid, '`from` must be before `to`.');
    const consultationId = query.consultation ? (await this.consultations.findVisible(query.consultation, actor)).id : undefined;
    return { actorId: query.actor, action: query.action, consultationId, from, to };
  }
}

function toAuditEntryDto(row: AuditRow): AuditEntryDto {
  return {
    id: row.id,
    actorId: row.actorId,
    actorName: row.actorName,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    consultationId: row.consultationId,
    before: row.before,
    after: row.after,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
