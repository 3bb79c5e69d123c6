import { badInput } from '../core/errors';
import { inDateRange } from './date-time';
import { isUuid } from '../core/ids';

/**
 * Keyset pagination shared by the lists: a cursor is the sort time and the id of the last row of a page,
 * opaque to clients. A malformed one is BAD_USER_INPUT on `after`, and so is one whose time is out of the API's date
 * range (year 0 or +275760 reached PostgreSQL as an internal error, SEC1).
 */
export const encodeCursor = (at: Date, id: string) => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');

export function decodeCursor(cursor: string): { at: Date; id: string } {
  const [raw, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const at = new Date(raw);
  if (!id || !isUuid(id) || Number.isNaN(at.getTime()) || !inDateRange(at))
    throw badInput({ after: 'INVALID_FORMAT' }, 'Invalid cursor.');
  return { at, id };
}

/**
 * A cursor for a list sorted on text keys (a name), then the id: the last row's keys, opaque to clients. One read in
 * another order, or tampered with, is BAD_USER_INPUT on `after`.
 */
export const encodeTextCursor = (keys: string[], id: string) =>
  Buffer.from(JSON.stringify({ k: keys, id })).toString('base64url');

export function decodeTextCursor(cursor: string, count: number): { keys: string[]; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString());
  } catch {
    parsed = null;
  }
  const { k, id } = (parsed ?? {}) as { k?: unknown; id?: unknown };
  if (
    typeof id !== 'string' ||
    !isUuid(id) ||
    !Array.isArray(k) ||
    k.length !== count ||
    !k.every((v) => typeof v === 'string' && v.length <= 500)
  )
    throw badInput({ after: 'INVALID_FORMAT' }, 'Invalid cursor.');
  return { keys: k as string[], id };
}

/** `%`, `_` and `\` taken literally inside an (I)LIKE pattern. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
