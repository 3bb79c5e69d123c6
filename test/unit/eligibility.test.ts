import { expect } from 'chai';
import {
  eligibility,
  IneligibilityReason as R,
  type EligibilityPerson,
  type EligibilityTicket,
} from '../../server/src/modules/tickets/eligibility';

// Identifiers only need to be compared, so short readable strings stand in for uuids.
const N7 = 'school-n7';
const A7 = 'school-a7';
const BDE_N7 = 'assoc-bde-n7';
const BDS = 'assoc-bds';
const GALA = 'assoc-gala';

/** A moment well inside every sale window below (winter time in Paris). */
const NOW = new Date('2027-03-15T12:00:00Z');
const EVENT_END = new Date('2028-06-30T20:00:00Z');

const student = (over: Partial<EligibilityPerson> = {}): EligibilityPerson => ({
  kind: 'SCHOOL',
  schoolId: N7,
  classYear: 2027,
  associationMemberships: [{ associationId: BDE_N7, endsOn: '2027-08-31' }],
  ...over,
});
const external = (): EligibilityPerson => ({
  kind: 'EXTERNAL',
  schoolId: null,
  classYear: null,
  associationMemberships: [],
});

const open = (over: Partial<EligibilityTicket> = {}): EligibilityTicket => ({
  kind: 'OPEN',
  schoolIds: [],
  classYears: [],
  associationIds: [],
  salesOpenAt: null,
  salesCloseAt: null,
  eventEndsAt: EVENT_END,
  eventCancelled: false,
  ...over,
});
const restricted = (over: Partial<EligibilityTicket> = {}): EligibilityTicket => open({ kind: 'RESTRICTED', ...over });

interface Case {
  title: string;
  person: EligibilityPerson | null;
  ticket: EligibilityTicket;
  now?: Date;
  reasons: R[];
}

function run(cases: Case[]) {
  for (const c of cases) {
    it(c.title, () => {
      const personBefore = JSON.stringify(c.person);
      const ticketBefore = JSON.stringify(c.ticket);
      const result = eligibility(c.person, c.ticket, c.now ?? NOW);
      expect(result).to.deep.equal({ canBook: c.reasons.length === 0, reasons: c.reasons });
      // Pure: the inputs are left untouched.
      expect(JSON.stringify(c.person)).to.equal(personBefore);
      expect(JSON.stringify(c.ticket)).to.equal(ticketBefore);
    });
  }
}

describe('unit: ticket eligibility (TK2, BK11)', () => {
  describe('OPEN tickets and who is signed in', () => {
    run([
      { title: 'TK2: an OPEN ticket is bookable by a school account', person: student(), ticket: open(), reasons: [] },
      {
        title: 'TK2: an OPEN ticket is bookable by a school account without school, class year or membership',
        person: student({ schoolId: null, classYear: null, associationMemberships: [] }),
        ticket: open(),
        reasons: [],
      },
      {
        title: 'TK2: an OPEN ticket is bookable by an external account',
        person: external(),
        ticket: open(),
        reasons: [],
      },
      {
        title: 'TK1/TK2: an OPEN ticket ignores restriction lists (OPEN means no restriction)',
        person: external(),
        ticket: open({ schoolIds: [A7], classYears: [1999], associationIds: [GALA] }),
        reasons: [],
      },
      {
        title: 'TK2: anonymous on an OPEN ticket → NOT_SIGNED_IN',
        person: null,
        ticket: open(),
        reasons: [R.NOT_SIGNED_IN],
      },
      {
        title: 'TK2: anonymous on a RESTRICTED ticket → NOT_SIGNED_IN only (no list reasons)',
        person: null,
        ticket: restricted({ schoolIds: [A7], classYears: [2030], associationIds: [GALA] }),
        reasons: [R.NOT_SIGNED_IN],
      },
    ]);
  });

  describe('external accounts on RESTRICTED tickets', () => {
    run([
      {
        title: 'TK2: external account on a RESTRICTED ticket with no lists → EXTERNAL_ACCOUNT',
        person: external(),
        ticket: restricted(),
        reasons: [R.EXTERNAL_ACCOUNT],
      },
      {
        title: 'TK2: external account on a RESTRICTED ticket with every list → EXTERNAL_ACCOUNT only',
        person: external(),
        ticket: restricted({ schoolIds: [N7], classYears: [2027], associationIds: [BDE_N7] }),
        reasons: [R.EXTERNAL_ACCOUNT],
      },
      {
        title:
          'TK2: an external account is never eligible, even if it somehow carries a matching school, year and membership',
        person: {
          kind: 'EXTERNAL',
          schoolId: N7,
          classYear: 2027,
          associationMemberships: [{ associationId: BDE_N7, endsOn: '2099-12-31' }],
        },
        ticket: restricted({ schoolIds: [N7], classYears: [2027], associationIds: [BDE_N7] }),
        reasons: [R.EXTERNAL_ACCOUNT],
      },
    ]);
  });

  describe('RESTRICTED: empty lists and single lists', () => {
    run([
      {
        title: 'TK2: RESTRICTED with every list empty → no constraint for a school account',
        person: student({ schoolId: A7, classYear: 2030, associationMemberships: [] }),
        ticket: restricted(),
        reasons: [],
      },
      // schools
      {
        title: 'TK2: schools list matching → eligible',
        person: student(),
        ticket: restricted({ schoolIds: [N7] }),
        reasons: [],
      },
      {
        title: 'TK2: schools list not matching → WRONG_SCHOOL',
        person: student({ schoolId: A7 }),
        ticket: restricted({ schoolIds: [N7] }),
        reasons: [R.WRONG_SCHOOL],
      },
      {
        title: 'TK2: schools list, person without a school → WRONG_SCHOOL',
        person: student({ schoolId: null }),
        ticket: restricted({ schoolIds: [N7] }),
        reasons: [R.WRONG_SCHOOL],
      },
      {
        title: 'TK2: several schools (OR inside the list), second one matches → eligible',
        person: student({ schoolId: A7 }),
        ticket: restricted({ schoolIds: [N7, A7] }),
        reasons: [],
      },
      {
        title: 'TK2: several schools, none matches → WRONG_SCHOOL',
        person: student({ schoolId: 'school-other' }),
        ticket: restricted({ schoolIds: [N7, A7] }),
        reasons: [R.WRONG_SCHOOL],
      },
      // class years
      {
        title: 'TK2: class years list matching → eligible',
        person: student({ classYear: 2027 }),
        ticket: restricted({ classYears: [2027] }),
        reasons: [],
      },
      {
        title: 'TK2: class years list not matching → WRONG_CLASS_YEAR',
        person: student({ classYear: 2028 }),
        ticket: restricted({ classYears: [2027] }),
        reasons: [R.WRONG_CLASS_YEAR],
      },
      {
        title: 'TK2: class years list, person without a class year → WRONG_CLASS_YEAR',
        person: student({ classYear: null }),
        ticket: restricted({ classYears: [2027] }),
        reasons: [R.WRONG_CLASS_YEAR],
      },
      {
        title: 'TK2: several class years (OR inside the list), one matches → eligible',
        person: student({ classYear: 2026 }),
        ticket: restricted({ classYears: [2026, 2027, 2028] }),
        reasons: [],
      },
      {
        title: 'TK2: several class years, none matches → WRONG_CLASS_YEAR',
        person: student({ classYear: 2025 }),
        ticket: restricted({ classYears: [2026, 2027] }),
        reasons: [R.WRONG_CLASS_YEAR],
      },
      // associations
      {
        title: 'TK2: associations list, valid membership of it → eligible',
        person: student(),
        ticket: restricted({ associationIds: [BDE_N7] }),
        reasons: [],
      },
      {
        title: 'TK2: associations list, no membership at all → NO_VALID_MEMBERSHIP',
        person: student({ associationMemberships: [] }),
        ticket: restricted({ associationIds: [BDE_N7] }),
        reasons: [R.NO_VALID_MEMBERSHIP],
      },
      {
        title: 'TK2: associations list, a valid membership of another association does not count → NO_VALID_MEMBERSHIP',
        person: student({ associationMemberships: [{ associationId: BDS, endsOn: '2099-08-31' }] }),
        ticket: restricted({ associationIds: [BDE_N7] }),
        reasons: [R.NO_VALID_MEMBERSHIP],
      },
      {
        title: 'TK2: associations list, expired membership of it (and a valid one elsewhere) → NO_VALID_MEMBERSHIP',
        person: student({
          associationMemberships: [
            { associationId: BDE_N7, endsOn: '2026-08-31' },
            { associationId: BDS, endsOn: '2099-08-31' },
          ],
        }),
        ticket: restricted({ associationIds: [BDE_N7] }),
        reasons: [R.NO_VALID_MEMBERSHIP],
      },
      {
        title: 'TK2: several associations (OR inside the list), a valid membership of one → eligible',
        person: student({
          associationMemberships: [
            { associationId: BDE_N7, endsOn: '2026-08-31' },
            { associationId: BDS, endsOn: '2027-08-31' },
          ],
        }),
        ticket: restricted({ associationIds: [BDE_N7, BDS] }),
        reasons: [],
      },
      {
        title: 'TK2: several associations, memberships of them all expired → NO_VALID_MEMBERSHIP',
        person: student({
          associationMemberships: [
            { associationId: BDE_N7, endsOn: '2026-08-31' },
            { associationId: BDS, endsOn: '2027-03-14' },
          ],
        }),
        ticket: restricted({ associationIds: [BDE_N7, BDS] }),
        reasons: [R.NO_VALID_MEMBERSHIP],
      },
    ]);
  });

  describe('RESTRICTED: two and three lists (AND across lists, every failing list reported)', () => {
    const n7y27member = student();
    run([
      // schools + class years
      {
        title: 'TK2: schools + class years, both match → eligible',
        person: n7y27member,
        ticket: restricted({ schoolIds: [N7], classYears: [2027] }),
        reasons: [],
      },
      {
        title: 'TK2: schools + class years, school fails → WRONG_SCHOOL',
        person: student({ schoolId: A7 }),
        ticket: restricted({ schoolIds: [N7], classYears: [2027] }),
        reasons: [R.WRONG_SCHOOL],
      },
      {
        title: 'TK2: schools + class years, year fails → WRONG_CLASS_YEAR',
        person: student({ classYear: 2028 }),
        ticket: restricted({ schoolIds: [N7], classYears: [2027] }),
        reasons: [R.WRONG_CLASS_YEAR],
      },
      {
        title: 'TK2: schools + class years, both fail → WRONG_SCHOOL and WRONG_CLASS_YEAR',
        person: student({ schoolId: A7, classYear: 2028 }),
        ticket: restricted({ schoolIds: [N7], classYears: [2027] }),
        reasons: [R.WRONG_SCHOOL, R.WRONG_CLASS_YEAR],
      },
      // schools + associations
      {
        title: 'TK2: schools + associations, both match → eligible',
        person: n7y27member,
        ticket: restricted({ schoolIds: [N7], associationIds: [BDE_N7] }),
        reasons: [],
      },
      {
        title: 'TK2: schools + associations, school fails → WRONG_SCHOOL',
        person: student({ schoolId: A7 }),
        ticket: restricted({ schoolIds: [N7], associationIds: [BDE_N7] }),
        reasons: [R.WRONG_SCHOOL],
      },
      {
        title: 'TK2: schools + associations, membership fails → NO_VALID_MEMBERSHIP',
        person: student({ associationMemberships: [] }),
        ticket: restricted({ schoolIds: [N7], associationIds: [BDE_N7] }),
        reasons: [R.NO_VALID_MEMBERSHIP],
      },
      {
        title: 'TK2: schools + associations, both fail → WRONG_SCHOOL and NO_VALID_MEMBERSHIP',
        person: student({ schoolId: A7, associationMemberships: [] }),
        ticket: restricted({ schoolIds: [N7], associationIds: [BDE_N7] }),
        reasons: [R.WRONG_SCHOOL, R.NO_VALID_MEMBERSHIP],
      },
      // class years + associations
      {
        title: 'TK2: class years + associations, both match → eligible',
        person: n7y27member,
        ticket: restricted({ classYears: [2027], associationIds: [BDE_N7] }),
        reasons: [],
      },
      {
        title: 'TK2: class years + associations, year fails → WRONG_CLASS_YEAR',
        person: student({ classYear: 2026 }),
        ticket: restricted({ classYears: [2027], associationIds: [BDE_N7] }),
        reasons: [R.WRONG_CLASS_YEAR],
      },
      {
        title: 'TK2: class years + associations, membership fails → NO_VALID_MEMBERSHIP',
        person: student({ associationMemberships: [{ associationId: GALA, endsOn: '2099-01-01' }] }),
        ticket: restricted({ classYears: [2027], associationIds: [BDE_N7] }),
        reasons: [R.NO_VALID_MEMBERSHIP],
      },
      {
        title: 'TK2: class years + associations, both fail → WRONG_CLASS_YEAR and NO_VALID_MEMBERSHIP',
        person: student({ classYear: 2026, associationMemberships: [] }),
        ticket: restricted({ classYears: [2027], associationIds: [BDE_N7] }),
        reasons: [R.WRONG_CLASS_YEAR, R.NO_VALID_MEMBERSHIP],
      },
      // all three
      {
        title: 'TK2: three lists, all match → eligible',
        person: n7y27member,
        ticket: restricted({ schoolIds: [N7], classYears: [2027], associationIds: [BDE_N7] }),
        reasons: [],
      },
      {
        title: 'TK2: three lists, only the school fails → WRONG_SCHOOL',
        person: student({ schoolId: A7 }),
        ticket: restricted({ schoolIds: [N7], classYears: [2027], associationIds: [BDE_N7] }),
        reasons: [R.WRONG_SCHOOL],
      },
      {
        title: 'TK2: three lists, only the year fails → WRONG_CLASS_YEAR',
        person: student({ classYear: 2029 }),
        ticket: restricted({ schoolIds: [N7], classYears: [2027], associationIds: [BDE_N7] }),
        reasons: [R.WRONG_CLASS_YEAR],
      },
      {
        title: 'TK2: three lists, only the membership fails → NO_VALID_MEMBERSHIP',
        person: student({ associationMemberships: [] }),
        ticket: restricted({ schoolIds: [N7], classYears: [2027], associationIds: [BDE_N7] }),
        reasons: [R.NO_VALID_MEMBERSHIP],
      },
      {
        title: 'TK2: three lists, all fail → WRONG_SCHOOL, WRONG_CLASS_YEAR and NO_VALID_MEMBERSHIP',
        person: student({
          schoolId: A7,
          classYear: 2029,
          associationMemberships: [{ associationId: BDE_N7, endsOn: '2026-08-31' }],
        }),
        ticket: restricted({ schoolIds: [N7], classYears: [2027], associationIds: [BDE_N7] }),
        reasons: [R.WRONG_SCHOOL, R.WRONG_CLASS_YEAR, R.NO_VALID_MEMBERSHIP],
      },
      {
        title:
          'TK2: three lists with several values each (OR inside, AND across), one value of each matches → eligible',
        person: student({
          schoolId: A7,
          classYear: 2028,
          associationMemberships: [{ associationId: BDS, endsOn: '2027-08-31' }],
        }),
        ticket: restricted({ schoolIds: [N7, A7], classYears: [2027, 2028], associationIds: [BDE_N7, BDS] }),
        reasons: [],
      },
      {
        title:
          'TK2: three lists with several values each, school and membership match but no year does → WRONG_CLASS_YEAR',
        person: student({
          schoolId: A7,
          classYear: 2029,
          associationMemberships: [{ associationId: BDS, endsOn: '2027-08-31' }],
        }),
        ticket: restricted({ schoolIds: [N7, A7], classYears: [2027, 2028], associationIds: [BDE_N7, BDS] }),
        reasons: [R.WRONG_CLASS_YEAR],
      },
      {
        title: 'TK2: an empty list next to non-empty ones is no constraint (schools empty: any school passes)',
        person: student({ schoolId: 'school-other' }),
        ticket: restricted({ schoolIds: [], classYears: [2027], associationIds: [BDE_N7] }),
        reasons: [],
      },
      {
        title: 'TK2: an empty list next to non-empty ones is no constraint (class years empty: no class year passes)',
        person: student({ classYear: null }),
        ticket: restricted({ schoolIds: [N7], classYears: [], associationIds: [BDE_N7] }),
        reasons: [],
      },
      {
        title: 'TK2: an empty list next to non-empty ones is no constraint (associations empty: no membership passes)',
        person: student({ associationMemberships: [] }),
        ticket: restricted({ schoolIds: [N7], classYears: [2027], associationIds: [] }),
        reasons: [],
      },
    ]);
  });

  describe('membership validity on the booking date, in Europe/Paris', () => {
    const memberUntil = (endsOn: string) => student({ associationMemberships: [{ associationId: BDE_N7, endsOn }] });
    const ticket = restricted({ associationIds: [BDE_N7] });
    run([
      {
        title:
          'TK2: summer time: 2027-08-31T21:59:59.999Z is still 31 August in Paris → membership ending 2027-08-31 valid',
        person: memberUntil('2027-08-31'),
        ticket,
        now: new Date('2027-08-31T21:59:59.999Z'),
        reasons: [],
      },
      {
        title:
          'TK2: summer time: 2027-08-31T22:00Z is 1 September 00:00 in Paris → membership ending 2027-08-31 expired',
        person: memberUntil('2027-08-31'),
        ticket,
        now: new Date('2027-08-31T22:00:00Z'),
        reasons: [R.NO_VALID_MEMBERSHIP],
      },
      {
        title: 'TK2: summer time: 2027-08-31T23:30Z (still 31 August in UTC) is 1 September in Paris → expired',
        person: memberUntil('2027-08-31'),
        ticket,
        now: new Date('2027-08-31T23:30:00Z'),
        reasons: [R.NO_VALID_MEMBERSHIP],
      },
      {
        title:
          'TK2: summer time: 2027-08-30T22:00Z (30 August in UTC) is already 31 August in Paris → valid on its last day',
        person: memberUntil('2027-08-31'),
        ticket,
        now: new Date('2027-08-30T22:00:00Z'),
        reasons: [],
      },
      {
        title: 'TK2: the membership is valid the day before its end date',
        person: memberUntil('2027-08-31'),
        ticket,
        now: new Date('2027-08-30T12:00:00Z'),
        reasons: [],
      },
      {
        title:
          'TK2: winter time: 2027-12-31T22:59:59.999Z is still 31 December in Paris → membership ending 2027-12-31 valid',
        person: memberUntil('2027-12-31'),
        ticket,
        now: new Date('2027-12-31T22:59:59.999Z'),
        reasons: [],
      },
      {
        title: 'TK2: winter time: 2027-12-31T23:00Z is 1 January 2028 in Paris → membership ending 2027-12-31 expired',
        person: memberUntil('2027-12-31'),
        ticket,
        now: new Date('2027-12-31T23:00:00Z'),
        reasons: [R.NO_VALID_MEMBERSHIP],
      },
      {
        title: 'TK2: a membership expired a year ago → NO_VALID_MEMBERSHIP',
        person: memberUntil('2026-08-31'),
        ticket,
        reasons: [R.NO_VALID_MEMBERSHIP],
      },
      {
        title:
          'TK2: after the Paris midnight, an expired membership and a still-valid one of the listed associations → eligible',
        person: student({
          associationMemberships: [
            { associationId: BDE_N7, endsOn: '2027-08-31' },
            { associationId: BDS, endsOn: '2027-09-01' },
          ],
        }),
        ticket: restricted({ associationIds: [BDE_N7, BDS] }),
        now: new Date('2027-08-31T22:00:00Z'),
        reasons: [],
      },
    ]);
  });

  describe('BK11: sale window', () => {
    const opensAt = new Date('2027-03-01T08:00:00Z');
    const closesAt = new Date('2027-04-01T08:00:00Z');
    const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);
    const windowed = open({ salesOpenAt: opensAt, salesCloseAt: closesAt });
    run([
      {
        title: 'BK11: before the sale opening → SALES_NOT_OPEN',
        person: student(),
        ticket: windowed,
        now: new Date('2027-02-01T00:00:00Z'),
        reasons: [R.SALES_NOT_OPEN],
      },
      {
        title: 'BK11: one millisecond before the sale opening → SALES_NOT_OPEN',
        person: student(),
        ticket: windowed,
        now: ms(opensAt, -1),
        reasons: [R.SALES_NOT_OPEN],
      },
      {
        title: 'BK11: exactly at the sale opening → bookable',
        person: student(),
        ticket: windowed,
        now: opensAt,
        reasons: [],
      },
      {
        title: 'BK11: between opening and closing → bookable',
        person: external(),
        ticket: windowed,
        now: NOW,
        reasons: [],
      },
      {
        title: 'BK11: one millisecond before the sale closing → bookable',
        person: student(),
        ticket: windowed,
        now: ms(closesAt, -1),
        reasons: [],
      },
      {
        title: 'BK11: exactly at the sale closing → SALES_CLOSED',
        person: student(),
        ticket: windowed,
        now: closesAt,
        reasons: [R.SALES_CLOSED],
      },
      {
        title: 'BK11: after the sale closing → SALES_CLOSED',
        person: student(),
        ticket: windowed,
        now: new Date('2027-05-01T00:00:00Z'),
        reasons: [R.SALES_CLOSED],
      },
      {
        title: 'BK11: no closing time → sales run until the event ends (just before the end: bookable)',
        person: student(),
        ticket: open({ salesOpenAt: opensAt }),
        now: ms(EVENT_END, -1),
        reasons: [],
      },
      {
        title: 'BK11: no closing time → at the event end: SALES_CLOSED',
        person: student(),
        ticket: open({ salesOpenAt: opensAt }),
        now: EVENT_END,
        reasons: [R.SALES_CLOSED],
      },
      {
        title: 'BK11: no closing time → after the event end: SALES_CLOSED',
        person: student(),
        ticket: open(),
        now: ms(EVENT_END, 86_400_000),
        reasons: [R.SALES_CLOSED],
      },
      {
        title: 'BK11: no opening time → open from the start (long before the closing: bookable)',
        person: student(),
        ticket: open({ salesCloseAt: closesAt }),
        now: new Date('2020-01-01T00:00:00Z'),
        reasons: [],
      },
      {
        title: 'BK11: no opening time and a closing time → SALES_CLOSED once closed',
        person: student(),
        ticket: open({ salesCloseAt: closesAt }),
        now: closesAt,
        reasons: [R.SALES_CLOSED],
      },
      {
        title:
          'BK11: the sale window applies to RESTRICTED tickets too (eligible person before opening → SALES_NOT_OPEN)',
        person: student(),
        ticket: restricted({ schoolIds: [N7], salesOpenAt: opensAt }),
        now: ms(opensAt, -1),
        reasons: [R.SALES_NOT_OPEN],
      },
      {
        title: 'BK11/TK2: reasons add up: anonymous before the sale opening → NOT_SIGNED_IN and SALES_NOT_OPEN',
        person: null,
        ticket: windowed,
        now: ms(opensAt, -1),
        reasons: [R.NOT_SIGNED_IN, R.SALES_NOT_OPEN],
      },
      {
        title:
          'BK11/TK2: reasons add up: external account on a RESTRICTED ticket after closing → EXTERNAL_ACCOUNT and SALES_CLOSED',
        person: external(),
        ticket: restricted({ salesCloseAt: closesAt }),
        now: closesAt,
        reasons: [R.EXTERNAL_ACCOUNT, R.SALES_CLOSED],
      },
      {
        title:
          'BK11/TK2: reasons add up: wrong school and year after closing → WRONG_SCHOOL, WRONG_CLASS_YEAR and SALES_CLOSED',
        person: student({ schoolId: A7, classYear: 2030 }),
        ticket: restricted({ schoolIds: [N7], classYears: [2027], salesCloseAt: closesAt }),
        now: closesAt,
        reasons: [R.WRONG_SCHOOL, R.WRONG_CLASS_YEAR, R.SALES_CLOSED],
      },
    ]);
  });

  describe('EV5: cancelled events', () => {
    run([
      {
        title: 'EV5/BK11: a cancelled event → EVENT_CANCELLED for an otherwise eligible person',
        person: student(),
        ticket: open({ eventCancelled: true }),
        reasons: [R.EVENT_CANCELLED],
      },
      {
        title: 'EV5/BK11: a cancelled event → EVENT_CANCELLED replaces the sale-window reason (before opening)',
        person: student(),
        ticket: open({ eventCancelled: true, salesOpenAt: new Date('2027-04-01T00:00:00Z') }),
        reasons: [R.EVENT_CANCELLED],
      },
      {
        title: 'EV5/BK11: a cancelled event → EVENT_CANCELLED replaces the sale-window reason (after closing)',
        person: student(),
        ticket: open({ eventCancelled: true, salesCloseAt: new Date('2027-03-01T00:00:00Z') }),
        reasons: [R.EVENT_CANCELLED],
      },
      {
        title: 'EV5/TK2: a cancelled event keeps the person reasons: anonymous → NOT_SIGNED_IN and EVENT_CANCELLED',
        person: null,
        ticket: open({ eventCancelled: true }),
        reasons: [R.NOT_SIGNED_IN, R.EVENT_CANCELLED],
      },
      {
        title: 'EV5/TK2: a cancelled event keeps the person reasons: wrong school → WRONG_SCHOOL and EVENT_CANCELLED',
        person: student({ schoolId: A7 }),
        ticket: restricted({ schoolIds: [N7], eventCancelled: true }),
        reasons: [R.WRONG_SCHOOL, R.EVENT_CANCELLED],
      },
    ]);
  });
});
