import { ApiErrorResponse, ERROR_STATUS } from '@consulta/api/core';
import { ErrorCode } from '@consulta/shared/contracts';
import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';

/** Documents the error answers of a route: one response per HTTP status, listing its codes. */
export function ApiErrors(...codes: ErrorCode[]): MethodDecorator & ClassDecorator {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(ERROR_STATUS[code], [...(byStatus.get(ERROR_STATUS[code]) ?? []), code]);
  return applyDecorators(
    ...[...byStatus.entries()].map(([status, statusCodes]) =>
      ApiResponse({ status, type: ApiErrorResponse, description: statusCodes.map((code) => `\`${code}\``).join(', ') }),
    ),
  );
}

/** What every mutating route may answer before reaching its handler. */
export const MUTATION_ERRORS = [ErrorCode.CsrfTokenInvalid, ErrorCode.ValidationFailed, ErrorCode.MalformedJson] as const;
