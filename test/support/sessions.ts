// Many signed-in people, fast: accounts and sessions written straight into the database, the way
// sessions.service.ts opens a session (a random secret in the cookie, only its SHA-256 stored), so that
// load and concurrency tests do not spend their time hashing passwords through signIn.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { SESSION_COOKIE } from '../../server/src/modules/accounts';
import { randomSecret, sha256 } from '../../server/src/modules/accounts/secrets';
import { ApiClient } from './graphql';

export interface SignedInPerson {
  id: string;
  email: string;
  /** The session cookie's value: the secret whose hash is in `sessions.token_hash`. */
  sessionSecret: string;
}

export interface PeopleOptions {
  /** Emails are `${prefix}${i}@example.org`; unique per database. */
  prefix: string;
  count: number;
  kind?: 'SCHOOL' | 'EXTERNAL';
  schoolId?: string;
  classYear?: number;
}

/** Runs `fn` with one short-lived connection to `databaseUrl`. */
export async function withPg<T>(databaseUrl: string, fn: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates `count` verified accounts (no password) with one open session each, in two statements. */
export async function insertSignedInPeople(databaseUrl: string, opts: PeopleOptions): Promise<SignedInPerson[]> {
  const kind = opts.kind ?? 'EXTERNAL';
  if (kind === 'SCHOOL' && (!opts.schoolId || !opts.classYear))
    throw new Error('SCHOOL accounts need schoolId and classYear');
  const people = Array.from({ length: opts.count }, (_, i) => ({
    id: randomUUID(),
    email: `${opts.prefix}${i}@example.org`.toLowerCase(),
    sessionSecret: randomSecret(),
  }));
  await withPg(databaseUrl, async (c) => {
    await c.query('begin');
    await c.query(
      `insert into users (id, email, first_name, last_name, kind, school_id, class_year, email_verified_at)
       select u.id, u.email, 'Test', u.email, $3, $4, $5, now() from unnest($1::uuid[], $2::text[]) as u(id, email)`,
      [
        people.map((p) => p.id),
        people.map((p) => p.email),
        kind,
        kind === 'SCHOOL' ? opts.schoolId : null,
        kind === 'SCHOOL' ? opts.classYear : null,
      ],
    );
    await c.query(
      `insert into sessions (id, token_hash, user_id, expires_at)
       select gen_random_uuid(), s.hash, s.user_id, now() + interval '1 day' from unnest($1::text[], $2::uuid[]) as s(hash, user_id)`,
      [people.map((p) => sha256(p.sessionSecret)), people.map((p) => p.id)],
    );
    await c.query('commit');
  });
  return people;
}

/** An API client at `baseUrl` carrying the person's session cookie. */
export function clientAs(baseUrl: string, person: SignedInPerson): ApiClient {
  const c = new ApiClient(baseUrl);
  c.cookies.set(SESSION_COOKIE, person.sessionSecret);
  return c;
}

/** The Cookie header value for the person's session (for raw fetch or load generators). */
export const sessionCookieHeader = (person: SignedInPerson) => `${SESSION_COOKIE}=${person.sessionSecret}`;
