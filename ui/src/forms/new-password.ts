import type { FieldErrors } from '../graphql/errors.js';
import { textField } from './form-data.js';

/** Names of the inputs rendered by FieldsNewPassword.svelte. */
export const confirmSuffix = 'Confirm';

/**
 * Reads a new password and its confirmation. The browser checks the match too,
 * but only when JavaScript runs: the action must not trust it.
 */
export function readNewPassword(data: FormData, name: string): { password: string; fields?: FieldErrors } {
  const password = textField(data, name, { trim: false });
  const confirm = textField(data, name + confirmSuffix, { trim: false });
  if (password !== confirm) return { password, fields: { [name + confirmSuffix]: 'MISMATCH' } };
  return { password };
}
