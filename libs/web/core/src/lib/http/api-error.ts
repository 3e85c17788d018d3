import { HttpErrorResponse } from '@angular/common/http';
import { ApiErrorDetail, ErrorCode } from '@consulta/shared/contracts';

/** What the UI needs to know about a failed request. */
export interface ApiError {
  /** HTTP status; 0 when the server could not be reached. */
  status: number;
  /** The API's stable code, or null when the response was not an API error body. */
  code: ErrorCode | null;
  /** The server's English fallback text (never shown when `code` is known). */
  message: string;
  details: ApiErrorDetail[];
}

const ERROR_CODES = new Set<string>(Object.values(ErrorCode));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && ERROR_CODES.has(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toDetails(value: unknown): ApiErrorDetail[] {
  if (!Array.isArray(value)) {
    return [];
  }
  return value.filter(isRecord).map((item) => ({
    field: typeof item['field'] === 'string' ? item['field'] : undefined,
    line: typeof item['line'] === 'number' ? item['line'] : undefined,
    message: typeof item['message'] === 'string' ? item['message'] : '',
  }));
}

/** Normalises anything a request can throw into an ApiError. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof HttpErrorResponse) {
    const body: unknown = error.error;
    if (isRecord(body) && isErrorCode(body['code'])) {
      return {
        status: error.status,
        code: body['code'],
        message: typeof body['message'] === 'string' ? body['message'] : error.message,
        details: toDetails(body['details']),
      };
    }
    return { status: error.status, code: null, message: error.message, details: [] };
  }
  return { status: -1, code: null, message: error instanceof Error ? error.message : String(error), details: [] };
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return toApiError(error).code === code;
}
