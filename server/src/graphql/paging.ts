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

/** `%`, `_` and `\` taken literally inside an (I)LIKE pattern. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
