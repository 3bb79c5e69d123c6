// Issue 11: guests, privacy and visibility around bookings (BK3 reworded, SEC4, SEC5, EV1 through a booking).
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { useApp } from '../support/app';
import { code, DELETE, MARK_PAID, sql } from '../support/booking-fixtures';
import { BOOK, book, eventInput, organizerEvent } from '../support/event-fixtures';
import { idOf } from '../support/fixtures';
import { abandon, CHECKOUT, paymentEvent } from '../support/payment-fixtures';
import type { ApiClient, GraphQLResponse } from '../support/graphql';

const HOLDER = `id status awaitsAcceptance holderAcceptedAt holder { firstName lastName fullName email hasAccount }`;
const MY = `{ myBookings { ${HOLDER} } }`;
const ONE = `query($id: ID!) { booking(id: $id) { ${HOLDER} } }`;
const GUEST_BOOK = `mutation($i: BookInput!) { book(input: $i) { ${HOLDER} } }`;
const ACCEPT = `mutation($id: ID!) { acceptGuestBooking(id: $id) { ${HOLDER} } }`;
const DECLINE = `mutation($id: ID!) { declineGuestBooking(id: $id) { id status } }`;
const PLACES = `query($e: ID!) { event(id: $e) { tickets { id placesTaken } } }`;

const guestInput = (ticketId: string, guest: { firstName: string; lastName: string; email: string }) => ({
  i: { ticketId, optionIds: [], guest },
});
const mine = async (c: ApiClient, id: string) =>
  ((await c.data(MY)).myBookings as Array<{ id: string }>).find((b) => b.id === id);
const places = async (board: ApiClient, eventId: string) =>
  (await board.data(PLACES, { e: eventId })).event.tickets[0].placesTaken as number;

describe('API: a sponsor sees only what they typed (SEC4, BK3)', () => {
  const t = useApp();

  it('SEC4: booking an OPEN ticket for bruno@example.org shows the sponsor the names they typed and no hasAccount, on book, myBookings and booking(id), exactly as for an email without account', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const sponsor = await t.signedIn('exterieur@example.org');
    const typed = { firstName: 'Inconnu', lastName: 'Mystère', email: 'bruno@example.org' };
    const forBruno = (await sponsor.data(GUEST_BOOK, guestInput(ticket, typed))).book;
    const forNobody = (await sponsor.data(GUEST_BOOK, guestInput(ticket, { ...typed, email: 'personne@example.org' })))
      .book;
    const shape = (email: string) => ({
      firstName: 'Inconnu',
      lastName: 'Mystère',
      fullName: 'Inconnu Mystère',
      email,
      hasAccount: null,
    });
    for (const [b, email] of [
      [forBruno, 'bruno@example.org'],
      [forNobody, 'personne@example.org'],
    ] as const) {
      expect(b.holder, `book (${email})`).to.deep.equal(shape(email));
      expect(((await mine(sponsor, b.id)) as any).holder, `myBookings (${email})`).to.deep.equal(shape(email));
      expect((await sponsor.data(ONE, { id: b.id })).booking.holder, `booking(id) (${email})`).to.deep.equal(
        shape(email),
      );
    }
    // The organizers see their event's bookings (SEC4: their role lets them).
    expect((await ev.board.data(ONE, { id: forBruno.id })).booking.holder.hasAccount).to.equal(true);
    // Once Bruno acts, the booking is his, with his names.
    const bruno = await t.signedIn('bruno@example.org');
    expect((await bruno.data(ACCEPT, { id: forBruno.id })).acceptGuestBooking.holder).to.deep.include({
      fullName: 'Bruno Garcia',
      hasAccount: true,
    });
    expect((await sponsor.data(ONE, { id: forBruno.id })).booking.holder).to.deep.include({
      fullName: 'Bruno Garcia',
      hasAccount: true,
    });
  });
});

describe('API: nobody is locked out by a guest booking (BK3)', () => {
  const t = useApp();
  let stranger: ApiClient, alice: ApiClient;

  before(async () => {
    [stranger, alice] = await Promise.all([t.signedIn('exterieur@example.org'), t.signedIn('alice@example.org')]);
  });

  it('BK3: a stranger’s free guest booking does not lock the person out: they book for themselves, can’t accept the stranger’s one, and decline it, which frees its place', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ priceCents: 0, capacity: 5 });
    const imposed = (
      await stranger.data(GUEST_BOOK, guestInput(ticket, { firstName: 'A', lastName: 'M', email: 'alice@example.org' }))
    ).book;
    expect(imposed).to.include({ status: 'RESERVED', awaitsAcceptance: true });
    expect(await mine(alice, imposed.id), 'Alice sees it in her bookings').to.deep.include({ awaitsAcceptance: true });
    const own = await book(alice, ticket);
    expect(own.data?.book.status, JSON.stringify(own.errors)).to.equal('RESERVED');
    expect(
      (await alice.data(`query($e: ID!) { event(id: $e) { viewerBooking { id } } }`, { e: ev.eventId })).event
        .viewerBooking.id,
      'her own booking is the one that binds her',
    ).to.equal(own.data!.book.id);
    expect(code(await alice.request(ACCEPT, { id: imposed.id })), 'a second binding booking').to.equal(
      'ALREADY_BOOKED',
    );
    expect(code(await stranger.request(DECLINE, { id: imposed.id })), 'the sponsor does not decline for her').to.equal(
      'FORBIDDEN',
    );
    expect(code(await ev.board.request(ACCEPT, { id: imposed.id })), 'nor does an organizer accept for her').to.equal(
      'FORBIDDEN',
    );
    expect(await places(ev.board, ev.eventId)).to.equal(2);
    expect(
      (await alice.data(DECLINE, { id: imposed.id })).declineGuestBooking.status,
      'a free reservation counts as unpaid',
    ).to.equal('DELETED');
    expect(await places(ev.board, ev.eventId), 'its place is freed at once').to.equal(1);
    expect(
      code(await alice.request(DECLINE, { id: own.data!.book.id })),
      'her own booking is no guest booking',
    ).to.equal('CONFLICT');
  });

  it('BK3/BK2: once the person accepts, the guest booking binds them: their own booking is ALREADY_BOOKED; they may still decline it while unpaid, then book', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const b = (
      await stranger.data(GUEST_BOOK, guestInput(ticket, { firstName: 'A', lastName: 'M', email: 'alice@example.org' }))
    ).book;
    const accepted = (await alice.data(ACCEPT, { id: b.id })).acceptGuestBooking;
    expect(accepted.awaitsAcceptance).to.equal(false);
    expect(accepted.holderAcceptedAt).to.be.a('string');
    expect(
      (await alice.data(ACCEPT, { id: b.id })).acceptGuestBooking.holderAcceptedAt,
      'accepting twice changes nothing',
    ).to.equal(accepted.holderAcceptedAt);
    expect(code(await book(alice, ticket))).to.equal('ALREADY_BOOKED');
    expect((await alice.data(DECLINE, { id: b.id })).declineGuestBooking.status).to.equal('DELETED');
    expect(code(await alice.request(ACCEPT, { id: b.id })), 'a deleted booking is not accepted').to.equal('CONFLICT');
    expect((await book(alice, ticket)).data?.book.status).to.equal('PRE_RESERVED');
  });

  it('BK3: a paid guest booking binds the person and can no longer be declined; a checked-in free one neither', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ priceCents: 1000 });
    const b = (
      await stranger.data(GUEST_BOOK, guestInput(ticket, { firstName: 'A', lastName: 'M', email: 'alice@example.org' }))
    ).book;
    await ev.board.data(MARK_PAID, { i: { bookingId: b.id, method: 'CASH', amountCents: 1000, reference: '' } });
    expect(code(await book(alice, ticket)), 'paid: it binds her').to.equal('ALREADY_BOOKED');
    expect(code(await alice.request(DECLINE, { id: b.id })), 'paid').to.equal('CONFLICT');

    const other = await organizerEvent(t);
    const free = await other.ticket({ priceCents: 0 });
    const gift = (
      await stranger.data(GUEST_BOOK, guestInput(free, { firstName: 'A', lastName: 'M', email: 'alice@example.org' }))
    ).book;
    await sql(t).execute(
      `insert into check_ins (booking_id, event_id, checked_in_at, method) values (?, ?, now(), 'MANUAL')`,
      [gift.id, other.eventId],
    );
    expect(code(await alice.request(DECLINE, { id: gift.id })), 'checked in').to.equal('CONFLICT');
  });

  it('BK3/BK2: money is never taken for a second booking of one person: a guest booking for someone already booked is refused, and one made before they booked can’t be paid online nor marked paid', async () => {
    const ev = await paymentEvent(t, { priceCents: 1000, lydia: false });
    const ticket = ev.ticketId;
    const first = (
      await stranger.data(GUEST_BOOK, guestInput(ticket, { firstName: 'A', lastName: 'M', email: 'alice@example.org' }))
    ).book;
    expect(code(await stranger.request(CHECKOUT, { b: first.id })), 'payable while it is her only booking').to.equal(
      undefined,
    );
    await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } });
    expect(code(await stranger.request(CHECKOUT, { b: first.id })), 'no online payment').to.equal('ALREADY_BOOKED');
    expect(code(await alice.request(CHECKOUT, { b: first.id })), 'not by her either').to.equal('ALREADY_BOOKED');
    const paid = await ev.board.request(MARK_PAID, {
      i: { bookingId: first.id, method: 'CASH', amountCents: 1000, reference: '' },
    });
    expect(code(paid)).to.equal('ALREADY_BOOKED');
    const [{ n }] = await sql(t).execute(`select count(*)::int as n from payments where booking_id = ?`, [first.id]);
    expect(n, 'no payment recorded').to.equal(0);
    // Issue 16, paying once: the checkout she opened while it was payable holds the booking until abandoned.
    expect(code(await stranger.request(DELETE, { id: first.id })), 'a payment attempt is open').to.equal(
      'PAYMENT_IN_PROGRESS',
    );
    const open = (
      await stranger.data(`query($id: ID!) { booking(id: $id) { paymentInProgress { id } } }`, { id: first.id })
    ).booking.paymentInProgress;
    expect(await abandon(stranger, open.id)).to.equal('ABANDONED');
    expect(
      (await stranger.data(DELETE, { id: first.id })).deletePreReservation.status,
      'the sponsor may still delete it (BK6)',
    ).to.equal('DELETED');
    const bruno = await t.signedIn('bruno@example.org');
    expect(
      code(await book(bruno, ticket, [], { firstName: 'A', lastName: 'M', email: 'alice@example.org' })),
      'Alice already holds a binding booking',
    ).to.equal('ALREADY_BOOKED');
  });

  it('BK3/BK2: PostgreSQL guards it: one binding live booking per person, one live guest booking per email, an unaccepted guest booking beside a self booking is fine', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const guest = (
      await stranger.data(GUEST_BOOK, guestInput(ticket, { firstName: 'A', lastName: 'M', email: 'alice@example.org' }))
    ).book;
    await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } });
    const err = await sql(t)
      .execute(`update bookings set holder_accepted_at = now() where id = ?`, [guest.id])
      .catch((e) => e);
    expect(String(err)).to.include('bookings_one_live_per');
    const chloe = await t.signedIn('chloe@example.org');
    expect(code(await book(chloe, ticket, [], { firstName: 'X', lastName: 'Y', email: 'gus@example.org' }))).to.equal(
      undefined,
    );
    expect(
      code(await book(stranger, ticket, [], { firstName: 'X', lastName: 'Y', email: 'gus@example.org' })),
      'a second guest booking for one email',
    ).to.equal('ALREADY_BOOKED');
  });
});

describe('API: a holder sees their booking’s event, not the rest (EV1)', () => {
  const t = useApp();
  const EVENT = `event { name location startsAt endsAt description descriptionHtml contactEmail coverUrl sponsorshipLimit restricted tickets { id } }`;
  const SEEN = `{ myBookings { id ${EVENT} ticket { id name ${EVENT} } } }`;

  it('EV1: an external guest on an INTERNAL event and a person given a ticket on a DRAFT read name, place, dates and their own ticket through the booking, nothing else', async () => {
    const internal = await organizerEvent(t, { visibility: 'INTERNAL', name: 'Interne' });
    const ticket = await internal.ticket({ name: 'Entrée interne' });
    const alice = await t.signedIn('alice@example.org');
    const forExternal = (
      await book(alice, ticket, [], { firstName: 'E', lastName: 'X', email: 'exterieur@example.org' })
    ).data!.book;
    const draft = await organizerEvent(t, { visibility: 'DRAFT', name: 'Brouillon' });
    const draftTicket = await draft.ticket({ name: 'Entrée brouillon' });
    const given = (
      await draft.board.data(`mutation($i: GiveTicketInput!) { giveTicket(input: $i) { id } }`, {
        i: { ticketId: draftTicket, userEmail: 'exterieur@example.org', optionIds: [] },
      })
    ).giveTicket;

    const external = await t.signedIn('exterieur@example.org');
    const seen = (await external.data(SEEN)).myBookings as any[];
    for (const [id, name, ticketName] of [
      [forExternal.id, 'Interne', 'Entrée interne'],
      [given.id, 'Brouillon', 'Entrée brouillon'],
    ]) {
      const b = seen.find((x) => x.id === id);
      for (const e of [b.event, b.ticket.event]) {
        expect(e).to.deep.include({
          name,
          location: 'Toulouse',
          restricted: true,
          description: '',
          descriptionHtml: '',
          contactEmail: null,
          coverUrl: null,
          sponsorshipLimit: 0,
          tickets: [],
        });
        expect(e.startsAt).to.be.a('string');
      }
      expect(b.ticket.name, 'their own ticket').to.equal(ticketName);
    }
    // Visible events stay whole, for the same query.
    const sponsorView = ((await alice.data(SEEN)).myBookings as any[]).find((x) => x.id === forExternal.id);
    expect(sponsorView.event).to.deep.include({
      restricted: false,
      description: 'Une **belle** soirée',
      contactEmail: 'gala@example.org',
    });
    expect(sponsorView.event.tickets).to.have.length(1);
    expect(
      code(await external.request(`query($e: ID!) { event(id: $e) { name } }`, { e: internal.eventId })),
      'the event itself stays hidden',
    ).to.equal('NOT_FOUND');
  });
});

describe('API: one answer for absent and hidden objects (SEC5)', () => {
  const t = useApp();

  it('SEC5: every path taking an event, ticket, option or booking id answers a draft’s or another person’s object exactly as a random id (code, message, HTTP status), to anonymous callers and to strangers', async () => {
    const draft = await organizerEvent(t, { visibility: 'DRAFT' });
    const ticket = await draft.ticket();
    const option = await draft.option(ticket, 'Vin', 100);
    const group = await draft.group(ticket, 'Repas', [['A', 0]]);
    const info = await draft.extraInfo(ticket, { label: 'Taille', type: 'TEXT', blocks: 'ENTRY' });
    const open = await organizerEvent(t);
    const alice = await t.signedIn('alice@example.org');
    const booking = (await book(alice, await open.ticket())).data!.book.id as string;
    const grant = (await draft.board.data(`query($e: ID!) { event(id: $e) { grants { id } } }`, { e: draft.eventId }))
      .event.grants[0].id as string;
    const real = { event: draft.eventId, ticket, option, group: group.id, info, booking, grant };
    const random = Object.fromEntries(Object.keys(real).map((k) => [k, randomUUID()])) as typeof real;
    const optionInput = { name: 'X', description: '', priceCents: 0 };

    const paths: Array<[string, (ids: typeof real) => [string, Record<string, unknown>]]> = [
      ['event', (x) => [`query($id: ID!) { event(id: $id) { id } }`, { id: x.event }]],
      ['cancelEvent', (x) => [`mutation($id: ID!) { cancelEvent(id: $id) { id } }`, { id: x.event }]],
      ['removeEventCover', (x) => [`mutation($id: ID!) { removeEventCover(id: $id) { id } }`, { id: x.event }]],
      [
        'createTicket',
        (x) => [
          `mutation($id: ID!, $i: CreateTicketInput!) { createTicket(eventId: $id, input: $i) { id } }`,
          {
            id: x.event,
            i: {
              kind: 'OPEN',
              name: 'T',
              description: '',
              priceCents: 0,
              sponsorshipAllowed: false,
              schoolIds: [],
              classYears: [],
              associationIds: [],
            },
          },
        ],
      ],
      ['book', (x) => [BOOK, { i: { ticketId: x.ticket, optionIds: [] } }]],
      [
        'giveTicket',
        (x) => [
          `mutation($i: GiveTicketInput!) { giveTicket(input: $i) { id } }`,
          { i: { ticketId: x.ticket, userEmail: 'alice@example.org', optionIds: [] } },
        ],
      ],
      ['deleteTicket', (x) => [`mutation($id: ID!) { deleteTicket(id: $id) }`, { id: x.ticket }]],
      [
        'createOption',
        (x) => [
          `mutation($id: ID!, $i: OptionInput!) { createOption(ticketId: $id, input: $i) { id } }`,
          { id: x.ticket, i: optionInput },
        ],
      ],
      [
        'updateOption',
        (x) => [
          `mutation($id: ID!, $i: OptionInput!) { updateOption(id: $id, input: $i) { id } }`,
          { id: x.option, i: optionInput },
        ],
      ],
      ['deleteOption', (x) => [`mutation($id: ID!) { deleteOption(id: $id) }`, { id: x.option }]],
      ['deleteOptionGroup', (x) => [`mutation($id: ID!) { deleteOptionGroup(id: $id) }`, { id: x.group }]],
      ['deleteExtraInfo', (x) => [`mutation($id: ID!) { deleteExtraInfo(id: $id) }`, { id: x.info }]],
      ['booking', (x) => [`query($id: ID!) { booking(id: $id) { id } }`, { id: x.booking }]],
      ['deletePreReservation', (x) => [DELETE, { id: x.booking }]],
      ['acceptGuestBooking', (x) => [ACCEPT, { id: x.booking }]],
      ['declineGuestBooking', (x) => [DECLINE, { id: x.booking }]],
      [
        'markPaid',
        (x) => [MARK_PAID, { i: { bookingId: x.booking, method: 'CASH', amountCents: 1500, reference: '' } }],
      ],
      [
        'opposeBooking',
        (x) => [`mutation($id: ID!) { opposeBooking(id: $id, reason: "r") { id } }`, { id: x.booking }],
      ],
      [
        'grantPermission',
        (x) => [
          `mutation($id: ID!) { grantPermission(eventId: $id, input: { level: VIEW, granteeKind: USER, userEmail: "chloe@example.org" }) { id } }`,
          { id: x.event },
        ],
      ],
      ['revokePermission', (x) => [`mutation($id: ID!) { revokePermission(id: $id) }`, { id: x.grant }]],
      [
        'answerExtraInfo',
        (x) => [
          `mutation($b: ID!, $x: ID!) { answerExtraInfo(bookingId: $b, extraInfoId: $x, input: { text: "M" }) { id } }`,
          { b: x.booking, x: x.info },
        ],
      ],
    ];
    const answer = (r: GraphQLResponse) => ({
      status: r.status,
      code: r.errors?.[0]?.extensions?.code,
      message: r.errors?.[0]?.message,
      data: r.errors ? null : r.data,
    });
    const callers: Array<[string, ApiClient]> = [
      ['anonymous', t.client()],
      ['stranger', await t.signedIn('bruno@example.org')],
    ];
    const leaks: string[] = [];
    for (const [who, c] of callers) {
      for (const [name, op] of paths) {
        const [q1, v1] = op(real);
        const [q2, v2] = op(random);
        const [a, b] = [answer(await c.request(q1, v1)), answer(await c.request(q2, v2))];
        expect(a.code, `${who} ${name} must fail`).to.be.oneOf(['NOT_FOUND', 'UNAUTHENTICATED']);
        if (JSON.stringify(a) !== JSON.stringify(b))
          leaks.push(`${who} ${name}: ${JSON.stringify(a)} vs random ${JSON.stringify(b)}`);
      }
    }
    expect(leaks).to.deep.equal([]);
  });
});

describe('API: no hoarding through unconfirmed guests (BK3, BK10)', () => {
  const t = useApp();
  const TICKET = `query($e: ID!) { event(id: $e) { paymentDeadlineHours tickets { id pendingGuestsPerSponsor } } }`;
  const guest = (n: number | string) => ({
    firstName: 'Invité',
    lastName: String(n),
    email: `pending-${n}@example.org`,
  });

  it('BK3: a sponsor has at most the ticket’s pendingGuestsPerSponsor guests neither accepted nor paid (SPONSORSHIP_LIMIT, scope TICKET_PENDING); accepted and paid ones free the count', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ pendingGuestsPerSponsor: 2, priceCents: 1000 });
    const other = await ev.ticket({ name: 'Autre' });
    expect(
      (await ev.board.data(TICKET, { e: ev.eventId })).event.tickets.map((x: any) => x.pendingGuestsPerSponsor),
      'set, and 10 by default',
    ).to.deep.equal([2, 10]);
    const sponsor = await t.signedIn('exterieur@example.org');
    const forAlice = (
      await sponsor.data(GUEST_BOOK, guestInput(ticket, { firstName: 'A', lastName: 'M', email: 'alice@example.org' }))
    ).book;
    const second = (await sponsor.data(GUEST_BOOK, guestInput(ticket, guest('a1')))).book;
    const refused = await book(sponsor, ticket, [], guest('a2'));
    expect(code(refused)).to.equal('SPONSORSHIP_LIMIT');
    expect(refused.errors?.[0].extensions).to.deep.include({ scope: 'TICKET_PENDING', limit: 2 });
    expect(code(await book(sponsor, other, [], guest('a3'))), 'per ticket').to.equal(undefined);
    await (await t.signedIn('alice@example.org')).data(ACCEPT, { id: forAlice.id });
    expect(code(await book(sponsor, ticket, [], guest('a4'))), 'an accepted guest is no longer pending').to.equal(
      undefined,
    );
    expect(code(await book(sponsor, ticket, [], guest('a5')))).to.equal('SPONSORSHIP_LIMIT');
    await ev.board.data(MARK_PAID, { i: { bookingId: second.id, method: 'CASH', amountCents: 1000, reference: '' } });
    expect(code(await book(sponsor, ticket, [], guest('a6'))), 'a paid guest is no longer pending').to.equal(undefined);
    // The organizer changes the cap.
    await ev.board.data(`mutation($id: ID!, $i: UpdateTicketInput!) { updateTicket(id: $id, input: $i) { id } }`, {
      id: ticket,
      i: {
        name: 'Entrée',
        description: '',
        priceCents: 1000,
        capacity: 100,
        sponsorshipAllowed: false,
        schoolIds: [],
        classYears: [],
        associationIds: [],
        pendingGuestsPerSponsor: 3,
      },
    });
    expect(code(await book(sponsor, ticket, [], guest('a7')))).to.equal(undefined);
    const tooMany = await ev.board.request(
      `mutation($e: ID!, $i: CreateTicketInput!) { createTicket(eventId: $e, input: $i) { id } }`,
      {
        e: ev.eventId,
        i: {
          kind: 'OPEN',
          name: 'X',
          description: '',
          priceCents: 0,
          sponsorshipAllowed: false,
          schoolIds: [],
          classYears: [],
          associationIds: [],
          pendingGuestsPerSponsor: 0,
        },
      },
    );
    expect(tooMany.errors?.[0].extensions?.fields).to.deep.equal({ pendingGuestsPerSponsor: 'OUT_OF_RANGE' });
  });

  it('BK3: the pending-guest cap holds under 40 concurrent guest bookings by one sponsor from 4 sessions (PostgreSQL decides)', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ pendingGuestsPerSponsor: 3 });
    const sessions = await Promise.all([1, 2, 3, 4].map(() => t.signedIn('bruno@example.org')));
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, n) => book(sessions[n % 4], ticket, [], guest(`c${n}`))),
    );
    expect(results.map(code).sort()).to.deep.equal(
      [...Array(3).fill(undefined), ...Array(37).fill('SPONSORSHIP_LIMIT')].sort(),
    );
    const [{ n }] = await sql(t).execute(
      `select count(*)::int as n from bookings where ticket_id = ? and status in ('PRE_RESERVED', 'RESERVED')`,
      [ticket],
    );
    expect(n).to.equal(3);
  });

  it('BK10: a new event gets a 72-hour payment deadline unless its organizer sets another one or none', async () => {
    const board = await t.signedIn('bureau@example.org');
    const net7 = await idOf(t, 'club', 'net7');
    const create = async (over: Record<string, unknown>) => {
      const input: Record<string, unknown> = { ...eventInput(net7), ...over };
      if (over.paymentDeadlineHours === 'omit') delete input.paymentDeadlineHours;
      const id = (await board.data(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, { i: input }))
        .createEvent.id;
      return (await board.data(TICKET, { e: id })).event.paymentDeadlineHours;
    };
    expect(await create({ paymentDeadlineHours: 'omit' }), 'default').to.equal(72);
    expect(await create({ paymentDeadlineHours: 24 }), 'changed').to.equal(24);
    expect(await create({ paymentDeadlineHours: null }), 'none, when the organizer says so').to.equal(null);
  });
});
