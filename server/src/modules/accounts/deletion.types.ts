import { Field, ObjectType, registerEnumType } from 'type-graphql';

/** AC3: what an account deletion removes and what it keeps, for the confirmation the person reads. */
export enum PersonalDataItem {
  NAMES = 'NAMES',
  EMAIL = 'EMAIL',
  PASSWORD = 'PASSWORD',
  SESSIONS = 'SESSIONS',
  API_TOKENS = 'API_TOKENS',
  UPLOADED_FILES = 'UPLOADED_FILES',
  BOOKINGS = 'BOOKINGS',
  PAYMENTS = 'PAYMENTS',
  AUDIT_LOG = 'AUDIT_LOG',
}
registerEnumType(PersonalDataItem, {
  name: 'PersonalDataItem',
  description: 'A kind of data held about a person, as account deletion tells what goes and what stays (AC3).',
  valuesConfig: {
    NAMES: { description: 'First and last name, on the account and on every booking they hold.' },
    EMAIL: { description: 'The email address, on the account and on every booking they hold.' },
    PASSWORD: { description: 'The password hash.' },
    SESSIONS: { description: 'Signed-in browsers.' },
    API_TOKENS: { description: 'Personal API tokens.' },
    UPLOADED_FILES: { description: 'Files uploaded as answers to extra information.' },
    BOOKINGS: { description: 'Bookings, their options and answers: kept as proof, shown as "Anonyme".' },
    PAYMENTS: { description: 'Payments and payment records: accounting proof, kept (10 years).' },
    AUDIT_LOG: { description: 'Audit entries about what was done: kept, with the name and email removed.' },
  },
});

@ObjectType({ description: 'AC3: whether and when the signed-in external account may delete itself.' })
export class AccountDeletion {
  @Field(() => Date, {
    nullable: true,
    description:
      'The first moment deletion is possible: 30 days after the end of the last event where the person holds a booking other than a deleted or expired pre-reservation. Null: now.',
  })
  deletableFrom!: Date | null;

  @Field(() => [PersonalDataItem], { description: 'What deletion removes.' })
  removes!: PersonalDataItem[];

  @Field(() => [PersonalDataItem], { description: 'What deletion keeps, as proof, without the name or email.' })
  keeps!: PersonalDataItem[];
}
