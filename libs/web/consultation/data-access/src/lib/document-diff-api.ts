import { httpResource } from '@angular/common/http';
import { Injectable, Signal } from '@angular/core';
import { DocumentDiffDto } from '@consulta/shared/contracts';

/** Which two versions of which consultation to compare. */
export interface DiffRange {
  slug: string;
  from: number;
  to: number;
}

/** GET /api/consultations/:slug/versions/diff (public). Create resources in an injection context. */
@Injectable({ providedIn: 'root' })
export class DocumentDiffApi {
  /** Loads whenever `range` changes; idle while it is undefined. */
  diffResource(range: Signal<DiffRange | undefined>) {
    return httpResource<DocumentDiffDto>(() => {
      const value = range();
      return value
        ? { url: `/api/consultations/${encodeURIComponent(value.slug)}/versions/diff`, params: { from: value.from, to: value.to } }
        : undefined;
    });
  }
}
