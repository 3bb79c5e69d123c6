import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { type User, AuditLog } from '../../model';

export interface AuditEntry {
  action: string;
  subjectType: string;
  subjectId: string;
  reason?: string | null;
  data?: Record<string, unknown> | null;
  /** Who acted, when it is not the viewer (e.g. the person signing in). */
  actor?: User | null;
}

/**
 * The one helper every state change calls, inside the change's transaction (`em` is the transaction's),
 * so the log and the change commit or roll back together.
 */
export function audit(ctx: Pick<ActorContext, 'viewer' | 'requestId'>, em: EntityManager, entry: AuditEntry): AuditLog {
  const actor = entry.actor !== undefined ? entry.actor : (ctx.viewer?.user ?? null);
  const log = new AuditLog({ ...entry, actor, requestId: ctx.requestId });
  em.persist(log);
  return log;
}

/** Who acts in a request, as the audit row needs it: the viewer's id and the request id. */
export interface AuditActor {
  viewer?: { user: Pick<User, 'id'> } | null;
  requestId?: string;
}

/**
 * The audit_log row an entry makes, for the one statement that writes it in raw SQL (the booking hot path's
 * insert): its columns, the matching placeholders and the values, in one place with `audit` above.
 */
export const AUDIT_ROW = {
  table: 'audit_log',
  columns: 'actor_id, action, subject_type, subject_id, reason, data, request_id',
  placeholders: '?, ?, ?, ?, ?, ?::jsonb, ?',
  /** The same placeholders with their columns' types, for a row built in a subquery (whose untyped values are text). */
  typedPlaceholders: '?::uuid, ?::text, ?::text, ?::text, ?::text, ?::jsonb, ?::text',
  /** `ctx`: who acts (only their id is written) and the request, as the booking fast lane also knows them. */
  values(ctx: AuditActor, entry: AuditEntry): unknown[] {
    const actor = entry.actor !== undefined ? entry.actor : (ctx.viewer?.user ?? null);
    return [
      actor?.id ?? null,
      entry.action,
      entry.subjectType,
      entry.subjectId,
      entry.reason ?? null,
      entry.data == null ? null : JSON.stringify(entry.data),
      ctx.requestId ?? null,
    ];
  },
};

/** Writes an entry at once, in one statement of its own (a refusal that changes nothing else: a door scan's). */
export async function auditNow(
  ctx: Pick<ActorContext, 'viewer' | 'requestId'>,
  em: EntityManager,
  entry: AuditEntry,
): Promise<void> {
  await em.execute(
    `insert into ${AUDIT_ROW.table} (${AUDIT_ROW.columns}) values (${AUDIT_ROW.placeholders})`,
    AUDIT_ROW.values(ctx, entry),
    'run',
  );
}

/** Entries about one object, oldest first. */
export function auditTrail(em: EntityManager, subjectType: string, subjectId: string) {
  return em.find(AuditLog, { subjectType, subjectId }, { orderBy: { at: 'asc', id: 'asc' }, populate: ['actor'] });
}
