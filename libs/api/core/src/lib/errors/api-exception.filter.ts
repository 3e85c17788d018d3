import { ApiErrorBody, ErrorCode } from '@consulta/shared/contracts';
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { DomainException } from './domain.exception';
import { ERROR_STATUS } from './error-status';

const STATUS_CODE: Partial<Record<number, ErrorCode>> = {
  400: ErrorCode.ValidationFailed,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  413: ErrorCode.PayloadTooLarge,
  429: ErrorCode.RateLimited,
  503: ErrorCode.DatabaseUnavailable,
};

/** Maps every error to `{ statusCode, code, message }`; nothing else reaches the client. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (body.statusCode >= 500) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    if (response.headersSent) return;
    response.status(body.statusCode).json(body);
  }

  toBody(exception: unknown): ApiErrorBody {
    if (exception instanceof DomainException) {
      return {
        statusCode: ERROR_STATUS[exception.code],
        code: exception.code,
        message: exception.message,
        ...(exception.details ? { details: exception.details } : {}),
      };
    }
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      if (typeof response === 'object' && response !== null && 'code' in response) {
        return { statusCode, ...(response as Omit<ApiErrorBody, 'statusCode'>) };
      }
      const message = typeof response === 'string' ? response : ((response as { message?: unknown }).message ?? exception.message);
      return {
        statusCode,
        code: STATUS_CODE[statusCode] ?? ErrorCode.Internal,
        message: Array.isArray(message) ? message.join('; ') : String(message),
      };
    }
    if (isBodyParserError(exception)) {
      if (exception.type === 'entity.too.large') {
        return { statusCode: 413, code: ErrorCode.PayloadTooLarge, message: 'The request body is too large.' };
      }
      return { statusCode: 400, code: ErrorCode.MalformedJson, message: 'The request body is not valid JSON.' };
    }
    if (isConnectionError(exception)) {
      return {
        statusCode: HttpStatus.SERVICE_UNAVAILABLE,
        code: ErrorCode.DatabaseUnavailable,
        message: 'The database is unavailable. Please try again shortly.',
      };
    }
    return { statusCode: 500, code: ErrorCode.Internal, message: 'Something went wrong on our side. Please try again.' };
  }
}

function isBodyParserError(error: unknown): error is { type: string; status: number } {
  return (
    typeof error === 'object' &&
    error !== null &&
    'type' in error &&
    'status' in error &&
    typeof (error as { type: unknown }).type === 'string' &&
    String((error as { type: string }).type).startsWith('entity.')
  );
}

function isConnectionError(error: unknown): boolean {
  if (error instanceof QueryFailedError) return false;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', '57P01', '57P03', '08006', '08001', '08003'].includes(code);
}
