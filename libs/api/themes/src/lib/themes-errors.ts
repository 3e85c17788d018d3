import { DomainException } from '@consulta/api/core';
import { ErrorCode } from '@consulta/shared/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

export const themeNotFound = (): DomainException => new DomainException(ErrorCode.ThemeNotFound, 'There is no such theme.');
export const commentNotFound = (id?: string): DomainException =>
  new DomainException(ErrorCode.CommentNotFound, id ? `Comment ${id} is not a comment of this consultation.` : 'There is no such comment.');
export const suggestionNotFound = (): DomainException =>
  new DomainException(ErrorCode.ThemeSuggestionNotFound, 'There is no such suggestion.');
export const proposalNotFound = (): DomainException =>
  new DomainException(ErrorCode.ThemeProposalNotFound, 'There is no such theme proposal.');
export const proposalNotOpen = (): DomainException =>
  new DomainException(ErrorCode.ThemeProposalNotOpen, 'This theme proposal has already been accepted, discarded, merged or split.');
export const sampleNotFound = (): DomainException =>
  new DomainException(ErrorCode.QualitySampleNotFound, 'There is no such quality-check sample.');
export const nameTaken = (name: string): DomainException =>
  new DomainException(ErrorCode.ThemeNameTaken, `A theme named "${name}" already exists in this consultation.`);

/** Trimmed single-line text within limits, or a VALIDATION_FAILED naming the field (class-validator checks the raw value). */
export function cleanText(value: string, field: string, min: number, max: number): string {
  const trimmed = value.replace(/\s+/g, ' ').trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F-\u009F]/.test(trimmed) || trimmed.length < min || trimmed.length > max) {
    throw new DomainException(ErrorCode.ValidationFailed, `The ${field} must have ${min} to ${max} characters.`, [
      { field, message: `must have ${min} to ${max} characters` },
    ]);
  }
  return trimmed;
}

/** Trimmed multi-line plain text (line breaks kept) up to `max` characters. */
export function cleanMultiline(value: string, field: string, max: number): string {
  const trimmed = value.replace(/\r\n?/g, '\n').trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/.test(trimmed) || trimmed.length > max) {
    throw new DomainException(ErrorCode.ValidationFailed, `The ${field} must be plain text of at most ${max} characters.`, [
      { field, message: `must be plain text of at most ${max} characters` },
    ]);
  }
  return trimmed;
}
