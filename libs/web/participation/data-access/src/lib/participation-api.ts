import { HttpClient, HttpHeaders } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AgreementDto,
  AreaDto,
  CommentCountsDto,
  CommentDto,
  CommentPageDto,
  CommentSort,
  ConsultationDetailDto,
  CreateCommentRequest,
  CreateReplyRequest,
  DeleteAccountRequest,
  IDEMPOTENCY_KEY_HEADER,
  MyParticipationDto,
  ReplyDto,
  ReplyPageDto,
  UpdateCommentRequest,
} from '@consulta/shared/contracts';
import { firstValueFrom } from 'rxjs';

const enc = encodeURIComponent;

export interface CommentListQuery {
  section?: string;
  paragraph?: string;
  sort: CommentSort;
  cursor?: string | null;
  limit?: number;
}

/** What an "I agree" toggle targets. */
export type AgreementTarget = 'comment' | 'reply';

/** /api/consultations/:slug/comments, /api/comments, /api/replies and /api/me (participation and account data). */
@Injectable({ providedIn: 'root' })
export class ParticipationApi {
  private readonly http = inject(HttpClient);

  listComments(slug: string, query: CommentListQuery): Promise<CommentPageDto> {
    const params: Record<string, string | number> = { sort: query.sort };
    if (query.section) params['section'] = query.section;
    if (query.paragraph) params['paragraph'] = query.paragraph;
    if (query.cursor) params['cursor'] = query.cursor;
    if (query.limit) params['limit'] = query.limit;
    return firstValueFrom(this.http.get<CommentPageDto>(`/api/consultations/${enc(slug)}/comments`, { params }));
  }

  commentCounts(slug: string): Promise<CommentCountsDto> {
    return firstValueFrom(this.http.get<CommentCountsDto>(`/api/consultations/${enc(slug)}/comment-counts`));
  }

  comment(id: string): Promise<CommentDto> {
    return firstValueFrom(this.http.get<CommentDto>(`/api/comments/${enc(id)}`));
  }

  replies(commentId: string, cursor?: string | null): Promise<ReplyPageDto> {
    const params: Record<string, string> = cursor ? { cursor } : {};
    return firstValueFrom(this.http.get<ReplyPageDto>(`/api/comments/${enc(commentId)}/replies`, { params }));
  }

  /** The same idempotency key must be sent again when the same submission is retried. */
  createComment(slug: string, request: CreateCommentRequest, idempotencyKey: string): Promise<CommentDto> {
    return firstValueFrom(
      this.http.post<CommentDto>(`/api/consultations/${enc(slug)}/comments`, request, { headers: idempotency(idempotencyKey) }),
    );
  }

  updateComment(id: string, request: UpdateCommentRequest): Promise<CommentDto> {
    return firstValueFrom(this.http.patch<CommentDto>(`/api/comments/${enc(id)}`, request));
  }

  withdrawComment(id: string): Promise<CommentDto> {
    return firstValueFrom(this.http.post<CommentDto>(`/api/comments/${enc(id)}/withdraw`, {}));
  }

  createReply(commentId: string, request: CreateReplyRequest, idempotencyKey: string): Promise<ReplyDto> {
    return firstValueFrom(
      this.http.post<ReplyDto>(`/api/comments/${enc(commentId)}/replies`, request, { headers: idempotency(idempotencyKey) }),
    );
  }

  setAgreement(target: AgreementTarget, id: string, agreed: boolean): Promise<AgreementDto> {
    const url = `/api/${target === 'comment' ? 'comments' : 'replies'}/${enc(id)}/agreement`;
    return firstValueFrom(agreed ? this.http.put<AgreementDto>(url, {}) : this.http.delete<AgreementDto>(url));
  }

  /** The areas (districts) a comment of this consultation may name. */
  async consultationAreas(slug: string): Promise<AreaDto[]> {
    return (await firstValueFrom(this.http.get<ConsultationDetailDto>(`/api/consultations/${enc(slug)}`))).areas;
  }

  myParticipation(): Promise<MyParticipationDto> {
    return firstValueFrom(this.http.get<MyParticipationDto>('/api/me/participation'));
  }

  /** Everything stored about the signed-in person, as the server's JSON text (saved to a file as is). */
  myData(): Promise<Blob> {
    return firstValueFrom(this.http.get('/api/me/data', { responseType: 'blob' }));
  }

  async deleteAccount(request: DeleteAccountRequest): Promise<void> {
    await firstValueFrom(this.http.delete('/api/me', { body: request, responseType: 'text' }));
  }
}

function idempotency(key: string): HttpHeaders {
  return new HttpHeaders({ [IDEMPOTENCY_KEY_HEADER]: key });
}
