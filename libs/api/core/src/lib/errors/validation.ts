import { ApiErrorDetail, ErrorCode } from '@consulta/shared/contracts';
import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainException } from './domain.exception';

function flatten(errors: ValidationError[], parent = ''): ApiErrorDetail[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Global validation: unknown fields rejected, types transformed, one stable error shape. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => {
      const details = flatten(errors);
      return new DomainException(
        ErrorCode.ValidationFailed,
        details.map((detail) => detail.message).join('; ') || 'The request is not valid.',
        details,
      );
    },
  });
}
