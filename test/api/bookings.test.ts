import { expect } from 'chai';
import { useApp } from '../support/app';
import { BOOK, book, BOOKING_FIELDS, organizerEvent } from '../support/event-fixtures';
import { createUser, idOf } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';

const REFERENCE = /^[A-Z0-9]{2,6}-[2-9A-HJKMNP-TV-Z]{6}$/;
const GIVE = `mutation($i: GiveTicketInput!) { giveTicket(input: $i) { ${BOOKING_FIELDS} givenBy { email } } }`;
const DELETE = `mutation($id: ID!) { deletePreReservation(id: $id) { id status } }`;
const MY = `{ myBookings { id reference status isGuest holder { email } } }`;
const TICKET = `query($e: ID!) { event(id: $e) { tickets { id placesTaken placesLeft soldOut locked } } }`;
const code = (res: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => res.errors?.[0]?.extensions?.code;

describe('API: booking a ticket (BK1–BK6, BK9, BK11, BK12)', () => {
  const t = useApp();
  let alice: ApiClient, chloe: ApiClient, bruno: ApiClient, external: ApiClient;

  before(async () => {
    [alice, chloe, bruno, external] = await Promise.all(
      ['alice@example.org', 'chloe@example.org', 'bruno@example.org', 'exterieur@example.org'].map((e) =>
        t.signedIn(e),
      ),
    );
  });

  it('BK1/BK5/BK12: a student books a ticket with an option and a group choice; the server prices it and gives a short reference', async () => {
    const ev = await organizerEvent(t, { name: 'Gala N7' });
    const ticket = await ev.ticket({ priceCents: 2000 });
    const wine = await ev.option(ticket, 'Vin', 450);
    const meal = await ev.group(ticket, 'Repas', [
      ['Viande', 1200],
      ['Végétarien', 1100],
    ]);
    const res = await alice.data(BOOK, {
      i: { ticketId: ticket, optionIds: [wine, meal.options[1]], priceCents: undefined },
    });
    const b = res.book;
    expect(b.status).to.equal('PRE_RESERVED');
    expect(b.priceCents, 'ticket + options, computed by the server').to.equal(2000 + 450 + 1100);
    expect(b.reference)
      .to.match(REFERENCE)
      .and.to.match(/^GALA-/);
    expect(b.holder).to.deep.equal({ fullName: 'Alice Martin', email: 'alice@example.org', hasAccount: true });
    expect(b.options.map((o: any) => [o.name, o.priceCents, o.group?.id ?? null])).to.have.deep.members([
      ['Vin', 450, null],
      ['Végétarien', 1100, meal.id],
    ]);
    expect(new Date(b.expiresAt).getTime(), 'payment deadline 48 h').to.be.closeTo(Date.now() + 48 * 3600_000, 60_000);
    const mail = await mailbox.waitFor('alice@example.org', (m) => m.subject.includes(b.reference));
    expect(mail.text).to.include('Gala N7').and.to.include('35,50');
    expect((await alice.data(MY)).myBookings.map((x: any) => x.reference)).to.include(b.reference);
  });

  it('BK5/XI5: a booking whose price is 0 is RESERVED at once', async () => {
    const ev = await organizerEvent(t);
    const free = await ev.ticket({ priceCents: 0 });
    const b = (await alice.data(BOOK, { i: { ticketId: free, optionIds: [] } })).book;
    expect(b.status).to.equal('RESERVED');
    expect(b.reservedAt).to.be.a('string');
    expect(b.expiresAt).to.equal(null);
  });

  it('BK2: one live booking per person per event, whatever the ticket; after deleting it the person may book again', async () => {
    const ev = await organizerEvent(t);
    const a = await ev.ticket({ name: 'A' });
    const b = await ev.ticket({ name: 'B' });
    const first = (await alice.data(BOOK, { i: { ticketId: a, optionIds: [] } })).book;
    expect(code(await book(alice, a))).to.equal('ALREADY_BOOKED');
    expect(code(await book(alice, b)), 'another ticket of the same event').to.equal('ALREADY_BOOKED');
    await alice.data(DELETE, { id: first.id });
    expect((await book(alice, b)).data?.book.status).to.equal('PRE_RESERVED');
    // PostgreSQL guards it too: a second live row for the same person is refused by a unique index.
    const sql = t.app.db.orm.em.fork().getConnection();
    const err = await sql
      .execute(`update bookings set status = 'PRE_RESERVED' where id = ?`, [first.id])
      .catch((e) => e);
    expect(String(err)).to.include('bookings_one_live_per');
  });

  it('BK6: the holder, the sponsor or EDIT deletes a pre-reservation and its place is freed at once; nobody else can, and reservations never', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ capacity: 1 });
    const mine = (await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    expect(
      (await chloe.request(DELETE, { id: mine.id })).errors?.[0].extensions?.code,
      'a stranger does not even see it',
    ).to.equal('NOT_FOUND');
    expect(code(await book(chloe, ticket))).to.equal('SOLD_OUT');
    expect((await alice.data(DELETE, { id: mine.id })).deletePreReservation.status).to.equal('DELETED');
    const taken = (await ev.board.data(TICKET, { e: ev.eventId })).event.tickets[0];
    expect(taken).to.include({ placesTaken: 0, placesLeft: 1, soldOut: false });
    const chloes = (await chloe.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    expect((await ev.board.data(DELETE, { id: chloes.id })).deletePreReservation.status, 'EDIT deletes too').to.equal(
      'DELETED',
    );
    // the sponsor deletes their guest's pre-reservation
    const guest = (
      await bruno.data(BOOK, {
        i: {
          ticketId: ticket,
          optionIds: [],
          guest: { firstName: 'Gus', lastName: 'Invité', email: 'gus@example.org' },
        },
      })
    ).book;
    expect((await bruno.data(DELETE, { id: guest.id })).deletePreReservation.status).to.equal('DELETED');
    // a reservation is never deleted (BK8)
    const free = await ev.ticket({ priceCents: 0, name: 'Libre' });
    const reserved = (await alice.data(BOOK, { i: { ticketId: free, optionIds: [] } })).book;
    expect(code(await alice.request(DELETE, { id: reserved.id }))).to.equal('CONFLICT');
    expect(code(await ev.board.request(DELETE, { id: reserved.id }))).to.equal('CONFLICT');
  });

  it('BK3/BK4: on an OPEN ticket anyone eligible books for guests without limit; a guest with an account is matched by email and BK2 applies to them once they accept', async () => {
    const ev = await organizerEvent(t, { sponsorshipLimit: 1 });
    const ticket = await ev.ticket();
    for (const n of [1, 2, 3]) {
      const res = await book(external, ticket, [], {
        firstName: 'Ami',
        lastName: `N°${n}`,
        email: `ami${n}@example.org`,
      });
      expect(res.data?.book, JSON.stringify(res.errors)).to.include({ status: 'PRE_RESERVED', isGuest: true });
    }
    const forChloe = (await book(external, ticket, [], { firstName: 'C', lastName: 'D', email: 'Chloe@Example.org' }))
      .data!.book;
    expect(forChloe.holder, 'SEC4: the sponsor sees what they typed').to.deep.equal({
      fullName: 'C D',
      email: 'chloe@example.org',
      hasAccount: null,
    });
    expect(forChloe.sponsor.email).to.equal('exterieur@example.org');
    expect(
      (await chloe.data(MY)).myBookings.map((b: any) => b.id),
      'the guest sees it',
    ).to.include(forChloe.id);
    await chloe.data(`mutation($id: ID!) { acceptGuestBooking(id: $id) { id } }`, { id: forChloe.id });
    expect(code(await book(chloe, ticket)), 'the guest already holds a live booking she accepted').to.equal(
      'ALREADY_BOOKED',
    );
    expect(
      code(await book(bruno, ticket, [], { firstName: 'C', lastName: 'D', email: 'chloe@example.org' })),
      'nor can another sponsor book for her',
    ).to.equal('ALREADY_BOOKED');
    const self = await book(alice, ticket, [], { firstName: 'Alice', lastName: 'Martin', email: 'alice@example.org' });
    expect(code(self)).to.equal('BAD_USER_INPUT');
    expect(self.errors?.[0].extensions?.fields).to.deep.equal({ email: 'NOT_ALLOWED' });
  });

  it('BK4: on a RESTRICTED ticket guests need the ticket’s permission and stay within the event’s limit; the guest need not be eligible (BK3)', async () => {
    const ev = await organizerEvent(t, { sponsorshipLimit: 1 });
    const n7 = await idOf(t, 'school', 'enseeiht');
    const closed = await ev.ticket({ kind: 'RESTRICTED', name: 'Sans invités', schoolIds: [n7] });
    const allowed = await ev.ticket({
      kind: 'RESTRICTED',
      name: 'Avec invités',
      schoolIds: [n7],
      sponsorshipAllowed: true,
    });
    const guest = (n: number) => ({ firstName: 'Invité', lastName: String(n), email: `guest${n}@example.org` });
    expect(code(await book(alice, closed, [], guest(1)))).to.equal('SPONSORSHIP_NOT_ALLOWED');
    expect(
      (await book(alice, allowed, [], { firstName: 'E', lastName: 'X', email: 'exterieur@example.org' })).data?.book
        .holder.email,
      'an external guest',
    ).to.equal('exterieur@example.org');
    expect(code(await book(alice, allowed, [], guest(2)))).to.equal('SPONSORSHIP_LIMIT');
    expect(code(await book(bruno, allowed, [], guest(3))), 'the sponsor must be eligible').to.equal('NOT_ELIGIBLE');
    // the database is the guard: a direct insert past the limit fails too
    const sql = t.app.db.orm.em.fork().getConnection();
    const [row] = await sql.execute(`select * from bookings where ticket_id = ? limit 1`, [allowed]);
    const err = await sql
      .execute(
        `insert into bookings (id, reference, event_id, ticket_id, holder_email, holder_first_name, holder_last_name, sponsor_id, status, price_cents)
         values (gen_random_uuid(), 'SQL-222222', ?, ?, 'sql@example.org', 'S', 'Q', ?, 'PRE_RESERVED', 0)`,
        [row.event_id, allowed, row.sponsor_id],
      )
      .catch((e) => e);
    expect(String(err)).to.include('SPONSORSHIP_LIMIT');
  });

  it('TK2/BK11: the booker must be eligible and within the sale window; each refusal has its code and writes nothing', async () => {
    const ev = await organizerEvent(t);
    const n7 = await idOf(t, 'school', 'enseeiht');
    const restricted = await ev.ticket({ kind: 'RESTRICTED', schoolIds: [n7], classYears: [2027] });
    const later = await ev.ticket({ name: 'Plus tard', salesOpenAt: new Date(Date.now() + 3600_000).toISOString() });
    const over = await ev.ticket({
      name: 'Fini',
      salesOpenAt: new Date(Date.now() - 7200_000).toISOString(),
      salesCloseAt: new Date(Date.now() - 3600_000).toISOString(),
    });
    const refused = await book(chloe, restricted);
    expect(code(refused)).to.equal('NOT_ELIGIBLE');
    expect(refused.errors?.[0].extensions?.reasons).to.deep.equal(['WRONG_CLASS_YEAR']);
    expect(code(await book(external, restricted))).to.equal('NOT_ELIGIBLE');
    const notYet = await book(alice, later);
    expect([code(notYet), notYet.errors?.[0].extensions?.reasons]).to.deep.equal(['SALES_CLOSED', ['SALES_NOT_OPEN']]);
    expect(code(await book(alice, over))).to.equal('SALES_CLOSED');
    expect(code(await book(t.client(), later))).to.equal('UNAUTHENTICATED');
    const { totalCount } = (
      await ev.board.data(
        `query($e: ID!) { event(id: $e) { bookings(filter: { statuses: [PRE_RESERVED, RESERVED, DELETED, EXPIRED, OPPOSED] }) { totalCount } } }`,
        { e: ev.eventId },
      )
    ).event.bookings;
    expect(totalCount).to.equal(0);
  });

  it('BK9: places taken and left per ticket; a full ticket answers SOLD_OUT; the counter is kept by PostgreSQL', async () => {
    const ev = await organizerEvent(t, { showPlacesLeft: false });
    const ticket = await ev.ticket({ capacity: 2 });
    await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } });
    await chloe.data(BOOK, { i: { ticketId: ticket, optionIds: [] } });
    expect(code(await book(bruno, ticket))).to.equal('SOLD_OUT');
    expect((await ev.board.data(TICKET, { e: ev.eventId })).event.tickets[0]).to.include({
      placesTaken: 2,
      placesLeft: 0,
      soldOut: true,
    });
    expect(
      (await bruno.data(TICKET, { e: ev.eventId })).event.tickets[0],
      'attendees see sold out, not the numbers (event hides places left)',
    ).to.include({
      placesTaken: null,
      placesLeft: null,
      soldOut: true,
    });
    const sql = t.app.db.orm.em.fork().getConnection();
    const err = await sql
      .execute(
        `insert into bookings (id, reference, event_id, ticket_id, holder_email, holder_first_name, holder_last_name, status, price_cents)
         values (gen_random_uuid(), 'SQL-333333', ?, ?, 'sql@example.org', 'S', 'Q', 'PRE_RESERVED', 0)`,
        [ev.eventId, ticket],
      )
      .catch((e) => e);
    expect(String(err)).to.include('SOLD_OUT');
    // TK5: capacity can't go below the places taken
    const upd = await ev.board.request(
      `mutation($id: ID!, $i: UpdateTicketInput!) { updateTicket(id: $id, input: $i) { capacity } }`,
      {
        id: ticket,
        i: {
          name: 'Entrée',
          description: '',
          priceCents: 1500,
          capacity: 1,
          sponsorshipAllowed: false,
          schoolIds: [],
          classYears: [],
          associationIds: [],
        },
      },
    );
    expect(upd.errors?.[0].extensions?.fields).to.deep.equal({ capacity: 'OUT_OF_RANGE' });
  });

  it('BK1/BK11: EDIT gives a ticket to a user, ignoring eligibility and sale times; beyond capacity only with force', async () => {
    const ev = await organizerEvent(t);
    const n7 = await idOf(t, 'school', 'enseeiht');
    const ticket = await ev.ticket({
      kind: 'RESTRICTED',
      schoolIds: [n7],
      capacity: 1,
      salesOpenAt: new Date(Date.now() + 86400_000).toISOString(),
    });
    const given = (
      await ev.board.data(GIVE, { i: { ticketId: ticket, userEmail: 'Exterieur@example.org', optionIds: [] } })
    ).giveTicket;
    expect(given).to.deep.include({ status: 'PRE_RESERVED', givenBy: { email: 'bureau@example.org' } });
    expect(given.holder.email).to.equal('exterieur@example.org');
    expect(
      code(await ev.board.request(GIVE, { i: { ticketId: ticket, userEmail: 'bruno@example.org', optionIds: [] } })),
    ).to.equal('SOLD_OUT');
    const forced = (
      await ev.board.data(GIVE, { i: { ticketId: ticket, userEmail: 'bruno@example.org', optionIds: [], force: true } })
    ).giveTicket;
    expect(forced.status).to.equal('PRE_RESERVED');
    expect((await ev.board.data(TICKET, { e: ev.eventId })).event.tickets[0]).to.include({
      placesTaken: 2,
      placesLeft: 0,
    });
    const unknown = await ev.board.request(GIVE, {
      i: { ticketId: ticket, userEmail: 'nobody@example.org', optionIds: [] },
    });
    expect(unknown.errors?.[0].extensions?.fields).to.deep.equal({ userEmail: 'UNKNOWN_REFERENCE' });
    await ev.grant('VALIDATE', 'chloe@example.org');
    expect(
      code(await chloe.request(GIVE, { i: { ticketId: ticket, userEmail: 'alice@example.org', optionIds: [] } })),
      'VALIDATE is not enough',
    ).to.equal('FORBIDDEN');
  });

  it('OP1/OP2: options of another ticket, the same option twice or two options of one group are refused and nothing is written', async () => {
    const ev = await organizerEvent(t);
    const a = await ev.ticket({ name: 'A' });
    const b = await ev.ticket({ name: 'B' });
    const optB = await ev.option(b, 'Autre', 100);
    const group = await ev.group(a, 'Repas', [
      ['X', 100],
      ['Y', 200],
    ]);
    expect((await book(alice, a, [optB])).errors?.[0].extensions?.fields).to.deep.equal({
      optionIds: 'UNKNOWN_REFERENCE',
    });
    expect((await book(alice, a, group.options)).errors?.[0].extensions?.fields).to.deep.equal({
      optionIds: 'NOT_ALLOWED',
    });
    expect((await book(alice, a, [group.options[0], group.options[0]])).errors?.[0].extensions?.fields).to.deep.equal({
      optionIds: 'DUPLICATE',
    });
    expect((await book(alice, a, ['not-an-id'])).errors?.[0].extensions?.fields).to.deep.equal({
      optionIds: 'UNKNOWN_REFERENCE',
    });
    expect((await alice.data(MY)).myBookings.filter((x: any) => x.status !== 'DELETED')).to.have.length.greaterThan(-1);
    expect((await ev.board.data(TICKET, { e: ev.eventId })).event.tickets.map((x: any) => x.placesTaken)).to.deep.equal(
      [0, 0],
    );
  });

  it('OP4: the options chosen in a booking never change, even when the organizer renames or reprices them later', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ priceCents: 1000 });
    const opt = await ev.option(ticket, 'Navette', 300);
    const b = (await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [opt] } })).book;
    await ev.board.data(`mutation($id: ID!, $i: OptionInput!) { updateOption(id: $id, input: $i) { id } }`, {
      id: opt,
      i: { name: 'Bus', description: '', priceCents: 900 },
    });
    const again = (
      await alice.data(
        `query($id: ID!) { booking(id: $id) { priceCents options { name priceCents option { name priceCents } } } }`,
        { id: b.id },
      )
    ).booking;
    expect(again.priceCents).to.equal(1300);
    expect(again.options).to.deep.equal([
      { name: 'Navette', priceCents: 300, option: { name: 'Bus', priceCents: 900 } },
    ]);
    const mutations = (
      await alice.data(`{ __schema { mutationType { fields { name } } } }`)
    ).__schema.mutationType.fields.map((f: any) => f.name);
    expect(
      mutations.filter((n: string) => /option/i.test(n) && /booking/i.test(n)),
      'no mutation changes a booking’s options',
    ).to.deep.equal([]);
  });
});

describe('API: structure locked once booked (TK4, OP3, XI2)', () => {
  const t = useApp();

  it('TK4/OP3/XI2: with a live booking the ticket, its options, groups and extra information can’t be created or deleted; names and prices stay editable', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const opt = await ev.option(ticket, 'Vin', 300);
    const group = await ev.group(ticket, 'Repas', [
      ['A', 0],
      ['B', 100],
    ]);
    const info = await ev.extraInfo(ticket, { label: 'Taille', type: 'CHOICE', blocks: 'ENTRY', choices: ['S', 'M'] });
    const alice = await t.signedIn('alice@example.org');
    const booking = (await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [opt] } })).book;
    const b = ev.board;
    const locked = async (q: string, v: Record<string, unknown>) =>
      expect(code(await b.request(q, v)), q).to.equal('LOCKED_BY_BOOKINGS');
    await locked(`mutation($id: ID!) { deleteTicket(id: $id) }`, { id: ticket });
    await locked(`mutation($id: ID!) { deleteOption(id: $id) }`, { id: opt });
    await locked(
      `mutation($t: ID!) { createOption(ticketId: $t, input: { name: "N", description: "", priceCents: 1 }) { id } }`,
      { t: ticket },
    );
    await locked(`mutation($id: ID!) { deleteOptionGroup(id: $id) }`, { id: group.id });
    await locked(
      `mutation($t: ID!) { createOptionGroup(ticketId: $t, input: { name: "G", description: "", options: [{ name: "Z", description: "", priceCents: 0 }] }) { id } }`,
      { t: ticket },
    );
    await locked(`mutation($id: ID!, $i: OptionGroupInput!) { updateOptionGroup(id: $id, input: $i) { id } }`, {
      id: group.id,
      i: {
        name: 'Repas',
        description: '',
        options: [{ id: group.options[0], name: 'A', description: '', priceCents: 0 }],
      },
    });
    await locked(`mutation($id: ID!) { deleteExtraInfo(id: $id) }`, { id: info });
    await locked(
      `mutation($t: ID!) { createExtraInfo(ticketId: $t, input: { label: "L", help: "", type: TEXT, blocks: ENTRY }) { id } }`,
      { t: ticket },
    );
    expect((await b.data(TICKET, { e: ev.eventId })).event.tickets[0].locked).to.equal(true);
    await b.data(`mutation($id: ID!, $i: OptionInput!) { updateOption(id: $id, input: $i) { name } }`, {
      id: opt,
      i: { name: 'Vin rouge', description: '', priceCents: 350 },
    });
    // Once the only booking is deleted, the ticket has no bookings any more: the structure may change again.
    await alice.data(DELETE, { id: booking.id });
    expect((await b.data(TICKET, { e: ev.eventId })).event.tickets[0].locked).to.equal(false);
    await b.data(`mutation($id: ID!) { deleteOption(id: $id) }`, { id: opt });
    await b.data(`mutation($id: ID!) { deleteTicket(id: $id) }`, { id: ticket });
  });

  it('TK4: an opposed reservation still locks its ticket (it is proof)', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ priceCents: 0 });
    const alice = await t.signedIn('alice@example.org');
    const booking = (await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    await ev.board.data(`mutation($id: ID!) { opposeBooking(id: $id, reason: "Fraude") { status } }`, {
      id: booking.id,
    });
    expect(code(await ev.board.request(`mutation($id: ID!) { deleteTicket(id: $id) }`, { id: ticket }))).to.equal(
      'LOCKED_BY_BOOKINGS',
    );
  });
});

describe('API: two sponsors, one guest list (BK3)', () => {
  const t = useApp();
  it('BK3: a guest without an account who signs up later finds the booking made for them', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const alice = await t.signedIn('alice@example.org');
    const b = (
      await alice.data(BOOK, {
        i: {
          ticketId: ticket,
          optionIds: [],
          guest: { firstName: 'Nina', lastName: 'Nouvelle', email: 'nina@example.org' },
        },
      })
    ).book;
    expect(b.holder.hasAccount, 'SEC4: never told to the sponsor').to.equal(null);
    await createUser(t, { kind: 'EXTERNAL', email: 'nina@example.org', firstName: 'Nina', lastName: 'Nouvelle' });
    const nina = await t.signedIn('nina@example.org');
    expect((await nina.data(MY)).myBookings.map((x: any) => x.id)).to.deep.equal([b.id]);
    await nina.data(`mutation($id: ID!) { acceptGuestBooking(id: $id) { id } }`, { id: b.id });
    expect(code(await book(nina, ticket)), 'BK2 by email, once accepted').to.equal('ALREADY_BOOKED');
    expect((await nina.data(DELETE, { id: b.id })).deletePreReservation.status, 'the holder may delete it').to.equal(
      'DELETED',
    );
  });
});
