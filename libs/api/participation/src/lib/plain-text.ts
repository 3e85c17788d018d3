import { DomainException } from '@consulta/api/core';
import { ApiErrorDetail, ErrorCode } from '@consulta/shared/contracts';

// C0 and C1 control characters except tab, line feed and carriage return; DEL.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Comments are plain text, stored exactly as sent (after trimming) and never interpreted as HTML;
 * control characters other than newlines and tabs are refused (TEXT_INVALID) rather than silently dropped.
 */
export function assertPlainText(fields: Record<string, string | null | undefined>): void {
  const problems: ApiErrorDetail[] = Object.entries(fields)
    .filter(([, value]) => typeof value === 'string' && CONTROL_CHARACTERS.test(value))
    .map(([field]) => ({ field, message: `${field} must not contain control characters` }));
  if (problems.length > 0) {
    throw new DomainException(ErrorCode.TextInvalid, 'The text contains invisible control characters; please remove them.', problems);
  }
}

/** Trimmed text, or null when nothing is left. */
export function optionalText(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}
