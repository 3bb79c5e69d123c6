import type { EntityManager } from '@mikro-orm/postgresql';
import {
  type Booking,
  type OnlineProvider,
  type PaymentAttempt,
  PaymentMessage,
  type MessageKind,
  type Verification,
} from '../../model';

export interface RecordInput {
  provider: OnlineProvider;
  kind: MessageKind;
  raw: Buffer | string | Record<string, unknown>;
  booking?: Booking | null;
  attempt?: PaymentAttempt | null;
  message?: PaymentMessage | null;
  reference?: string | null;
  amountCents?: number | null;
  currency?: string | null;
  status?: string | null;
  charset?: string | null;
  verification?: Verification | null;
  outcome?: string | null;
  outcomeDetail?: string | null;
  at: Date;
}

// NUL can't be stored in PostgreSQL text (SEC1, SEC3): the columns drop it, the raw bytes keep everything.
const clip = (s: string | null | undefined, n: number) => (s == null ? null : s.replaceAll('\0', '').slice(0, n));

/** PY5: one record of a checkout, request, message, verification or state check, kept forever. Persisted, not flushed. */
export function record(em: EntityManager, r: RecordInput): PaymentMessage {
  const raw = Buffer.isBuffer(r.raw)
    ? r.raw
    : Buffer.from(typeof r.raw === 'string' ? r.raw : JSON.stringify(r.raw), 'utf8');
  return em.create(PaymentMessage, {
    provider: r.provider,
    kind: r.kind,
    raw,
    booking: r.booking ?? null,
    attempt: r.attempt ?? null,
    message: r.message ?? null,
    reference: clip(r.reference, 200),
    amountCents: r.amountCents ?? null,
    currency: clip(r.currency, 8),
    status: clip(r.status, 64),
    charset: clip(r.charset, 40),
    verification: r.verification ?? null,
    outcome: r.outcome ?? null,
    outcomeDetail: r.outcomeDetail ?? null,
    processedAt: r.outcome ? r.at : null,
    verifyAttempts: 0,
    createdAt: r.at,
  });
}
