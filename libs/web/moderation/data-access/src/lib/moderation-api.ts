import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BulkDecisionRequest,
  BulkDecisionResultDto,
  ClaimBatchDto,
  ClaimBatchRequest,
  ConsultationDetailDto,
  HideRequest,
  ModerationItemDetailDto,
  ModerationItemType,
  ModerationQueueItemDto,
  ModerationQueuePageDto,
  ModerationQueueQuery,
  DraftDispositionRequest,
  RedactRequest,
  RejectRequest,
  StaffDispositionDto,
} from '@consulta/shared/contracts';
import { firstValueFrom } from 'rxjs';

const enc = encodeURIComponent;

/** An item of the queue is addressed by its type and id. */
export interface ItemRef {
  type: ModerationItemType;
  id: string;
}

/** A decision on one item that needs no details (approve, restore). */
export type SimpleDecision = 'approve' | 'restore';

function itemUrl({ type, id }: ItemRef): string {
  return `/api/moderation/items/${enc(type)}/${enc(id)}`;
}

/** /api/moderation: the staff queue, claims and decisions. Write requests carry the CSRF header through the app's XSRF setup. */
@Injectable({ providedIn: 'root' })
export class ModerationApi {
  private readonly http = inject(HttpClient);

  queue(query: ModerationQueueQuery): Promise<ModerationQueuePageDto> {
    let params = new HttpParams();
    for (const [name, value] of Object.entries(query) as [string, string | number | boolean | undefined][]) {
      if (value !== undefined && value !== '') params = params.set(name, String(value));
    }
    return firstValueFrom(this.http.get<ModerationQueuePageDto>('/api/moderation/queue', { params }));
  }

  detail(item: ItemRef): Promise<ModerationItemDetailDto> {
    return firstValueFrom(this.http.get<ModerationItemDetailDto>(itemUrl(item)));
  }

  claimBatch(request: ClaimBatchRequest): Promise<ClaimBatchDto> {
    return firstValueFrom(this.http.post<ClaimBatchDto>('/api/moderation/claims', request));
  }

  claim(item: ItemRef): Promise<ModerationQueueItemDto> {
    return firstValueFrom(this.http.put<ModerationQueueItemDto>(`${itemUrl(item)}/claim`, {}));
  }

  release(item: ItemRef): Promise<ModerationQueueItemDto> {
    return firstValueFrom(this.http.delete<ModerationQueueItemDto>(`${itemUrl(item)}/claim`));
  }

  decide(item: ItemRef, decision: SimpleDecision): Promise<ModerationQueueItemDto> {
    return firstValueFrom(this.http.post<ModerationQueueItemDto>(`${itemUrl(item)}/${decision}`, {}));
  }

  reject(item: ItemRef, request: RejectRequest): Promise<ModerationQueueItemDto> {
    return firstValueFrom(this.http.post<ModerationQueueItemDto>(`${itemUrl(item)}/reject`, request));
  }

  hide(item: ItemRef, request: HideRequest): Promise<ModerationQueueItemDto> {
    return firstValueFrom(this.http.post<ModerationQueueItemDto>(`${itemUrl(item)}/hide`, request));
  }

  redact(item: ItemRef, request: RedactRequest): Promise<ModerationQueueItemDto> {
    return firstValueFrom(this.http.post<ModerationQueueItemDto>(`${itemUrl(item)}/redact`, request));
  }

  /** The consultation's document, to name an item's section and paragraph (the public detail; staff also see drafts' 404). */
  consultation(slug: string): Promise<ConsultationDetailDto> {
    return firstValueFrom(this.http.get<ConsultationDetailDto>(`/api/consultations/${enc(slug)}`));
  }

  bulk(request: BulkDecisionRequest): Promise<BulkDecisionResultDto> {
    return firstValueFrom(this.http.post<BulkDecisionResultDto>('/api/moderation/bulk', request));
  }

  /** Every version of the city's decision on a comment, oldest first. */
  dispositions(commentId: string): Promise<StaffDispositionDto[]> {
    return firstValueFrom(this.http.get<StaffDispositionDto[]>(`/api/moderation/comments/${enc(commentId)}/dispositions`));
  }

  draftDisposition(commentId: string, request: DraftDispositionRequest): Promise<StaffDispositionDto> {
    return firstValueFrom(this.http.post<StaffDispositionDto>(`/api/moderation/comments/${enc(commentId)}/dispositions`, request));
  }

  editDisposition(id: string, request: DraftDispositionRequest): Promise<StaffDispositionDto> {
    return firstValueFrom(this.http.put<StaffDispositionDto>(`/api/moderation/dispositions/${enc(id)}`, request));
  }

  withdrawDisposition(id: string): Promise<StaffDispositionDto> {
    return firstValueFrom(this.http.delete<StaffDispositionDto>(`/api/moderation/dispositions/${enc(id)}`));
  }

  approveDisposition(id: string): Promise<StaffDispositionDto> {
    return firstValueFrom(this.http.post<StaffDispositionDto>(`/api/moderation/dispositions/${enc(id)}/approve`, {}));
  }
}
