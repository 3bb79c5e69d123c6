import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { User } from './user.entity';

export enum EmailTokenPurpose {
  VERIFY_EMAIL = 'VERIFY_EMAIL',
  RESET_PASSWORD = 'RESET_PASSWORD',
}

/** A single-use secret sent by mail (verification or password reset). Only its SHA-256 is stored. */
@Entity({ tableName: 'email_tokens' })
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Check({ name: 'email_tokens_expiry_after_creation', expression: `"expires_at" > "created_at"` })
export class EmailToken {
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user: User;

  @Enum({ items: () => EmailTokenPurpose, type: 'string', length: 32 })
  purpose: EmailTokenPurpose;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime' })
  expiresAt: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt?: Date | null;

  constructor(user: User, purpose: EmailTokenPurpose, tokenHash: string, expiresAt: Date) {
    this.user = user;
    this.purpose = purpose;
    this.tokenHash = tokenHash;
    this.expiresAt = expiresAt;
  }
}
