import path from 'node:path';
import { z } from 'zod';

/**
 * Every environment variable the server reads, parsed and validated once at start.
 * README.md documents each of them; keep both in step.
 */
const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A claim name, or `none`: that information keeps coming from the directory import only. */
const claimName = z
  .string()
  .regex(/^[A-Za-z0-9_:./-]{1,100}$/, 'a claim name, or none')
  .transform((v) => (v === 'none' ? null : v));

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  DATABASE_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
  SEED_DEMO: bool.default(true),
  SEED_DEMO_EVENTS: bool.default(true),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('Billetterie <no-reply@billetterie.localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  TRUST_PROXY: bool.default(false),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(10),
  GRAPHQL_MAX_COMPLEXITY: z.coerce.number().int().min(10).max(100000).default(2000),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(1000).default(20),
  GRAPHQL_MAX_RESPONSE_KB: z.coerce.number().int().min(16).max(262144).default(4096),
  HTTP_BODY_LIMIT_KB: z.coerce.number().int().min(16).max(65536).default(1024),
  SIGNIN_MAX_FAILURES: z.coerce.number().int().min(1).max(1000).default(5),
  SIGNIN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  SERVE_APPS: bool.default(true),
  FAST_BOOK: bool.default(true),
  FAST_CHECK_IN: bool.default(true),
  PASSWORD_HASH_COST: z.coerce.number().int().min(10).max(20).default(17),
  JOBS: bool.default(true),
  MAIL_THREAD: bool.default(true),
  MAILING_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(120),
  COVER_MAX_KB: z.coerce.number().int().min(16).max(51200).default(5120),
  PAYMENT_SIMULATORS: bool.optional(),
  PAYPAL_CHECKOUT_URL: z.url({ protocol: /^https?$/ }).optional(),
  PAYPAL_VERIFY_URL: z.url({ protocol: /^https?$/ }).optional(),
  LYDIA_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  PAYMENT_SECRETS_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/_-]{43}=?$/, 'must be 32 random bytes in base64 (openssl rand -base64 32)')
    .optional(),
  PAYMENT_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(10000),
  WEBHOOK_RATE_BURST: z.coerce.number().int().min(1).max(100000).default(300),
  WEBHOOK_RATE_PER_MINUTE: z.coerce.number().int().min(1).max(100000).default(60),
  PAYMENT_MESSAGE_RETENTION_DAYS: z.coerce.number().int().min(2).max(3650).default(30),
  PAYMENT_ATTEMPT_MINUTES: z.coerce.number().int().min(2).max(1440).default(30),
  CANONICAL_HOST_REDIRECT: bool.default(true),
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).max(500).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).max(2000).optional(),
  OIDC_SCOPES: z
    .string()
    .regex(/^[\x21-\x7e]+( [\x21-\x7e]+)*$/, 'space-separated scopes')
    .refine((s) => s.split(' ').includes('openid'), 'must include openid')
    .default('openid email profile'),
  OIDC_CLAIM_SCHOOL: claimName.default('school'),
  OIDC_CLAIM_CLASS_YEAR: claimName.default('class_year'),
  OIDC_CLAIM_ASSOCIATIONS: claimName.default('associations'),
  OIDC_CLAIM_CLUBS: claimName.default('clubs'),
  OIDC_SIMULATOR: bool.optional(),
  SCHOOL_PASSWORDS: bool.optional(),
  STORAGE: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
  S3_REGION: z
    .string()
    .regex(/^[a-z0-9-]{2,40}$/, 'a region name, e.g. eu-west-3')
    .default('us-east-1'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'a bucket name: 3 to 63 lowercase letters, digits, dots and hyphens')
    .optional(),
  S3_ACCESS_KEY_ID: z
    .string()
    .regex(/^[\x21-\x7e]{1,256}$/, 'printable characters, no spaces')
    .optional(),
  S3_SECRET_ACCESS_KEY: z
    .string()
    .regex(/^[\x21-\x7e]{1,1024}$/, 'printable characters, no spaces')
    .optional(),
  S3_FORCE_PATH_STYLE: bool.optional(),
  S3_PREFIX: z
    .string()
    .regex(/^\/*[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*\/*$/, 'folder names of letters, digits, dots, _ and -, joined by /')
    .refine((p) => !p.split('/').some((s) => s === '.' || s === '..'), 'no . or .. folder')
    .optional(),
  DRAIN_GRACE_MS: z.coerce.number().int().min(0).max(120000).default(0),
});

/** Variables whose value is a secret: a bad one is named in the start error, never printed (SEC3). */
const SECRET_VARIABLES = new Set(['PAYMENT_SECRETS_KEY', 'OIDC_CLIENT_SECRET', 'S3_SECRET_ACCESS_KEY']);

/** Every variable above, with its schema: test/unit/readme-config.test.ts checks README.md's table against it. */
export const ENV_SCHEMA = schema.shape;

export type Config = {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  /** Where users reach the app; links in mails are built from it. */
  publicUrl: string;
  dataDir: string;
  databaseUrl?: string;
  embeddedPgPort: number;
  /** SEC2: connections in the pool; transactions may use about two thirds of them, the rest is kept for reads. */
  databasePoolMax: number;
  seedDemo: boolean;
  /** With SEED_DEMO: also the demo events and bookings (the test template keeps only organizations and accounts). */
  seedDemoEvents: boolean;
  smtpUrl?: string;
  mailFrom: string;
  logLevel: string;
  sessionTtlDays: number;
  trustProxy: boolean;
  graphqlMaxDepth: number;
  graphqlMaxComplexity: number;
  /** Aliased fields per operation (each place a fragment is spread counts): a few, so none repeats a field hundreds of times. */
  graphqlMaxAliases: number;
  /** Largest GraphQL response body sent; a larger one is replaced by QUERY_TOO_COMPLEX. */
  graphqlMaxResponseBytes: number;
  bodyLimitKb: number;
  signInMaxFailures: number;
  signInWindowMinutes: number;
  serveApps: boolean;
  /** log2 of scrypt's N for new password hashes. */
  passwordHashCost: number;
  /** Largest event cover image accepted. */
  coverMaxBytes: number;
  /**
   * Issue 14: whether POST /graphql answers the common `book` (for oneself, session cookie, plain booking fields) on
   * its fast lane (http/fast-book.ts), with the same answers as Apollo; false: every request goes through Apollo.
   */
  fastBook: boolean;
  /**
   * Issue 14: whether the door's `checkIn` from a signed-in scanner takes its fast lane (http/fast-check-in.ts), with
   * the same answers as Apollo; false: every scan goes through Apollo.
   */
  fastCheckIn: boolean;
  /** Whether this process runs the job queue's workers (expiry, mail outbox). */
  jobs: boolean;
  /**
   * Issue 14: whether the mail this process delivers (the outbox: claiming rows, ticket attachments, SMTP) is sent
   * from a worker thread with its own small pool, off the event loop that answers requests; false: on that loop.
   */
  mailThread: boolean;
  /** ML1: mails of organizers' mailings sent per minute, all processes together (service mail is never held back). */
  mailingsPerMinute: number;
  payments: PaymentsConfig;
  /** AC2: school sign-in with OpenID Connect; null when not configured (no issuer and no local provider). */
  oidc: OidcConfig | null;
  /**
   * AC2: whether school accounts may sign in with, set or reset a password. Default: yes without a real identity
   * provider (none, or the local one: the directory import and the demo need passwords), no with OIDC_ISSUER.
   */
  schoolPasswords: boolean;
  /** Where uploaded files, templates and exports are kept: DATA_DIR/files, or an S3-compatible bucket. */
  storage: StorageConfig;
  /**
   * Issue 16: requests for another host than PUBLIC_URL's are sent there (GET/HEAD redirected, others refused)
   * before any session is made; off behind a proxy that rewrites the Host header.
   */
  canonicalHostRedirect: boolean;
  /** After SIGTERM: how long the process stays not ready (/readyz 503) while still serving, before it drains HTTP. */
  drainGraceMs: number;
};

export type StorageConfig = { kind: 'local' } | S3StorageConfig;

export interface S3StorageConfig {
  kind: 's3';
  /** The S3 API's URL (MinIO, Garage, Ceph, a cloud provider's); undefined: AWS, from the region. */
  endpoint?: string;
  region: string;
  bucket: string;
  /**
   * Static credentials; undefined: the SDK's default chain (AWS_* variables, shared files, instance or container
   * roles). Not enumerable, so the configuration can never be logged or serialized with the secret (SEC3).
   */
  credentials?: { accessKeyId: string; secretAccessKey: string };
  /** Bucket in the path (`endpoint/bucket/key`) rather than in the host name (`bucket.endpoint/key`). */
  forcePathStyle: boolean;
  /** Put before every key: '' or folders ending with '/' (e.g. `billetterie/`), so one bucket can serve several apps. */
  prefix: string;
}

export interface OidcConfig {
  /** The identity provider's issuer URL (discovery: `<issuer>/.well-known/openid-configuration`). */
  issuer: string;
  clientId: string;
  clientSecret?: string;
  scopes: string;
  /** Claim carrying each piece of information; null: not taken from sign-in (the directory import stays the source). */
  claims: { school: string | null; classYear: string | null; associations: string | null; clubs: string | null };
  /** True when the issuer is the local provider mounted at /simulators/oidc (never in production). */
  simulator: boolean;
}

/** The client the local identity provider (/simulators/oidc) registers for this app. */
export const OIDC_SIMULATOR_CLIENT = { clientId: 'billetterie-local', clientSecret: 'billetterie-local-secret' };

export interface PaymentsConfig {
  /** Mount the local PayPal and Lydia simulators at /simulators (PY6); never in production. */
  simulators: boolean;
  /** Where the attendee's browser posts the PayPal checkout form. */
  paypalCheckoutUrl: string;
  /** Where IPN messages are posted back for verification (cmd=_notify-validate). */
  paypalVerifyUrl: string;
  /** Lydia's API base URL (…/api/request/do.json is appended). */
  lydiaApiUrl: string;
  /** Key encrypting the Lydia private tokens at rest (32 bytes); null: a key file in DATA_DIR (not in production). */
  secretsKey: Buffer | null;
  /** Timeout of every call to a provider. */
  httpTimeoutMs: number;
  /** /webhooks/* per source IP and process: messages accepted at once, then per minute (one per started 4 KB). */
  webhookBurst: number;
  webhookPerMinute: number;
  /** Days an unverified message matched to nothing is kept before the purge job deletes it (PY5). */
  unprovenRetentionDays: number;
  /**
   * Issue 16: minutes a checkout or Lydia request stays open unpaid (no second attempt, no deletion meanwhile)
   * before it times out; a Lydia request also expires at Lydia then.
   */
  attemptMinutes: number;
}

export class ConfigError extends Error {}

/** Parses the environment; throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const raw = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, env[k] === '' ? undefined : env[k]]));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => {
      const name = String(i.path[0]);
      return `  ${name}=${SECRET_VARIABLES.has(name) ? '(hidden)' : JSON.stringify(raw[name])}: ${i.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const v = parsed.data;
  const production = v.NODE_ENV === 'production';
  const publicUrl = (v.PUBLIC_URL ?? `http://localhost:${v.PORT}`).replace(/\/+$/, '');
  const simulators = v.PAYMENT_SIMULATORS ?? !production;
  const problems: string[] = [];
  if (production && simulators)
    problems.push('  PAYMENT_SIMULATORS=true: the payment simulators are never mounted in production');
  if (production && !v.PAYMENT_SECRETS_KEY)
    problems.push('  PAYMENT_SECRETS_KEY: required in production (openssl rand -base64 32)');
  const oidcSimulator = v.OIDC_SIMULATOR ?? (!production && !v.OIDC_ISSUER);
  if (production && oidcSimulator)
    problems.push('  OIDC_SIMULATOR=true: the local identity provider is never mounted in production');
  if (v.OIDC_ISSUER && oidcSimulator)
    problems.push('  OIDC_SIMULATOR=true: set it or OIDC_ISSUER, not both (the local provider is the issuer)');
  if (v.OIDC_ISSUER && !v.OIDC_CLIENT_ID) problems.push('  OIDC_CLIENT_ID: required with OIDC_ISSUER');
  if (v.STORAGE === 's3' && !v.S3_BUCKET) problems.push('  S3_BUCKET: required with STORAGE=s3');
  if (v.STORAGE !== 's3' && v.S3_BUCKET)
    problems.push('  S3_BUCKET: set STORAGE=s3 too, or files would stay on the local disk');
  if (!v.S3_ACCESS_KEY_ID !== !v.S3_SECRET_ACCESS_KEY)
    problems.push('  S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY: set both, or neither (the SDK then finds credentials)');
  if (problems.length) throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
  const sim = `${publicUrl}/simulators`;
  return {
    env: v.NODE_ENV,
    host: v.HOST,
    port: v.PORT,
    publicUrl,
    dataDir: path.resolve(v.DATA_DIR),
    databaseUrl: v.DATABASE_URL,
    embeddedPgPort: v.EMBEDDED_PG_PORT,
    databasePoolMax: v.DATABASE_POOL_MAX,
    seedDemo: v.SEED_DEMO,
    seedDemoEvents: v.SEED_DEMO_EVENTS,
    smtpUrl: v.SMTP_URL,
    mailFrom: v.MAIL_FROM,
    logLevel: v.LOG_LEVEL,
    sessionTtlDays: v.SESSION_TTL_DAYS,
    trustProxy: v.TRUST_PROXY,
    graphqlMaxDepth: v.GRAPHQL_MAX_DEPTH,
    graphqlMaxComplexity: v.GRAPHQL_MAX_COMPLEXITY,
    graphqlMaxAliases: v.GRAPHQL_MAX_ALIASES,
    graphqlMaxResponseBytes: v.GRAPHQL_MAX_RESPONSE_KB * 1024,
    bodyLimitKb: v.HTTP_BODY_LIMIT_KB,
    signInMaxFailures: v.SIGNIN_MAX_FAILURES,
    signInWindowMinutes: v.SIGNIN_WINDOW_MINUTES,
    serveApps: v.SERVE_APPS,
    passwordHashCost: v.PASSWORD_HASH_COST,
    coverMaxBytes: v.COVER_MAX_KB * 1024,
    fastBook: v.FAST_BOOK,
    fastCheckIn: v.FAST_CHECK_IN,
    jobs: v.JOBS,
    mailThread: v.MAIL_THREAD,
    mailingsPerMinute: v.MAILING_PER_MINUTE,
    payments: {
      simulators,
      paypalCheckoutUrl:
        v.PAYPAL_CHECKOUT_URL ??
        (simulators ? `${sim}/paypal/cgi-bin/webscr` : 'https://www.paypal.com/cgi-bin/webscr'),
      paypalVerifyUrl:
        v.PAYPAL_VERIFY_URL ??
        (simulators ? `${sim}/paypal/cgi-bin/webscr` : 'https://ipnpb.paypal.com/cgi-bin/webscr'),
      lydiaApiUrl: (v.LYDIA_API_URL ?? (simulators ? `${sim}/lydia` : 'https://lydia-app.com')).replace(/\/+$/, ''),
      secretsKey: v.PAYMENT_SECRETS_KEY ? Buffer.from(v.PAYMENT_SECRETS_KEY, 'base64') : null,
      httpTimeoutMs: v.PAYMENT_HTTP_TIMEOUT_MS,
      webhookBurst: v.WEBHOOK_RATE_BURST,
      webhookPerMinute: v.WEBHOOK_RATE_PER_MINUTE,
      unprovenRetentionDays: v.PAYMENT_MESSAGE_RETENTION_DAYS,
      attemptMinutes: v.PAYMENT_ATTEMPT_MINUTES,
    },
    oidc:
      v.OIDC_ISSUER || oidcSimulator
        ? {
            issuer: (v.OIDC_ISSUER ?? `${sim}/oidc`).replace(/\/+$/, ''),
            clientId: oidcSimulator ? OIDC_SIMULATOR_CLIENT.clientId : v.OIDC_CLIENT_ID!,
            clientSecret: oidcSimulator ? OIDC_SIMULATOR_CLIENT.clientSecret : v.OIDC_CLIENT_SECRET,
            scopes: v.OIDC_SCOPES,
            claims: {
              school: v.OIDC_CLAIM_SCHOOL,
              classYear: v.OIDC_CLAIM_CLASS_YEAR,
              associations: v.OIDC_CLAIM_ASSOCIATIONS,
              clubs: v.OIDC_CLAIM_CLUBS,
            },
            simulator: oidcSimulator,
          }
        : null,
    schoolPasswords: v.SCHOOL_PASSWORDS ?? !v.OIDC_ISSUER,
    storage: v.STORAGE === 's3' ? s3Config(v) : { kind: 'local' },
    drainGraceMs: v.DRAIN_GRACE_MS,
    canonicalHostRedirect: v.CANONICAL_HOST_REDIRECT,
  };
}

function s3Config(v: z.infer<typeof schema>): S3StorageConfig {
  const folders = (v.S3_PREFIX ?? '').split('/').filter(Boolean);
  const config: S3StorageConfig = {
    kind: 's3',
    endpoint: v.S3_ENDPOINT?.replace(/\/+$/, ''),
    region: v.S3_REGION,
    bucket: v.S3_BUCKET!,
    forcePathStyle: v.S3_FORCE_PATH_STYLE ?? Boolean(v.S3_ENDPOINT),
    prefix: folders.length ? `${folders.join('/')}/` : '',
  };
  if (v.S3_ACCESS_KEY_ID && v.S3_SECRET_ACCESS_KEY)
    hideCredentials(config, { accessKeyId: v.S3_ACCESS_KEY_ID, secretAccessKey: v.S3_SECRET_ACCESS_KEY });
  return config;
}

/** Puts the S3 credentials on `config`, not enumerable (SEC3: never logged, never serialized with it). */
function hideCredentials(config: S3StorageConfig, credentials: NonNullable<S3StorageConfig['credentials']>) {
  Object.defineProperty(config, 'credentials', { value: credentials, enumerable: false });
}

/**
 * A Config as a worker thread receives it (workerData, a structured clone): the clone would drop the S3 credentials
 * (not enumerable) and turn the secrets key into a Uint8Array, so they travel beside it and `configFromThread` puts
 * them back. Only for threads of this process: the secrets stay in its memory.
 */
export interface ThreadConfig {
  config: Config;
  s3Credentials: S3StorageConfig['credentials'] | null;
}

export function configForThread(config: Config): ThreadConfig {
  return { config, s3Credentials: (config.storage.kind === 's3' && config.storage.credentials) || null };
}

export function configFromThread(data: ThreadConfig): Config {
  const { config } = data;
  const key = config.payments.secretsKey;
  const payments = {
    ...config.payments,
    secretsKey: key ? Buffer.from(key.buffer, key.byteOffset, key.byteLength) : null,
  };
  const storage = { ...config.storage };
  if (storage.kind === 's3' && data.s3Credentials) hideCredentials(storage, data.s3Credentials);
  return { ...config, payments, storage };
}
