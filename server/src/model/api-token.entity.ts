import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from './user.entity';

/** A personal API token for integrators, sent as `Authorization: Bearer`. Shown once; only its SHA-256 is stored. */
@Entity({ tableName: 'api_tokens' })
@ObjectType({ description: 'A personal API token. The secret itself is shown once, at creation, and never again.' })
export class ApiToken {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  @Index()
  user: User;

  @Field(() => String, { description: 'A name chosen by the owner to recognise the token.' })
  @Property({ type: 'string', length: 100 })
  name: string;

  @Field(() => String, { description: 'The first characters of the token, to recognise it in a list.' })
  @Property({ type: 'string', length: 16 })
  prefix: string;

  @Property({ type: 'string', length: 64, unique: true })
  tokenHash: string;

  @Field(() => Date, { description: 'When the token was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, {
    nullable: true,
    description: 'Last time the token authenticated a request (updated at most once a minute).',
  })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the token was revoked; a revoked token authenticates nothing.',
  })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  constructor(user: User, name: string, prefix: string, tokenHash: string) {
    this.user = user;
    this.name = name;
    this.prefix = prefix;
    this.tokenHash = tokenHash;
  }
}
