import { randomUUID } from 'node:crypto';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { School } from './school.entity';

export enum AccountKind {
  SCHOOL = 'SCHOOL',
  EXTERNAL = 'EXTERNAL',
}
registerEnumType(AccountKind, {
  name: 'AccountKind',
  description: 'SPEC AC1: where an account comes from.',
  valuesConfig: {
    SCHOOL: { description: "A person of the school, imported from the school's directory; never self-created (AC2)." },
    EXTERNAL: { description: 'Anyone else: signs up with email and password, verifies the email by a link.' },
  },
});

/** A person's language: what the platform writes to them in (stored as 'fr' / 'en', the catalogue's locales). */
export enum Language {
  FR = 'fr',
  EN = 'en',
}
registerEnumType(Language, {
  name: 'Language',
  description:
    'The language a person reads the platform in: their mails, their tickets and the exports they ask for. French is the default. Someone without an account (a guest named by email) gets mails in French then English, and tickets in French.',
  valuesConfig: {
    FR: { description: 'French (the default).' },
    EN: { description: 'English.' },
  },
});

@Entity({ tableName: 'users' })
@ObjectType({
  description:
    'A person with an account. Anyone who can see the person somewhere (an event admin, a grant) reads id, names and email; every other field is readable only by the person and platform admins, FORBIDDEN for others.',
})
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Check({ name: 'users_class_year_range', expression: `"class_year" >= 1950 and "class_year" <= 2200` })
@Check({ name: 'users_email_normalized', expression: `"email" = lower(btrim("email")) and "email" ~~ '%_@_%'` })
@Check({
  name: 'users_external_account_has_no_school',
  expression: `"kind" <> 'EXTERNAL' or ("school_id" is null and "class_year" is null)`,
})
@Check({
  name: 'users_school_account_has_school',
  expression: `"kind" <> 'SCHOOL' or ("school_id" is not null and "class_year" is not null)`,
})
@Check({ name: 'users_oidc_binding_whole', expression: `("oidc_issuer" is null) = ("oidc_subject" is null)` })
@Check({ name: 'users_oidc_binding_school_only', expression: `"oidc_subject" is null or "kind" = 'SCHOOL'` })
@Unique({
  name: 'users_oidc_subject_unique',
  expression: `create unique index "users_oidc_subject_unique" on "users" ("oidc_issuer", "oidc_subject") where "oidc_subject" is not null`,
})
export class User {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** Always stored trimmed and lower-cased (a CHECK constraint guards it), unique. */
  @Field(() => String, { description: 'Email address, lower-cased. Unique across all accounts.' })
  @Property({ type: 'string', length: 320, unique: true })
  email: string;

  @Field(() => String, { description: 'Given name.' })
  @Property({ type: 'string', length: 100 })
  firstName: string;

  @Field(() => String, { description: 'Family name.' })
  @Property({ type: 'string', length: 100 })
  lastName: string;

  @Enum({ items: () => AccountKind, type: 'string', length: 16 })
  kind: AccountKind;

  @ManyToOne(() => School, { nullable: true, deleteRule: 'restrict' })
  @Index()
  school?: School;

  @Property({ type: 'integer', nullable: true })
  classYear?: number;

  /** scrypt hash in PHC-like format; never exposed. Null for accounts that cannot sign in with a password yet. */
  @Property({ type: 'text', nullable: true, hidden: true, lazy: true })
  passwordHash?: string | null;

  @Property({ type: 'datetime', nullable: true })
  emailVerifiedAt?: Date | null;

  @Property({ type: 'boolean', default: false })
  isPlatformAdmin: boolean = false;

  /** Chosen at sign-up or in the profile; the mails, tickets and exports made for the person use it. */
  @Enum({ items: () => Language, type: 'string', default: Language.FR })
  language: Language = Language.FR;

  /**
   * AC2: the school's identity provider (its issuer URL) and the person's subject there (`sub`), set at the first
   * school sign-in; later sign-ins find the account by them, whatever its email has become. Both or neither.
   */
  @Property({ type: 'text', nullable: true })
  oidcIssuer?: string | null;

  @Property({ type: 'text', nullable: true })
  oidcSubject?: string | null;

  /** AC3: when the person deleted the account; names and email are then blank ("Anonyme"), the row stays as proof. */
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  constructor(input: { email: string; firstName: string; lastName: string; kind: AccountKind }) {
    this.email = input.email;
    this.firstName = input.firstName;
    this.lastName = input.lastName;
    this.kind = input.kind;
  }

  get fullName(): string {
    return `${this.firstName} ${this.lastName}`.trim();
  }
}
