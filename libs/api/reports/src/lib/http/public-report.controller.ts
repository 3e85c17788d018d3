import { Public } from '@consulta/api/identity';
import { ApiErrors } from '@consulta/api/identity';
import { ErrorCode, PublishedReportDto, ReportCommentPageDto } from '@consulta/shared/contracts';
import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { PublicReportService } from '../services/public-report.service';
import { ReportCommentPageQuery, ReportFileParams, ReportVersionParams } from './requests';
import { PublishedReportResponse, ReportCommentPageResponse } from './responses';

const NOT_FOUND = [ErrorCode.ConsultationNotFound, ErrorCode.ReportNotPublished] as const;

/** Anyone: published reports, served from what was stored at publication. */
@ApiTags('reports')
@Controller('consultations/:slug/report')
export class PublicReportController {
  constructor(private readonly reports: PublicReportService) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'The latest published version of the report' })
  @ApiOkResponse({ type: PublishedReportResponse })
  @ApiErrors(...NOT_FOUND)
  latest(@Param('slug') slug: string): Promise<PublishedReportDto> {
    return this.reports.get(slug);
  }

  @Get('versions/:version')
  @Public()
  @ApiOperation({ summary: 'One published version of the report (earlier versions stay readable)' })
  @ApiOkResponse({ type: PublishedReportResponse })
  @ApiErrors(...NOT_FOUND, ErrorCode.ValidationFailed)
  version(@Param() params: ReportVersionParams): Promise<PublishedReportDto> {
    return this.reports.get(params.slug, params.version);
  }

  @Get('versions/:version/comments')
  @Public()
  @ApiOperation({ summary: 'The table of comments of a published version, in order' })
  @ApiOkResponse({ type: ReportCommentPageResponse })
  @ApiErrors(...NOT_FOUND, ErrorCode.ValidationFailed, ErrorCode.CursorInvalid)
  comments(@Param() params: ReportVersionParams, @Query() query: ReportCommentPageQuery): Promise<ReportCommentPageDto> {
    return this.reports.comments(params.slug, params.version, query.cursor, query.limit);
  }

  @Get('versions/:version/files/:format')
  @Public()
  @ApiOperation({ summary: 'A file of a published version (pdf, csv, xlsx, json), streamed as stored; ETag is its SHA-256' })
  @ApiProduces('application/pdf', 'text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/json')
  @ApiOkResponse({ description: 'The file', schema: { type: 'string', format: 'binary' } })
  @ApiErrors(...NOT_FOUND, ErrorCode.ValidationFailed)
  async file(@Param() params: ReportFileParams, @Req() request: Request, @Res() response: Response): Promise<void> {
    const download = await this.reports.download(params.slug, params.version, params.format);
    const etag = `"${download.sha256}"`;
    response.setHeader('ETag', etag);
    response.setHeader('Cache-Control', 'public, max-age=3600');
    if (request.headers['if-none-match'] === etag) {
      response.status(304).end();
      return;
    }
    response.setHeader('Content-Type', download.contentType);
    response.setHeader('Content-Length', String(download.size));
    response.setHeader('Content-Disposition', `attachment; filename="${download.filename}"`);
    response.status(200);
    // One chunk (≤ 1 MiB) in memory at a time: the next is read once the client took the previous one.
    for await (const chunk of download.chunks()) {
      if (response.destroyed) return;
      if (!response.write(chunk)) await drainedOrClosed(response);
    }
    response.end();
  }
}

/** Resolves when the response can take more, or is gone; leaves no listener behind. */
function drainedOrClosed(response: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      response.off('drain', done);
      response.off('close', done);
      resolve();
    };
    response.on('drain', done);
    response.on('close', done);
  });
}
