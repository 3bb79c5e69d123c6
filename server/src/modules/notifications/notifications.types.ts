import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { NotificationKind } from './kinds';

registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a booking’s holder or sponsor was told (NT1).',
  valuesConfig: {
    ANSWER_VALIDATED: { description: 'An answer was validated by the organizer (XI4); `label` names it.' },
    CORRECTION_REQUESTED: {
      description: 'The organizer asks for an answer to be corrected; `label` names it, `note` is their comment.',
    },
    PAYMENT_POSSIBLE: { description: 'The answers that blocked payment are validated: the booking can be paid.' },
    RESERVED: { description: 'The pre-reservation became a reservation (paid).' },
    OPPOSED: { description: 'The booking was put in opposition; `note` is the reason.' },
    EXPIRING: { description: 'Reminder: the pre-reservation expires soon unless paid.' },
    EXPIRED: { description: 'The pre-reservation expired unpaid; its place was freed.' },
  },
});

@ObjectType({ description: 'Something the viewer was told about a booking, by mail and on its page (NT1).' })
export class BookingNotification {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: string;

  @Field(() => NotificationKind, { description: 'What happened.' })
  kind!: NotificationKind;

  @Field(() => String, {
    nullable: true,
    description: 'For answers (ANSWER_VALIDATED, CORRECTION_REQUESTED): the extra information’s label. Null otherwise.',
  })
  label!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The organizer’s comment (CORRECTION_REQUESTED) or the opposition’s reason (OPPOSED), as written.',
  })
  note!: string | null;

  @Field(() => Date, { description: 'When it was told.' })
  createdAt!: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the viewer first opened the booking’s page after it (`markNotificationsSeen`); null while new.',
  })
  seenAt!: Date | null;
}
