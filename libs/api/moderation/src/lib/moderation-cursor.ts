import { DomainException } from '@consulta/api/core';
import { ErrorCode } from '@consulta/shared/contracts';

/** Where a page ended: the sort it was made for, the last item's sort key (count and/or exact timestamp) and its id. */
export interface KeysetCursor {
  sort: string;
  /** Exact created_at (microseconds) of the last item. */
  at: string;
  /** The count sorted on (flags or reports); 0 for time sorts. */
  count: number;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeKeyset(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.at, cursor.count, cursor.id])).toString('base64url');
}

/** The cursor, checked against the sort it was made for (another sort's cursor would skip or repeat items). */
export function decodeKeyset(value: string, sort: string): KeysetCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 4) {
      const [cursorSort, at, count, id] = parsed as unknown[];
      if (
        cursorSort === sort &&
        typeof at === 'string' &&
        TIMESTAMP.test(at) &&
        typeof count === 'number' &&
        Number.isInteger(count) &&
        count >= 0 &&
        typeof id === 'string' &&
        UUID.test(id)
      ) {
        return { sort, at, count, id };
      }
    }
  } catch {
    // fall through
  }
  throw new DomainException(ErrorCode.CursorInvalid, 'This page link is no longer valid; please start from the first page.');
}

export function isUuid(value: string): boolean {
  return UUID.test(value.toLowerCase());
}
