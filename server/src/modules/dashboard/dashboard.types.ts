import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ExtraInfoBlocks } from '../../model';

export enum DashboardGranularity {
  HOUR = 'HOUR',
  DAY = 'DAY',
}
registerEnumType(DashboardGranularity, {
  name: 'DashboardGranularity',
  description: 'DB1: the width of one step of the dashboard’s time series, in Europe/Paris time.',
  valuesConfig: {
    HOUR: { description: 'One point per hour.' },
    DAY: { description: 'One point per day (Paris midnight to midnight).' },
  },
});

@ObjectType({
  description:
    'DB1: the event’s revenue (docs/dashboard.md). Cents of euro; each figure counts bookings by their status now.',
})
export class DashboardRevenue {
  @Field(() => Int, { description: 'Paid: the price of every reservation (RESERVED) — money kept by the event.' })
  paidCents!: number;

  @Field(() => Int, { description: 'Reservations with a price (paid online or marked paid).' })
  paidCount!: number;

  @Field(() => Int, { description: 'Free reservations (price 0).' })
  freeCount!: number;

  @Field(() => Int, { description: 'Pending: the price of every pre-reservation (PRE_RESERVED), not paid yet.' })
  pendingCents!: number;

  @Field(() => Int, { description: 'Pre-reservations.' })
  pendingCount!: number;

  @Field(() => Int, {
    description: 'Lost: the price of every booking in opposition (OPPOSED: refunded, reversed or refused).',
  })
  lostCents!: number;

  @Field(() => Int, { description: 'Bookings in opposition.' })
  lostCount!: number;

  @Field(() => Int, { description: 'Pre-reservations deleted or expired: no money, their places freed.' })
  endedCount!: number;

  @Field(() => Int, {
    description:
      'Money received that paid no booking and must be refunded (PY3: a non-conforming payment, a second payment, paid too late…), in euro cents.',
  })
  toRefundCents!: number;

  @Field(() => Int, { description: 'Payments received that paid no booking (any currency).' })
  toRefundCount!: number;
}

@ObjectType({ description: 'DB1: one step of the sales series, and the running totals up to its end.' })
export class DashboardPoint {
  @Field(() => Date, { description: 'Start of the step (an hour or a Paris day).' })
  at!: Date;

  @Field(() => Int, { description: 'Bookings made in this step, whatever became of them.' })
  bookings!: number;

  @Field(() => Int, { description: 'Bookings that became reservations in this step and still are.' })
  reservations!: number;

  @Field(() => Int, { description: 'The price of those reservations, in euro cents.' })
  revenueCents!: number;

  @Field(() => Int, { description: 'Bookings made up to the end of this step.' })
  bookingsTotal!: number;

  @Field(() => Int, { description: 'Reservations made up to the end of this step (still reservations).' })
  reservationsTotal!: number;

  @Field(() => Int, { description: 'Paid revenue up to the end of this step, in euro cents.' })
  revenueCentsTotal!: number;
}

@ObjectType({ description: 'DB1: how full a ticket is, and who is in at the door.' })
export class DashboardTicket {
  @Field(() => ID, { description: 'The ticket.' })
  ticketId!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'Its places; null: unlimited.' })
  capacity!: number | null;

  @Field(() => Int, { description: 'Places taken: live bookings, as counted by the database (BK9).' })
  placesTaken!: number;

  @Field(() => Int, { description: 'Pre-reservations.' })
  preReserved!: number;

  @Field(() => Int, { description: 'Reservations: the people expected at the door.' })
  reserved!: number;

  @Field(() => Int, { description: 'Reservations checked in: the people in (TT4).' })
  checkedIn!: number;
}

@ObjectType({ description: 'DB1: how many live bookings chose an option (or a group’s choice).' })
export class DashboardOption {
  @Field(() => ID, { nullable: true, description: 'The option; null for a group’s implicit “none” choice.' })
  optionId!: string | null;

  @Field(() => ID, { description: 'Its ticket.' })
  ticketId!: string;

  @Field(() => String, { description: 'Its name now (empty for “none”).' })
  name!: string;

  @Field(() => Int, { description: 'Reservations that chose it.' })
  reserved!: number;

  @Field(() => Int, { description: 'Pre-reservations that chose it.' })
  preReserved!: number;
}

@ObjectType({ description: 'DB1: the choices of an option group (the caterer’s list), “none” included.' })
export class DashboardOptionGroup {
  @Field(() => ID, { description: 'The option group.' })
  groupId!: string;

  @Field(() => ID, { description: 'Its ticket.' })
  ticketId!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => [DashboardOption], { description: 'Each choice in order, then “none” (optionId null).' })
  choices!: DashboardOption[];
}

@ObjectType({ description: 'DB1: where the answers to one extra information stand, over live bookings.' })
export class DashboardExtraInfo {
  @Field(() => ID, { description: 'The extra information.' })
  extraInfoId!: string;

  @Field(() => ID, { description: 'Its ticket.' })
  ticketId!: string;

  @Field(() => String, { description: 'Its label.' })
  label!: string;

  @Field(() => ExtraInfoBlocks, { description: 'What an unvalidated answer blocks.' })
  blocks!: ExtraInfoBlocks;

  @Field(() => Int, { description: 'Answers waiting for validation (XI4).' })
  waiting!: number;

  @Field(() => Int, { description: 'Answers validated.' })
  validated!: number;

  @Field(() => Int, { description: 'Live bookings of the ticket that have not answered yet.' })
  missing!: number;
}

@ObjectType({
  description:
    'DB1: an event’s figures, exact for the data at `computedAt` (one SQL statement, one snapshot). Needs VIEW.',
})
export class EventDashboard {
  @Field(() => Date, { description: 'When the figures were read.' })
  computedAt!: Date;

  @Field(() => DashboardGranularity, { description: 'The step of `series`.' })
  granularity!: DashboardGranularity;

  @Field(() => DashboardRevenue, { description: 'Paid, pending and lost revenue.' })
  revenue!: DashboardRevenue;

  @Field(() => [DashboardPoint], {
    description: 'Sales over time: one point per step that saw a booking or a reservation, oldest first.',
  })
  series!: DashboardPoint[];

  @Field(() => [DashboardTicket], { description: 'Fill and door figures per ticket, in the tickets’ order.' })
  tickets!: DashboardTicket[];

  // CP1 (quotas, another branch): a `quotas: [DashboardQuota!]!` field goes here — name, capacity and places
  // taken per named quota and for the event's total — read by one more subselect of `DASHBOARD_SQL`.

  @Field(() => [DashboardOption], { description: 'Options outside groups (OP1), in the tickets’ order.' })
  options!: DashboardOption[];

  @Field(() => [DashboardOptionGroup], { description: 'Option groups (OP2) with the count of each choice.' })
  groups!: DashboardOptionGroup[];

  @Field(() => [DashboardExtraInfo], { description: 'Extra information and the answers waiting for validation.' })
  answers!: DashboardExtraInfo[];
}
