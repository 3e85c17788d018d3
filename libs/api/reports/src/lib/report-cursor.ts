import { DomainException } from '@consulta/api/core';
import { ErrorCode } from '@consulta/shared/contracts';

/**
 * Where a page of the report's table ended. Live pages (the draft) continue after the last row's receipt time and id;
 * snapshot pages (a published version) after its number. `number` is the last row's number in both, so a live page
 * numbers its rows without counting those before it.
 */
export interface ReportRowCursor {
  number: number;
  /** The last row's receipt time with microseconds (live pages only, else ''). */
  at: string;
  /** The last row's comment id (live pages only, else ''). */
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

export function encodeRowCursor(cursor: ReportRowCursor): string {
  return Buffer.from(JSON.stringify([cursor.number, cursor.at, cursor.id])).toString('base64url');
}

/** `live`: the cursor must carry a receipt time and an id; otherwise only a number. */
export function decodeRowCursor(value: string, live: boolean): ReportRowCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 3) {
      const [number, at, id] = parsed as unknown[];
      if (typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= 2_000_000_000) {
        if (!live && at === '' && id === '') return { number, at: '', id: '' };
        if (live && typeof at === 'string' && TIMESTAMP.test(at) && typeof id === 'string' && UUID.test(id)) return { number, at, id };
      }
    }
  } catch {
    // fall through
  }
  throw new DomainException(ErrorCode.CursorInvalid, 'This page link is no longer valid; please start from the first page.');
}
