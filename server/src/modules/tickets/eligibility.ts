import { parisDate } from '../../core/time';

/** Why someone may not book a ticket right now (TK2, BK11). Several may apply at once. */
export enum IneligibilityReason {
  NOT_SIGNED_IN = 'NOT_SIGNED_IN',
  EXTERNAL_ACCOUNT = 'EXTERNAL_ACCOUNT',
  WRONG_SCHOOL = 'WRONG_SCHOOL',
  WRONG_CLASS_YEAR = 'WRONG_CLASS_YEAR',
  NO_VALID_MEMBERSHIP = 'NO_VALID_MEMBERSHIP',
  SALES_NOT_OPEN = 'SALES_NOT_OPEN',
  SALES_CLOSED = 'SALES_CLOSED',
  EVENT_CANCELLED = 'EVENT_CANCELLED',
}

export interface EligibilityPerson {
  kind: 'SCHOOL' | 'EXTERNAL';
  schoolId: string | null;
  classYear: number | null;
  associationMemberships: Array<{ associationId: string; endsOn: string }>;
}

export interface EligibilityTicket {
  kind: 'OPEN' | 'RESTRICTED';
  schoolIds: string[];
  classYears: number[];
  associationIds: string[];
  salesOpenAt: Date | null;
  /** Null: sales run until the event ends. */
  salesCloseAt: Date | null;
  eventEndsAt: Date;
  eventCancelled: boolean;
}

export interface Eligibility {
  canBook: boolean;
  reasons: IneligibilityReason[];
}

/**
 * TK2: a restricted ticket is for school accounts matching every non-empty list (AND across lists,
 * OR inside a list); association memberships must be valid on the booking date (Paris).
 * BK11: bookings open and close with the ticket's sale times. Pure: the caller gives `now`.
 */
export function eligibility(person: EligibilityPerson | null, ticket: EligibilityTicket, now: Date): Eligibility {
  const reasons: IneligibilityReason[] = [];
  if (!person) reasons.push(IneligibilityReason.NOT_SIGNED_IN);
  else if (ticket.kind === 'RESTRICTED') {
    if (person.kind === 'EXTERNAL') reasons.push(IneligibilityReason.EXTERNAL_ACCOUNT);
    else {
      if (ticket.schoolIds.length && !(person.schoolId && ticket.schoolIds.includes(person.schoolId))) {
        reasons.push(IneligibilityReason.WRONG_SCHOOL);
      }
      if (ticket.classYears.length && !(person.classYear !== null && ticket.classYears.includes(person.classYear))) {
        reasons.push(IneligibilityReason.WRONG_CLASS_YEAR);
      }
      const today = parisDate(now);
      if (
        ticket.associationIds.length &&
        !person.associationMemberships.some((m) => ticket.associationIds.includes(m.associationId) && m.endsOn >= today)
      ) {
        reasons.push(IneligibilityReason.NO_VALID_MEMBERSHIP);
      }
    }
  }
  if (ticket.eventCancelled) reasons.push(IneligibilityReason.EVENT_CANCELLED);
  else if (ticket.salesOpenAt && now < ticket.salesOpenAt) reasons.push(IneligibilityReason.SALES_NOT_OPEN);
  else if (now >= (ticket.salesCloseAt ?? ticket.eventEndsAt)) reasons.push(IneligibilityReason.SALES_CLOSED);
  return { canBook: reasons.length === 0, reasons };
}

/** The facts the rule needs from a ticket and its event. */
export function eligibilityTicket(
  t: {
    kind: 'OPEN' | 'RESTRICTED';
    schoolIds: string[];
    classYears: number[];
    associationIds: string[];
    salesOpenAt?: Date | null;
    salesCloseAt?: Date | null;
  },
  event: { endsAt: Date; cancelledAt?: Date | null },
): EligibilityTicket {
  return {
    kind: t.kind,
    schoolIds: t.schoolIds,
    classYears: t.classYears,
    associationIds: t.associationIds,
    salesOpenAt: t.salesOpenAt ?? null,
    salesCloseAt: t.salesCloseAt ?? null,
    eventEndsAt: event.endsAt,
    eventCancelled: !!event.cancelledAt,
  };
}

/** The facts the rule needs from a person and their association memberships. */
export function eligibilityPerson(
  user: { kind: 'SCHOOL' | 'EXTERNAL'; school?: { id: string } | null; classYear?: number | null },
  memberships: Array<{ association: { id: string }; endsOn: string }>,
): EligibilityPerson {
  return {
    kind: user.kind,
    schoolId: user.school?.id ?? null,
    classYear: user.classYear ?? null,
    associationMemberships: memberships.map((m) => ({ associationId: m.association.id, endsOn: m.endsOn })),
  };
}
