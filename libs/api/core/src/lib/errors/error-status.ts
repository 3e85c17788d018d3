import { ErrorCode } from '@consulta/shared/contracts';

/** The one place where domain error codes become HTTP statuses. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.ValidationFailed]: 400,
  [ErrorCode.MalformedJson]: 400,
  [ErrorCode.PayloadTooLarge]: 413,
  [ErrorCode.NotFound]: 404,
  [ErrorCode.Unauthenticated]: 401,
  [ErrorCode.Forbidden]: 403,
  [ErrorCode.CsrfTokenInvalid]: 403,
  [ErrorCode.RateLimited]: 429,
  [ErrorCode.Internal]: 500,
  [ErrorCode.DatabaseUnavailable]: 503,

  [ErrorCode.EmailTaken]: 409,
  [ErrorCode.PasswordTooWeak]: 400,
  [ErrorCode.InvalidCredentials]: 401,
  [ErrorCode.LoginThrottled]: 429,
  [ErrorCode.TokenInvalid]: 400,
  [ErrorCode.TokenExpired]: 410,
  [ErrorCode.TokenUsed]: 410,
  [ErrorCode.EmailAlreadyVerified]: 409,
  [ErrorCode.EmailNotVerified]: 403,
  [ErrorCode.WrongPassword]: 400,

  [ErrorCode.SlugInvalid]: 400,
  [ErrorCode.SlugTaken]: 409,
  [ErrorCode.ConsultationNotFound]: 404,
  [ErrorCode.ConsultationDatesInvalid]: 400,
  [ErrorCode.AreaInvalid]: 400,
  [ErrorCode.MarkdownInvalid]: 422,
  [ErrorCode.DocumentVersionNotFound]: 404,
};
