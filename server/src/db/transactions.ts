import { TransactionContext, type TransactionOptions } from '@mikro-orm/core';
import { EntityManager, type PostgreSqlDriver } from '@mikro-orm/postgresql';
import { busy } from './sqlstates';

/**
 * SEC2: the one place every transaction starts (the ORM is configured with `entityManager: AppEntityManager`, so
 * `em.transactional` anywhere comes here). Under a burst of conflicting mutations on one row:
 * - admission control: at most `transactionSlots(poolMax)` transactions run at once, so the rest of the pool stays
 *   free for reads (sign-in checks, anonymous pages) instead of queueing behind row-lock waiters; a transaction that
 *   can't start within ADMISSION_WAIT_MS ends in BUSY (retryable) rather than waiting on the pool;
 * - bounded waits: each transaction sets its own lock_timeout and statement_timeout (SET LOCAL), so a row-lock wait
 *   ends in SQLSTATE 55P03 / 57014, which the catalogue (./sqlstates.ts) turns into BUSY.
 * Nested calls (inside a transaction) become savepoints on the same connection and skip both.
 */
export const LOCK_TIMEOUT_MS = 1000;
export const STATEMENT_TIMEOUT_MS = 10_000;
export const ADMISSION_WAIT_MS = 1500;
/**
 * What starts every transaction: its lock and statement waits, bounded for that transaction alone (SET LOCAL). One
 * statement without parameters: the ORM runs it, and the sale lane sends it after `begin` in the same round trip.
 */
export const BOUNDED_WAITS_SQL = `select set_config('lock_timeout', '${LOCK_TIMEOUT_MS}ms', true), set_config('statement_timeout', '${STATEMENT_TIMEOUT_MS}ms', true)`;

/** Connections kept out of reach of transactions, for reads: about a third of the pool, at least one. */
export function transactionSlots(poolMax: number): number {
  if (poolMax <= 1) return 1;
  return poolMax - Math.max(1, Math.floor(poolMax * 0.3));
}

/** A counting semaphore with a FIFO queue and a bounded wait. */
export class Gate {
  private active = 0;
  private readonly queue: Array<() => void> = [];

  constructor(
    readonly max: number,
    readonly waitMs: number,
  ) {}

  /**
   * Resolves true when a slot is taken; rejects with BUSY after `waitMs` in the queue. When `until` settles first,
   * the place in the queue is given up and it resolves false (no slot taken).
   */
  enter(until?: Promise<unknown>): Promise<boolean> {
    if (this.active < this.max) {
      this.active++;
      return Promise.resolve(true);
    }
    return new Promise((resolve, reject) => {
      const admit = () => {
        clearTimeout(timer);
        this.active++;
        resolve(true);
      };
      const leaveQueue = () => {
        const i = this.queue.indexOf(admit);
        if (i >= 0) this.queue.splice(i, 1);
        return i >= 0;
      };
      const timer = setTimeout(() => {
        leaveQueue();
        reject(busy());
      }, this.waitMs);
      this.queue.push(admit);
      void until?.then(
        () => {
          if (!leaveQueue()) return; // admitted (or refused) meanwhile
          clearTimeout(timer);
          resolve(false);
        },
        () => undefined, // a failed `until` lets nothing go: the entry keeps its place
      );
    });
  }

  leave(): void {
    this.active--;
    this.queue.shift()?.();
  }

  get stats() {
    return { max: this.max, active: this.active, waiting: this.queue.length };
  }
}

/**
 * Issue 14: how many `book` requests the sale opening's lane (modules/bookings/fast-lane.ts) runs at once. Its requests
 * hold no connection of their own: they share its batched reads (at most 3 connections) and one ticket's write batch
 * (one connection, taken through the mutation gate like a transaction), so many can be admitted — enough to fill
 * its batches — while each still waits a bounded time (ADMISSION_WAIT_MS, then BUSY).
 */
export const BOOK_LANE_SLOTS = 64;

/** One gate of each kind per ORM (all forks share the driver). */
const gates = {
  transactions: new WeakMap<object, Gate>(),
  mutations: new WeakMap<object, Gate>(),
  bookLane: new WeakMap<object, Gate>(),
};

function gate(kind: keyof typeof gates, em: EntityManager): Gate {
  const key = em.getDriver();
  let g = gates[kind].get(key);
  if (!g) {
    const slots = kind === 'bookLane' ? BOOK_LANE_SLOTS : transactionSlots(em.config.get('pool')?.max ?? 10);
    g = new Gate(slots, ADMISSION_WAIT_MS);
    gates[kind].set(key, g);
  }
  return g;
}

/** Admits transactions (below). */
export const gateOf = (em: EntityManager) => gate('transactions', em);

/**
 * Admits whole GraphQL mutation requests (http/admission.ts), before they touch the pool at all: a burst of
 * mutations then waits here, not in the pool's FIFO queue in front of everyone's reads (their sign-in lookups too).
 * Each admitted request runs at most one top-level transaction at a time, so it always finds a transaction slot.
 */
export const mutationGateOf = (em: EntityManager) => gate('mutations', em);

/** Admits the sale opening lane's `book` requests (http/fast-book.ts) in place of the mutation gate (BOOK_LANE_SLOTS). */
export const bookLaneGateOf = (em: EntityManager) => gate('bookLane', em);

/** Runs `work` holding one of `gate`'s slots (BUSY after the gate's bounded wait). */
export async function inGate<T>(gate: Gate, work: () => Promise<T>): Promise<T> {
  await gate.enter();
  try {
    return await work();
  } finally {
    gate.leave();
  }
}

export class AppEntityManager extends EntityManager<PostgreSqlDriver> {
  override async transactional<T>(cb: (em: this) => T | Promise<T>, options: TransactionOptions = {}): Promise<T> {
    if (options.ctx || this.isInTransaction()) return super.transactional(cb, options);
    return inGate(gateOf(this), () =>
      super.transactional(async (em) => {
        await em.getConnection().execute(BOUNDED_WAITS_SQL, [], 'run', em.getTransactionContext());
        return cb(em);
      }, options),
    );
  }
}

/** Queries that ran on a second pool connection while their async context held a transaction, per ORM. */
const secondConnections = new WeakMap<object, { count: number }>();

/** What a statement does and to which table, without any value it carries (SEC3: no statement in logs). */
export const statementShape = (sql = '') =>
  /^\s*(select|insert|update|delete|with)\b(?:[\s\S]*?\b(?:from|into))?\s+"?([a-z_]+)"?/i
    .exec(sql)
    ?.slice(1, 3)
    .join(' ')
    .toLowerCase() ?? 'statement';

/**
 * SEC2 monitor: a transaction must never take a second pool connection while it holds one (a burst of such
 * transactions deadlocks the pool: each holds one connection and waits for another). Counts every query that ran
 * outside the open transaction of the code that issued it, logs the first ones, and /healthz reports the count.
 */
export function watchSecondConnections(em: EntityManager, warn: (statement: string) => void): void {
  const seen = { count: 0 };
  secondConnections.set(em.getDriver(), seen);
  em.getConnection()
    .getKnex()
    .on('query', (q: { sql?: string; __knexTxId?: string }) => {
      const trx = TransactionContext.getEntityManager(em.name)?.getTransactionContext() as
        { isCompleted?: () => boolean } | undefined;
      if (!trx || trx.isCompleted?.() || q.__knexTxId) return;
      seen.count++;
      if (seen.count <= 10) warn(statementShape(q.sql));
    });
}

/** Pool and admission figures for monitoring (/healthz). */
export function poolStats(em: EntityManager) {
  const pool = (em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
  return {
    max: em.config.get('pool')?.max ?? null,
    used: pool?.numUsed() ?? 0,
    free: pool?.numFree() ?? 0,
    waiting: pool?.numPendingAcquires() ?? 0,
    transactions: gateOf(em).stats,
    mutations: mutationGateOf(em).stats,
    bookLane: bookLaneGateOf(em).stats,
    secondConnections: secondConnections.get(em.getDriver())?.count ?? 0,
  };
}

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}
