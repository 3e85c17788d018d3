import { DomainException } from '@consulta/api/core';
import { CommentSort, ErrorCode } from '@consulta/shared/contracts';

/** Where a page ended: the sort key of its last item (exact timestamp text or agree count) and its id. */
export interface CommentCursor {
  sort: CommentSort;
  key: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeCursor(cursor: CommentCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString('base64url');
}

/** The cursor, checked against the sort it was made for (a cursor of another sort would skip or repeat items). */
export function decodeCursor(value: string, sort: CommentSort): CommentCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3 && parsed.every((part) => typeof part === 'string')) {
      const [cursorSort, key, id] = parsed;
      const keyValid = sort === CommentSort.MostAgreed ? /^\d{1,10}$/.test(key) : TIMESTAMP.test(key);
      if (cursorSort === sort && keyValid && UUID.test(id)) return { sort, key, id };
    }
  } catch {
    // fall through
  }
  throw new DomainException(ErrorCode.CursorInvalid, 'This page link is no longer valid; please start from the first page.');
}
