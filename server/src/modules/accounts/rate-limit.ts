import type { EntityManager } from '@mikro-orm/postgresql';
import { sha256 } from './secrets';

export interface RateLimitState {
  points: number;
  retryAfterSeconds: number;
}

/**
 * A counter's key: the scope, then a digest of what is counted (an address, an IP, an id). Fixed length whatever
 * the input (the column is varchar(200): a long valid email once made the mutation fail only when the address had
 * an account, SEC4), and no address or IP lands in the table (SEC3).
 */
export const keyFor = (scope: string, subject: string) => `${scope}:${sha256(subject)}`;

/**
 * Fixed-window counters in PostgreSQL, so every server process shares them.
 * One atomic upsert per hit: no read-then-write race between concurrent attempts.
 */
export async function hit(em: EntityManager, key: string, windowSeconds: number): Promise<RateLimitState> {
  const rows: Array<{ points: number; retry: number }> = await em.execute(
    `insert into rate_limit_buckets (key, points, reset_at) values (?, 1, now() + make_interval(secs => ?))
     on conflict (key) do update set
       points = case when rate_limit_buckets.reset_at <= now() then 1 else rate_limit_buckets.points + 1 end,
       reset_at = case when rate_limit_buckets.reset_at <= now() then excluded.reset_at else rate_limit_buckets.reset_at end
     returning points, ceil(extract(epoch from reset_at - now()))::int as retry`,
    [key, windowSeconds],
  );
  return { points: rows[0].points, retryAfterSeconds: Math.max(1, rows[0].retry) };
}

export interface Reservation {
  key: string;
  /** End of the window the attempt was counted in (as PostgreSQL text: a Date would drop the microseconds). */
  resetAt: string;
}

/**
 * Counts one attempt only while fewer than `max` are counted in the live window, in one conditional upsert:
 * the row lock makes concurrent attempts queue, so at most `max` are ever let through per window.
 * Null when the limit is reached (nothing counted).
 */
export async function reserve(
  em: EntityManager,
  key: string,
  max: number,
  windowSeconds: number,
): Promise<Reservation | null> {
  const rows: Array<{ reset_at: string }> = await em.execute(
    `insert into rate_limit_buckets (key, points, reset_at) values (?, 1, now() + make_interval(secs => ?))
     on conflict (key) do update set
       points = case when rate_limit_buckets.reset_at <= now() then 1 else rate_limit_buckets.points + 1 end,
       reset_at = case when rate_limit_buckets.reset_at <= now() then excluded.reset_at else rate_limit_buckets.reset_at end
     where rate_limit_buckets.reset_at <= now() or rate_limit_buckets.points < ?
     returning reset_at::text as reset_at`,
    [key, windowSeconds, max],
  );
  return rows[0] ? { key, resetAt: rows[0].reset_at } : null;
}

/** Gives a reserved attempt back (it turned out not to be a failure), to the window it was counted in only. */
export async function release(em: EntityManager, r: Reservation): Promise<void> {
  // points > 0 is a table invariant: the last attempt of a window goes with its row.
  await em.execute(
    `with gone as (delete from rate_limit_buckets where key = ? and reset_at = ?::timestamptz and points <= 1)
     update rate_limit_buckets set points = points - 1 where key = ? and reset_at = ?::timestamptz and points > 1`,
    [r.key, r.resetAt, r.key, r.resetAt],
  );
}

/** Current count in the live window, without counting a hit. */
export async function peek(em: EntityManager, key: string): Promise<RateLimitState> {
  const rows: Array<{ points: number; retry: number }> = await em.execute(
    `select points, ceil(extract(epoch from reset_at - now()))::int as retry
       from rate_limit_buckets where key = ? and reset_at > now()`,
    [key],
  );
  return rows[0]
    ? { points: rows[0].points, retryAfterSeconds: Math.max(1, rows[0].retry) }
    : { points: 0, retryAfterSeconds: 0 };
}

export async function clear(em: EntityManager, key: string): Promise<void> {
  await em.execute('delete from rate_limit_buckets where key = ?', [key]);
}
