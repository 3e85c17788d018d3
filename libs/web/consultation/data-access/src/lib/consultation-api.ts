import { HttpClient, httpResource } from '@angular/common/http';
import { Injectable, Signal, inject } from '@angular/core';
import {
  ConsultationDetailDto,
  ConsultationSummaryDto,
  CreateConsultationRequest,
  DocumentVersionSummaryDto,
  ImportDocumentRequest,
  ImportDocumentResultDto,
  UpdateConsultationRequest,
} from '@consulta/shared/contracts';
import { firstValueFrom } from 'rxjs';

const enc = encodeURIComponent;

/**
 * /api/consultations (public) and /api/admin/consultations (staff).
 * The *Resource methods create httpResources and must be called in an injection context.
 */
@Injectable({ providedIn: 'root' })
export class ConsultationApi {
  private readonly http = inject(HttpClient);

  publicListResource() {
    return httpResource<ConsultationSummaryDto[]>(() => '/api/consultations', { defaultValue: [] });
  }

  detailResource(slug: Signal<string | undefined>) {
    return httpResource<ConsultationDetailDto>(() => {
      const value = slug();
      return value ? `/api/consultations/${enc(value)}` : undefined;
    });
  }

  versionsResource(slug: Signal<string | undefined>) {
    return httpResource<DocumentVersionSummaryDto[]>(
      () => {
        const value = slug();
        return value ? `/api/consultations/${enc(value)}/versions` : undefined;
      },
      { defaultValue: [] },
    );
  }

  adminListResource() {
    return httpResource<ConsultationSummaryDto[]>(() => '/api/admin/consultations', { defaultValue: [] });
  }

  create(request: CreateConsultationRequest): Promise<ConsultationDetailDto> {
    return firstValueFrom(this.http.post<ConsultationDetailDto>('/api/admin/consultations', request));
  }

  update(slug: string, request: UpdateConsultationRequest): Promise<ConsultationDetailDto> {
    return firstValueFrom(this.http.patch<ConsultationDetailDto>(`/api/admin/consultations/${enc(slug)}`, request));
  }

  importDocument(slug: string, request: ImportDocumentRequest): Promise<ImportDocumentResultDto> {
    return firstValueFrom(this.http.post<ImportDocumentResultDto>(`/api/admin/consultations/${enc(slug)}/versions`, request));
  }
}
