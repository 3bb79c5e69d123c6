import { parse } from 'csv-parse/sync';
import type { FieldErrorCode } from '../../core/errors';
import { hasControlCharacter } from '../../core/text';
import { isEmail, normalizeEmail } from '../../core/normalize';

/** One problem on one line of an import file (1-based line numbers, the header being line 1). */
export interface ImportProblem {
  line: number;
  field?: string;
  code: FieldErrorCode | 'INVALID_FORMAT';
  message: string;
}

export interface ImportRow {
  line: number;
  email: string;
  firstName: string;
  lastName: string;
  schoolSlug: string;
  classYear: number;
  /** Undefined when the column is absent: the person's memberships are then left as they are. */
  associations?: Array<{ slug: string; endsOn: string }>;
  clubs?: Array<{ slug: string; isBoard: boolean }>;
}

export const REQUIRED_COLUMNS = ['email', 'first_name', 'last_name', 'school', 'class_year'] as const;
export const OPTIONAL_COLUMNS = ['associations', 'clubs'] as const;
const KNOWN = new Set<string>([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
export const MAX_IMPORT_LINES = 20_000;

const SLUG_RE = /^[a-z0-9][a-z0-9-]{0,63}$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isRealDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

const list = (cell: string) =>
  cell
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Parses and checks the shape of a school-accounts CSV (RFC 4180, comma-separated, UTF-8, optional BOM).
 * Checks that need the database (do the slugs exist?) are the service's.
 */
export function parseSchoolAccountsCsv(csv: string): { rows: ImportRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const rows: ImportRow[] = [];
  let records: Array<{ record: Record<string, string>; info: { lines: number }; raw: string }>;
  let header: string[] = [];
  try {
    records = parse(csv, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      raw: true,
      columns: (h: string[]) => (header = h.map((c) => c.trim().toLowerCase())),
    });
  } catch (e) {
    const err = e as { lines?: number; message: string };
    return {
      rows,
      problems: [{ line: err.lines ?? 1, code: 'INVALID_FORMAT', message: `Unreadable CSV: ${err.message}` }],
    };
  }
  if (!header.length)
    return {
      rows,
      problems: [{ line: 1, code: 'REQUIRED', message: 'The file is empty: a header line is required.' }],
    };
  for (const c of REQUIRED_COLUMNS) {
    if (!header.includes(c)) problems.push({ line: 1, field: c, code: 'REQUIRED', message: `Missing column "${c}".` });
  }
  for (const c of header) {
    if (!KNOWN.has(c)) problems.push({ line: 1, field: c, code: 'NOT_ALLOWED', message: `Unknown column "${c}".` });
  }
  if (problems.length) return { rows, problems };
  if (records.length > MAX_IMPORT_LINES) {
    return {
      rows,
      problems: [{ line: 1, code: 'TOO_LONG', message: `At most ${MAX_IMPORT_LINES} people per import.` }],
    };
  }

  const seen = new Map<string, number>();
  for (const { record, info, raw } of records) {
    const line = info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0);
    const bad = (field: string, code: ImportProblem['code'], message: string) =>
      problems.push({ line, field, code, message });
    const before = problems.length;
    if (Object.keys(record).length !== header.length || Object.values(record).some((v) => v === undefined)) {
      bad('', 'INVALID_FORMAT', `Expected ${header.length} columns.`);
      continue;
    }
    // SEC3: control characters are never text (line breaks inside a quoted cell are, and collapse below).
    const controls = header.filter((c) => hasControlCharacter(record[c], true));
    if (controls.length) {
      for (const c of controls) bad(c, 'INVALID_FORMAT', `The ${c.replace('_', ' ')} holds a control character.`);
      continue;
    }
    const email = normalizeEmail(record.email);
    if (!email) bad('email', 'REQUIRED', 'Email is required.');
    else if (!isEmail(email)) bad('email', 'INVALID_EMAIL', `"${record.email}" is not an email address.`);
    else if (seen.has(email)) bad('email', 'DUPLICATE', `${email} already appears on line ${seen.get(email)}.`);
    else seen.set(email, line);
    const firstName = record.first_name.replace(/\s+/g, ' ');
    const lastName = record.last_name.replace(/\s+/g, ' ');
    if (!firstName) bad('first_name', 'REQUIRED', 'First name is required.');
    else if (firstName.length > 100) bad('first_name', 'TOO_LONG', 'First name is longer than 100 characters.');
    if (!lastName) bad('last_name', 'REQUIRED', 'Last name is required.');
    else if (lastName.length > 100) bad('last_name', 'TOO_LONG', 'Last name is longer than 100 characters.');
    const schoolSlug = record.school.toLowerCase();
    if (!schoolSlug) bad('school', 'REQUIRED', 'School is required.');
    const classYear = Number(record.class_year);
    if (!record.class_year) bad('class_year', 'REQUIRED', 'Class year is required.');
    else if (!/^\d{4}$/.test(record.class_year) || classYear < 1950 || classYear > 2200) {
      bad('class_year', 'OUT_OF_RANGE', `"${record.class_year}" is not a class year such as 2027.`);
    }
    let associations: ImportRow['associations'];
    if ('associations' in record) {
      associations = [];
      for (const item of list(record.associations)) {
        const [slug, endsOn, extra] = item.split(':').map((s) => s.trim().toLowerCase());
        if (!SLUG_RE.test(slug) || !endsOn || extra !== undefined || !isRealDate(endsOn)) {
          bad('associations', 'INVALID_FORMAT', `"${item}" should be association-slug:YYYY-MM-DD.`);
        } else if (associations.some((a) => a.slug === slug)) {
          bad('associations', 'DUPLICATE', `Association "${slug}" is listed twice.`);
        } else associations.push({ slug, endsOn });
      }
    }
    let clubs: ImportRow['clubs'];
    if ('clubs' in record) {
      clubs = [];
      for (const item of list(record.clubs)) {
        const [slug, role, extra] = item.split(':').map((s) => s.trim().toLowerCase());
        if (!SLUG_RE.test(slug) || (role !== undefined && role !== 'board') || extra !== undefined) {
          bad('clubs', 'INVALID_FORMAT', `"${item}" should be club-slug or club-slug:board.`);
        } else if (clubs.some((c) => c.slug === slug)) {
          bad('clubs', 'DUPLICATE', `Club "${slug}" is listed twice.`);
        } else clubs.push({ slug, isBoard: role === 'board' });
      }
    }
    if (problems.length === before)
      rows.push({ line, email, firstName, lastName, schoolSlug, classYear, associations, clubs });
  }
  if (!records.length) problems.push({ line: 2, code: 'REQUIRED', message: 'The file has a header but nobody in it.' });
  return { rows, problems };
}
