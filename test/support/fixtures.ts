// Data helpers for API tests that need more than the demo seed. They write through the ORM directly
// (not the API) so that a test only exercises the operations it is about.
import { hashPassword } from '../../server/src/modules/accounts';
import type { TestApp } from './app';
import type { ApiClient, GraphQLResponse } from './graphql';
import {
  AccountKind,
  User,
  Association,
  AssociationMembership,
  Club,
  ClubMembership,
  School,
} from '../../server/src/model';

export const DEMO_PASSWORD = 'billetterie-demo';

export interface NewUser {
  email: string;
  firstName?: string;
  lastName?: string;
  kind: 'SCHOOL' | 'EXTERNAL';
  schoolSlug?: string;
  classYear?: number;
  clubs?: Array<{ slug: string; isBoard: boolean }>;
  /** `endsOn`: last valid day, `YYYY-MM-DD`. */
  associations?: Array<{ slug: string; endsOn: string }>;
  platformAdmin?: boolean;
}

let cachedHash: Promise<string> | undefined;
/** Hashing is slow on purpose; every fixture user shares one hash of the demo password. */
const demoHash = () => (cachedHash ??= hashPassword(DEMO_PASSWORD, 12));

/** Creates a verified account that signs in with the demo password; returns its id. */
export async function createUser(t: TestApp, opts: NewUser): Promise<string> {
  const em = t.app.db.orm.em.fork();
  const user = new User({
    email: opts.email.trim().toLowerCase(),
    firstName: opts.firstName ?? 'Test',
    lastName: opts.lastName ?? opts.email.split('@')[0],
    kind: opts.kind === 'SCHOOL' ? AccountKind.SCHOOL : AccountKind.EXTERNAL,
  });
  if (opts.schoolSlug) user.school = await em.findOneOrFail(School, { slug: opts.schoolSlug });
  user.classYear = opts.classYear;
  user.passwordHash = await demoHash();
  user.emailVerifiedAt = new Date();
  user.isPlatformAdmin = opts.platformAdmin ?? false;
  em.persist(user);
  for (const c of opts.clubs ?? []) {
    em.persist(new ClubMembership(user, await em.findOneOrFail(Club, { slug: c.slug }), c.isBoard));
  }
  for (const a of opts.associations ?? []) {
    em.persist(new AssociationMembership(user, await em.findOneOrFail(Association, { slug: a.slug }), a.endsOn));
  }
  await em.flush();
  return user.id;
}

/** Ids of seeded organizations by slug. */
export async function idOf(t: TestApp, entity: 'school' | 'association' | 'club', slug: string): Promise<string> {
  const em = t.app.db.orm.em.fork();
  const cls = { school: School, association: Association, club: Club }[entity];
  return (await em.findOneOrFail(cls as typeof Club, { slug })).id;
}

/** Signs several people in at once (one client each), keyed as given. */
export async function signInAll<K extends string>(
  t: TestApp,
  emails: Record<K, string | null>,
): Promise<Record<K, ApiClient>> {
  const entries = await Promise.all(
    Object.entries<string | null>(emails).map(
      async ([key, email]) => [key, email ? await t.signedIn(email) : t.client()] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<K, ApiClient>;
}

/** A valid 1×1 PNG, for upload tests that only need some accepted image. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Sends one operation with one file (GraphQL multipart request spec) as the client, with its cookies or token.
 * `fileVariable` names the Upload variable, e.g. `file`.
 */
export async function uploadRequest<T = Record<string, any>>(
  c: ApiClient,
  query: string,
  variables: Record<string, unknown>,
  fileVariable: string,
  file: { name: string; type: string; data: Buffer },
): Promise<GraphQLResponse<T>> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { ...variables, [fileVariable]: null } }));
  form.append('map', JSON.stringify({ 0: [`variables.${fileVariable}`] }));
  form.append('0', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name);
  const res = await fetch(`${c.baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'apollo-require-preflight': 'true',
      ...(c.cookies.size ? { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {}),
      ...(c.token ? { authorization: `Bearer ${c.token}` } : {}),
    },
    body: form,
  });
  const body = (await res.json()) as { data?: T; errors?: GraphQLResponse['errors'] };
  return { status: res.status, headers: res.headers, data: body.data, errors: body.errors };
}
