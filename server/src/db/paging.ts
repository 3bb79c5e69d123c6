import { badInput } from '../errors';
import { isUuid } from '../ids';

/**
 * Keyset pagination shared by the lists: a cursor is the sort time and the id of the last row of a page,
 * opaque to clients. A malformed one is BAD_USER_INPUT on `after`.
 */
export const encodeCursor = (at: Date, id: string) => Buffer.from(`${at.toISOString()}|${id}`).toString('base64url');

export function decodeCursor(cursor: string): { at: Date; id: string } {
  const [raw, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const at = new Date(raw);
  if (!id || !isUuid(id) || Number.isNaN(at.getTime())) throw badInput({ after: 'INVALID_FORMAT' }, 'Invalid cursor.');
  return { at, id };
}

/** `%`, `_` and `\` taken literally inside an (I)LIKE pattern. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
