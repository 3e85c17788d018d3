import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  PublishReportRequest,
  PublishedReportDto,
  ReportCommentPageDto,
  ReportJobStartedDto,
  StaffReportDto,
  UpdateReportHeaderRequest,
} from '@consulta/shared/contracts';
import { firstValueFrom } from 'rxjs';

const enc = encodeURIComponent;

/** One page of the report's table of comments: after `cursor` (null for the first page). */
export interface ReportCommentPageQuery {
  cursor: string | null;
  limit: number;
}

function pageParams({ cursor, limit }: ReportCommentPageQuery): HttpParams {
  const params = new HttpParams().set('limit', String(limit));
  return cursor ? params.set('cursor', cursor) : params;
}

/**
 * The consultation report (issue 6): /api/staff/consultations/:slug/report (moderator or admin) and
 * /api/consultations/:slug/report (public). Write requests carry the CSRF header through the app's XSRF setup.
 */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  staffReport(slug: string): Promise<StaffReportDto> {
    return firstValueFrom(this.http.get<StaffReportDto>(staffUrl(slug)));
  }

  /** Generates (or regenerates) the draft as a background job. */
  generateDraft(slug: string): Promise<ReportJobStartedDto> {
    return firstValueFrom(this.http.post<ReportJobStartedDto>(`${staffUrl(slug)}/draft`, {}));
  }

  updateHeader(slug: string, request: UpdateReportHeaderRequest): Promise<StaffReportDto> {
    return firstValueFrom(this.http.patch<StaffReportDto>(`${staffUrl(slug)}/header`, request));
  }

  draftComments(slug: string, query: ReportCommentPageQuery): Promise<ReportCommentPageDto> {
    return firstValueFrom(this.http.get<ReportCommentPageDto>(`${staffUrl(slug)}/draft/comments`, { params: pageParams(query) }));
  }

  /** Publishes the draft as the next version (a job); a change note is required from version 2. */
  publish(slug: string, request: PublishReportRequest): Promise<ReportJobStartedDto> {
    return firstValueFrom(this.http.post<ReportJobStartedDto>(`${staffUrl(slug)}/publish`, request));
  }

  /** The latest published version, or one given version. 404 REPORT_NOT_PUBLISHED when there is none. */
  published(slug: string, version: number | null = null): Promise<PublishedReportDto> {
    const url = version === null ? publicUrl(slug) : `${publicUrl(slug)}/versions/${enc(String(version))}`;
    return firstValueFrom(this.http.get<PublishedReportDto>(url));
  }

  publishedComments(slug: string, version: number, query: ReportCommentPageQuery): Promise<ReportCommentPageDto> {
    return firstValueFrom(
      this.http.get<ReportCommentPageDto>(`${publicUrl(slug)}/versions/${enc(String(version))}/comments`, {
        params: pageParams(query),
      }),
    );
  }
}

function staffUrl(slug: string): string {
  return `/api/staff/consultations/${enc(slug)}/report`;
}

function publicUrl(slug: string): string {
  return `/api/consultations/${enc(slug)}/report`;
}
