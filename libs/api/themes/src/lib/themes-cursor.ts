import { DomainException } from '@consulta/api/core';
import { ErrorCode } from '@consulta/shared/contracts';
import { isUuid } from './themes-errors';

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Keyset cursors: [kind, sort key, id], base64url JSON. The kind stops one list's cursor from being used on another. */
export function encodeCursor(kind: string, key: string | number, id: string): string {
  return Buffer.from(JSON.stringify([kind, key, id])).toString('base64url');
}

export function decodeTimeCursor(kind: string, value: string): { at: string; id: string } {
  const [key, id] = decode(kind, value);
  if (typeof key !== 'string' || !TIMESTAMP.test(key)) throw cursorInvalid();
  return { at: key, id };
}

export function decodeNumberCursor(kind: string, value: string): { value: number; id: string } {
  const [key, id] = decode(kind, value);
  if (typeof key !== 'number' || !Number.isFinite(key)) throw cursorInvalid();
  return { value: key, id };
}

function decode(kind: string, value: string): [unknown, string] {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && parsed[0] === kind && isUuid(parsed[2])) return [parsed[1], parsed[2]];
  } catch {
    // fall through
  }
  throw cursorInvalid();
}

function cursorInvalid(): DomainException {
  return new DomainException(ErrorCode.CursorInvalid, 'This page link is no longer valid; please start from the first page.');
}
