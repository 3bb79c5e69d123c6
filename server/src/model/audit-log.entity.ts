import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import type { User } from './user.entity';

/** Append-only record of a state change: who, what, on which object, when, why. */
@Entity({ tableName: 'audit_log' })
@Index({ properties: ['subjectType', 'subjectId', 'at'] })
export class AuditLog {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Date = new Date();

  /** Null when the system acted (a job, a webhook) rather than a person. */
  @ManyToOne('User', { nullable: true, deleteRule: 'restrict' })
  actor?: User | null;

  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 64 })
  subjectType!: string;

  @Property({ type: 'string', length: 64 })
  subjectId!: string;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @Property({ type: 'json', nullable: true })
  data?: Record<string, unknown> | null;

  @Property({ type: 'string', length: 64, nullable: true })
  requestId?: string | null;

  constructor(input: {
    actor: User | null;
    action: string;
    subjectType: string;
    subjectId: string;
    reason?: string | null;
    data?: Record<string, unknown> | null;
    requestId?: string | null;
  }) {
    Object.assign(this, input);
  }
}
