import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A fixed-window counter shared by every server process (see rate-limit.ts). */
@Entity({ tableName: 'rate_limit_buckets' })
export class RateLimitBucket {
  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'integer' })
  points!: number;

  @Property({ type: 'datetime' })
  resetAt!: Date;
}
