import { ApiErrorDetail, ErrorCode } from '@consulta/shared/contracts';

/**
 * Thrown by services for expected failures. The HTTP status comes from the code
 * (see ERROR_STATUS), so services never think in HTTP.
 */
export class DomainException extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ApiErrorDetail[],
  ) {
    super(message);
    this.name = 'DomainException';
  }
}
