import { ApiErrors, CurrentUser, Roles, type SessionUser } from '@consulta/api/identity';
import { AuditPageDto, ErrorCode, Role } from '@consulta/shared/contracts';
import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { AuditService } from '../services/audit.service';
import { AuditLogQueryParams } from './requests';
import { AuditPageResponse } from './responses';

const AUDIT_ERRORS = [
  ErrorCode.ValidationFailed,
  ErrorCode.Forbidden,
  ErrorCode.CursorInvalid,
  ErrorCode.DateRangeInvalid,
  ErrorCode.ConsultationNotFound,
];

/** The append-only audit log, for admins. */
@ApiTags('audit')
@Controller('admin/audit-log')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Audit log entries, newest first, filtered by actor, action, consultation and time' })
  @ApiOkResponse({ type: AuditPageResponse })
  @ApiErrors(...AUDIT_ERRORS)
  list(@Query() query: AuditLogQueryParams, @CurrentUser() actor: SessionUser): Promise<AuditPageDto> {
    return this.audit.list(query, actor);
  }

  @Get('export')
  @Roles(Role.Admin)
  @Header('Content-Type', 'text/csv; charset=utf-8')
  @Header('Content-Disposition', 'attachment; filename="audit-log.csv"')
  @ApiOperation({ summary: 'The filtered audit log as CSV (UTF-8 with BOM; cells that look like formulas are prefixed with a quote)' })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV file', schema: { type: 'string' } })
  @ApiErrors(...AUDIT_ERRORS)
  exportCsv(@Query() query: AuditLogQueryParams, @CurrentUser() actor: SessionUser): Promise<string> {
    return this.audit.exportCsv(query, actor);
  }
}
