import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** A fixed-window counter shared by every server process (see rate-limit.ts). */
@Entity({ tableName: 'rate_limit_buckets' })
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Check({ name: 'rate_limit_buckets_points_positive', expression: `"points" > 0` })
export class RateLimitBucket {
  @PrimaryKey({ type: 'string', length: 200 })
  key!: string;

  @Property({ type: 'integer' })
  points!: number;

  @Property({ type: 'datetime' })
  resetAt!: Date;
}
