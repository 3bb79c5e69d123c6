import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { IneligibilityReason } from './eligibility';

registerEnumType(IneligibilityReason, {
  name: 'IneligibilityReason',
  description: 'Why the viewer may not book a ticket now (TK2, BK11).',
  valuesConfig: {
    NOT_SIGNED_IN: { description: 'Booking needs an account.' },
    EXTERNAL_ACCOUNT: { description: 'External accounts never book RESTRICTED tickets.' },
    WRONG_SCHOOL: { description: 'The ticket is for other schools.' },
    WRONG_CLASS_YEAR: { description: 'The ticket is for other class years.' },
    NO_VALID_MEMBERSHIP: { description: 'A valid membership of one of the listed associations is needed.' },
    SALES_NOT_OPEN: { description: 'Sales have not opened yet.' },
    SALES_CLOSED: { description: 'Sales are closed.' },
    EVENT_CANCELLED: { description: 'The event was cancelled.' },
  },
});

@ObjectType({ description: 'Whether the viewer may book this ticket now, and if not, why (TK2, BK11).' })
export class TicketEligibility {
  @Field(() => Boolean, { description: 'True when nothing stands in the way.' })
  canBook!: boolean;

  @Field(() => [IneligibilityReason], { description: 'Every reason that applies; empty when canBook.' })
  reasons!: IneligibilityReason[];
}
