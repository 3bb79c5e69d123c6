import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import type { User } from '../accounts/user.entity';
import { AuditLog } from './audit-log.entity';

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

/** Entries about one object, oldest first. */
export function auditTrail(em: EntityManager, subjectType: string, subjectId: string) {
  return em.find(AuditLog, { subjectType, subjectId }, { orderBy: { at: 'asc', id: 'asc' }, populate: ['actor'] });
}
