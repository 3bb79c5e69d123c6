import { ValidateBy } from 'class-validator';
import { badInput, type FieldErrors } from '../../errors';

/** Emails are compared and stored trimmed and lower-cased. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

// Pragmatic shape check (the mail link proves the rest): one @, no spaces, a dot in the domain.
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const isEmail = (email: string) => email.length <= 320 && EMAIL_RE.test(email);

/** The same email check as the services', applied after trimming and lower-casing (input decorators). */
export const IsEmailAddress = () =>
  ValidateBy({ name: 'isEmailAddress', validator: { validate: (v) => typeof v === 'string' && isEmail(normalizeEmail(v)) } }, { message: 'INVALID_EMAIL' });

/** Trims the given name fields and refuses blank ones with REQUIRED. */
export function cleanNames<T extends { firstName: string; lastName: string }>(input: T): T {
  const firstName = input.firstName.trim().replace(/\s+/g, ' ');
  const lastName = input.lastName.trim().replace(/\s+/g, ' ');
  const fields: FieldErrors = {};
  if (!firstName) fields.firstName = 'REQUIRED';
  if (!lastName) fields.lastName = 'REQUIRED';
  if (Object.keys(fields).length) throw badInput(fields);
  return { ...input, firstName, lastName };
}
