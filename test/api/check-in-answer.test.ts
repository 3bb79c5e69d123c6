import { isDeepStrictEqual } from 'node:util';
import { expect } from 'chai';
import { useApp } from '../support/app';
import { sql } from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { answerOf } from '../../server/src/modules/bookings/transitions';
import { Booking, BookingOption, CheckIn, Event, ExtraInfo, Ticket, User } from '../../server/src/model';

/** Every field of a booking an event admin may read, and of what hangs from it: the door's answer may show them all. */
const BOOKING = `id reference status priceCents forced createdAt endedAt expiresAt reservedAt holderAcceptedAt
  oppositionReason isGuest live awaitsAcceptance viewerIsHolder
  holder { firstName lastName fullName email hasAccount } sponsor { id } givenBy { id } event { id name }
  ticket { id name description kind priceCents capacity position salesOpenAt salesCloseAt sponsorshipAllowed
           pendingGuestsPerSponsor placesTaken restrictedToClassYears templateUrl }
  options { name priceCents option { id name } group { id } }
  checkIn { ...CheckInFields }
  ticketFiles { png pdf }
  requirements { state extraInfo { id } }`;
const CHECK_IN_FIELDS = `fragment CheckInFields on CheckIn {
  checkedInAt method device checkedInBy { id firstName lastName fullName email }
}`;
const EXTRA_INFO = `id label help type blocks numberMin numberMax choices fileTypes fileMaxBytes position`;
const SCAN = `mutation($e: ID!, $b: ID!, $d: String) {
  checkIn(eventId: $e, bookingId: $b, device: $d) {
    status booking { ${BOOKING} } checkIn { ...CheckInFields } blockedBy { ${EXTRA_INFO} }
  }
} ${CHECK_IN_FIELDS}`;
const READ = `query($id: ID!) {
  booking(id: $id) { ${BOOKING} requirements { extraInfo { ${EXTRA_INFO} } } }
} ${CHECK_IN_FIELDS}`;

describe('API: the door answers from the scan’s own statement what the general path reads (TT4, issue 14)', function () {
  this.timeout(60_000);
  const t = useApp({ env: { JOBS: 'false' } });
  let p: Record<'alice' | 'bruno' | 'chloe', ApiClient>;
  before(async () => {
    p = await signInAll(t, { alice: 'alice@example.org', bruno: 'bruno@example.org', chloe: 'chloe@example.org' });
  });

  it('TT4, XI5: OK, ALREADY_CHECKED_IN (by another scanner) and ENTRY_BLOCKED answers show the booking, its ticket, options, check-in and blocking information exactly as the booking query does', async () => {
    const ev = await organizerEvent(t);
    const free = await ev.ticket({ name: 'Entrée libre', priceCents: 0, description: 'Porte B' });
    const navette = await ev.option(free, 'Navette', 0);
    const blocking = await ev.ticket({ name: 'Entrée sur certificat', priceCents: 0 });
    await ev.extraInfo(blocking, { label: 'Taille', type: 'NUMBER', blocks: 'ENTRY', numberMin: 1.5, numberMax: 2.5 });
    await ev.extraInfo(blocking, { label: 'Repas', type: 'CHOICE', blocks: 'PAYMENT', choices: ['Viande', 'Végé'] });
    await ev.grant('VALIDATE', 'chloe@example.org');
    const book = async (c: ApiClient, ticketId: string, optionIds: string[] = []) =>
      (await c.data(BOOK, { i: { ticketId, optionIds } })).book.id as string;
    const alice = await book(p.alice, free, [navette]);
    const bruno = await book(p.bruno, blocking);

    const scan = async (c: ApiClient, bookingId: string, device?: string) =>
      (await c.data(SCAN, { e: ev.eventId, b: bookingId, d: device ?? null })).checkIn;
    const read = async (bookingId: string) => (await ev.board.data(READ, { id: bookingId })).booking;
    const same = (a: unknown, b: unknown, what: string) => expect(JSON.stringify(a), what).to.equal(JSON.stringify(b));

    // Chloé lets Alice in (she is the scanner: her own account answers `checkedInBy`).
    const ok = await scan(p.chloe, alice, 'Entrée nord');
    expect(ok.status).to.equal('OK');
    // The board scans her again: the first check-in, by Chloé, comes from the scan's statement.
    const again = await scan(ev.board, alice);
    expect(again.status).to.equal('ALREADY_CHECKED_IN');
    expect(again.checkIn.checkedInBy.firstName).to.equal('Chloé');
    const aliceRead = await read(alice);
    expect(aliceRead.options).to.have.length(1);
    expect(aliceRead.requirements).to.deep.equal([]);
    same(again.booking, aliceRead, 'booking');
    same(again.checkIn, aliceRead.checkIn, 'check-in');

    const blocked = await scan(ev.board, bruno);
    expect(blocked.status).to.equal('ENTRY_BLOCKED');
    const brunoRead = await read(bruno);
    same(
      blocked.blockedBy,
      brunoRead.requirements.map((r: { extraInfo: unknown }) => r.extraInfo),
      'blocking information (ENTRY, and PAYMENT for a free booking)',
    );
    expect(blocked.blockedBy.map((x: { numberMin: number | null }) => x.numberMin)).to.deep.equal([1.5, null]);
    same(
      blocked.booking,
      {
        ...brunoRead,
        requirements: brunoRead.requirements.map((r: { state: string; extraInfo: { id: string } }) => ({
          state: r.state,
          extraInfo: { id: r.extraInfo.id },
        })),
      },
      'booking',
    );
  });

  it('issue 14: `answerOf` gives, for every row of every table the scan reads, the values `em.map` gives (relations by id), without managing them', async () => {
    const em = t.app.db.orm.em.fork();
    const tables: Array<[new (...args: never[]) => object, string, string]> = [
      [Booking, 'bookings', 'to_jsonb(x)'],
      [Ticket, 'tickets', 'to_jsonb(x)'],
      [BookingOption, 'booking_options', 'to_jsonb(x)'],
      [CheckIn, 'check_ins', 'to_jsonb(x)'],
      [User, 'users', `to_jsonb(x) - 'password_hash'`],
      [ExtraInfo, 'extra_infos', 'to_jsonb(x)'],
      [Event, 'events', 'to_jsonb(x)'],
    ];
    for (const [cls, table, json] of tables) {
      const rows = (await sql(t).execute(`select ${json} as row from ${table} x`)) as Array<{ row: object }>;
      expect(rows.length, table).to.be.above(0);
      for (const { row } of rows) {
        const plain = answerOf(em, cls, structuredClone(row) as Record<string, unknown>) as Record<string, unknown>;
        const mapped = em.fork().map(cls as typeof Booking, structuredClone(row)) as unknown as Record<string, unknown>;
        expect(Object.getPrototypeOf(plain), table).to.equal(cls.prototype);
        for (const prop of em.getMetadata().get(cls.name).props) {
          if (prop.persist === false) continue;
          const [a, b] = [plain[prop.name], mapped[prop.name]];
          const ref = (v: unknown) => (v && typeof v === 'object' && !(v instanceof Date) && 'id' in v ? v.id : v);
          const equal = prop.kind === 'scalar' ? isDeepStrictEqual(a, b) : ref(a) === ref(b);
          expect(equal, `${table}.${prop.name}: ${String(a)} vs ${String(b)}`).to.equal(true);
        }
        expect(em.getUnitOfWork().getById(cls.name, (plain as { id?: string }).id ?? '')).to.equal(undefined);
      }
    }
  });
});
