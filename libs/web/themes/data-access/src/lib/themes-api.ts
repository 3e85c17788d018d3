import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AcceptProposalRequest,
  CreateThemeRequest,
  DiscoveryRunDto,
  QualitySampleDto,
  SuggestionState,
  ThemeAssignmentRequest,
  ThemeAssignmentResultDto,
  ThemeCommentPageDto,
  ThemeCommentQuery,
  ThemeDto,
  ThemeJobStartedDto,
  ThemeOverviewDto,
  ThemeProposalDto,
  ThemeQualityDto,
  ThemeSuggestionPageDto,
  UpdateThemeRequest,
} from '@consulta/shared/contracts';
import { toApiError } from '@consulta/web/core';
import { firstValueFrom } from 'rxjs';

const enc = encodeURIComponent;

export interface ThemeSuggestionQuery {
  state?: SuggestionState;
  themeId?: string;
  cursor?: string;
  limit?: number;
}

function toParams(query: object): HttpParams {
  let params = new HttpParams();
  for (const [name, value] of Object.entries(query) as [string, string | number | undefined][]) {
    if (value !== undefined && value !== '') params = params.set(name, String(value));
  }
  return params;
}

/**
 * /api/staff/consultations/:slug/themes: themes, assignments, suggestions, discovery, the quality check and the
 * overview (staff only). Write requests carry the CSRF header through the app's XSRF setup.
 */
@Injectable({ providedIn: 'root' })
export class ThemesApi {
  private readonly http = inject(HttpClient);

  private url(slug: string, path = ''): string {
    return `/api/staff/consultations/${enc(slug)}/themes${path ? `/${path}` : ''}`;
  }

  private get<T>(url: string, params?: HttpParams): Promise<T> {
    return firstValueFrom(this.http.get<T>(url, { params }));
  }

  private post<T>(url: string, body: unknown = {}): Promise<T> {
    return firstValueFrom(this.http.post<T>(url, body));
  }

  // Themes.

  list(slug: string): Promise<ThemeDto[]> {
    return this.get(this.url(slug));
  }

  create(slug: string, request: CreateThemeRequest): Promise<ThemeDto> {
    return this.post(this.url(slug), request);
  }

  update(slug: string, id: string, request: UpdateThemeRequest): Promise<ThemeDto> {
    return firstValueFrom(this.http.patch<ThemeDto>(this.url(slug, enc(id)), request));
  }

  remove(slug: string, id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(this.url(slug, enc(id))));
  }

  merge(slug: string, id: string, intoThemeId: string): Promise<ThemeDto> {
    return this.post(this.url(slug, `${enc(id)}/merge`), { intoThemeId });
  }

  // Comments and assignments.

  comments(slug: string, query: ThemeCommentQuery): Promise<ThemeCommentPageDto> {
    return this.get(this.url(slug, 'comments'), toParams(query));
  }

  assign(slug: string, request: ThemeAssignmentRequest): Promise<ThemeAssignmentResultDto> {
    return this.post(this.url(slug, 'assignments'), request);
  }

  unassign(slug: string, request: ThemeAssignmentRequest): Promise<ThemeAssignmentResultDto> {
    return this.post(this.url(slug, 'assignments/remove'), request);
  }

  // Suggestions.

  runSuggestions(slug: string): Promise<ThemeJobStartedDto> {
    return this.post(this.url(slug, 'suggestions/run'));
  }

  suggestions(slug: string, query: ThemeSuggestionQuery): Promise<ThemeSuggestionPageDto> {
    return this.get(this.url(slug, 'suggestions'), toParams(query));
  }

  decideSuggestion(slug: string, id: string, decision: 'accept' | 'reject'): Promise<unknown> {
    return this.post(this.url(slug, `suggestions/${enc(id)}/${decision}`));
  }

  // Discovery.

  runDiscovery(slug: string): Promise<ThemeJobStartedDto> {
    return this.post(this.url(slug, 'discovery'));
  }

  /** The latest discovery run, or null when there has been none yet (the API answers 404). */
  async latestDiscovery(slug: string): Promise<DiscoveryRunDto | null> {
    try {
      return await this.get<DiscoveryRunDto>(this.url(slug, 'discovery/latest'));
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  renameProposal(slug: string, id: string, name: string): Promise<ThemeProposalDto> {
    return firstValueFrom(this.http.patch<ThemeProposalDto>(this.url(slug, `proposals/${enc(id)}`), { name }));
  }

  acceptProposal(slug: string, id: string, request: AcceptProposalRequest): Promise<ThemeDto> {
    return this.post(this.url(slug, `proposals/${enc(id)}/accept`), request);
  }

  discardProposal(slug: string, id: string): Promise<unknown> {
    return this.post(this.url(slug, `proposals/${enc(id)}/discard`));
  }

  splitProposal(slug: string, id: string): Promise<ThemeProposalDto[]> {
    return this.post(this.url(slug, `proposals/${enc(id)}/split`));
  }

  mergeProposals(slug: string, proposalIds: string[]): Promise<ThemeProposalDto> {
    return this.post(this.url(slug, 'proposals/merge'), { proposalIds });
  }

  // Quality check.

  drawSample(slug: string, size: number): Promise<QualitySampleDto> {
    return this.post(this.url(slug, 'quality/samples'), { size });
  }

  /** The latest sample, or null when none was drawn yet (the API answers 404). */
  async latestSample(slug: string): Promise<QualitySampleDto | null> {
    try {
      return await this.get<QualitySampleDto>(this.url(slug, 'quality/samples/latest'));
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
  }

  codeSampleItem(slug: string, sampleId: string, commentId: string, themeIds: string[]): Promise<unknown> {
    return firstValueFrom(this.http.put(this.url(slug, `quality/samples/${enc(sampleId)}/items/${enc(commentId)}`), { themeIds }));
  }

  sampleScore(slug: string, sampleId: string): Promise<ThemeQualityDto> {
    return this.get(this.url(slug, `quality/samples/${enc(sampleId)}/score`));
  }

  // Overview.

  overview(slug: string): Promise<ThemeOverviewDto> {
    return this.get(this.url(slug, 'overview'));
  }
}

function isNotFound(error: unknown): boolean {
  return toApiError(error).status === 404;
}
