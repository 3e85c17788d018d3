import { HttpErrorResponse } from '@angular/common/http';
import { ErrorCode } from '@consulta/shared/contracts';
import { hasErrorCode, toApiError } from './api-error';

describe('toApiError', () => {
  it('reads the code, message and details of an API error body', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'Validation failed',
        details: [{ field: 'email', message: 'must be an email' }, 'junk'],
      },
    });

    expect(toApiError(error)).toEqual({
      status: 400,
      code: ErrorCode.ValidationFailed,
      message: 'Validation failed',
      details: [{ field: 'email', line: undefined, message: 'must be an email' }],
    });
  });

  it('gives no code for an unknown code or a non-JSON body', () => {
    expect(toApiError(new HttpErrorResponse({ status: 400, error: { code: 'SOMETHING_NEW' } })).code).toBeNull();
    expect(toApiError(new HttpErrorResponse({ status: 502, error: 'Bad gateway' })).code).toBeNull();
  });

  it('reports an unreachable server as status 0', () => {
    expect(toApiError(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') })).status).toBe(0);
  });

  it('wraps errors that are not HTTP responses', () => {
    expect(toApiError(new Error('boom'))).toEqual({ status: -1, code: null, message: 'boom', details: [] });
  });

  it('checks for a specific code', () => {
    const error = new HttpErrorResponse({ status: 409, error: { code: 'EMAIL_TAKEN', message: 'taken' } });

    expect(hasErrorCode(error, ErrorCode.EmailTaken)).toBe(true);
    expect(hasErrorCode(error, ErrorCode.SlugTaken)).toBe(false);
  });
});
