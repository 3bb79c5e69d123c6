import { ValidateBy } from 'class-validator';
import isEmailAddress from 'validator/lib/isEmail';
import { badInput, type FieldErrors } from './errors';

/** Emails are compared and stored trimmed and lower-cased. */
export const normalizeEmail = (email: string) => email.trim().toLowerCase();

// One maintained validator for every address we accept (sign-up, sign-in, reset, guests, contacts, grants,
// imports): `<script>@example.org` is not an address. No display names, IP domains or quoted local parts;
// the domain needs a TLD. The mail link proves the rest.
const EMAIL_OPTIONS = { allow_display_name: false, require_tld: true, allow_ip_domain: false, blacklisted_chars: '"' };
export const isEmail = (email: string) => email.length <= 320 && isEmailAddress(email, EMAIL_OPTIONS);

/** The same email check as the services', applied after trimming and lower-casing (input decorators). */
export const IsEmailAddress = () =>
  ValidateBy(
    { name: 'isEmailAddress', validator: { validate: (v) => typeof v === 'string' && isEmail(normalizeEmail(v)) } },
    { message: 'INVALID_EMAIL' },
  );

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
