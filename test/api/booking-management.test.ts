import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { ShiftedClock } from '../../server/src/core/clock';
import { useApp } from '../support/app';
import {
  answerValue,
  AUDIT,
  code,
  DELETE,
  eventually,
  fields,
  GIVE,
  MARK_PAID,
  OPPOSE,
  placesTaken,
  readBooking,
  sql,
  VALIDATE,
} from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';

type Guest = { firstName: string; lastName: string; email: string };
const bookFor = async (c: ApiClient, ticketId: string, guest?: Guest) =>
  (await c.data(BOOK, { i: { ticketId, optionIds: [], guest } })).book;
const markPaid = (c: ApiClient, bookingId: string, amountCents: number, method = 'CHEQUE', reference = '') =>
  c.request(MARK_PAID, { i: { bookingId, amountCents, method, reference } });
/** Event names unique to this run, so that mails from other files sharing the SMTP sink never match. */
const unique = (name: string) => `${name} ${randomBytes(3).toString('hex')}`;
const PEOPLE = {
  alice: 'alice@example.org',
  bruno: 'bruno@example.org',
  chloe: 'chloe@example.org',
  eve: 'exterieur@example.org',
  anonymous: null,
};
type People = Record<keyof typeof PEOPLE, ApiClient>;

describe('API: marking pre-reservations paid (BK7, XI5)', () => {
  const t = useApp();
  let p: People;
  before(async () => {
    p = await signInAll(t, PEOPLE);
  });

  it('BK7/XI5: VALIDATE marks paid only the exact amount and once PAYMENT-blocking answers are validated (ENTRY ones don’t block); the payment is kept and the holder mailed', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ priceCents: 2500 });
    const deposit = await ev.extraInfo(ticket, { label: 'Chèque de caution', type: 'TEXT', blocks: 'PAYMENT' });
    const size = await ev.extraInfo(ticket, { label: 'Taille', type: 'CHOICE', blocks: 'ENTRY', choices: ['S', 'M'] });
    await ev.grant('VALIDATE', 'chloe@example.org');
    const b = await bookFor(p.alice, ticket);
    await mailbox.waitFor('alice@example.org', (m) => m.subject.includes(b.reference)); // the pre-reservation mail

    expect(fields(await markPaid(p.chloe, b.id, 2000)), 'not the price').to.deep.equal({
      amountCents: 'AMOUNT_MISMATCH',
    });
    let res = await markPaid(p.chloe, b.id, 2500);
    expect(code(res)).to.equal('ANSWERS_PENDING');
    expect(res.errors![0].extensions!.extraInfoIds, 'only the PAYMENT-blocking one').to.deep.equal([deposit]);
    const answer = (await answerValue(p.alice, b.id, deposit, { text: 'Chèque n°1234567' })).data!.answerExtraInfo;
    expect(code(await markPaid(p.chloe, b.id, 2500)), 'answered is not validated').to.equal('ANSWERS_PENDING');
    let seen = await readBooking(p.chloe, b.id);
    expect([seen.status, seen.payments], 'refusals change nothing').to.deep.equal(['PRE_RESERVED', []]);
    await mailbox.expectNone(
      t,
      'alice@example.org',
      (m) => m.subject.includes(`Réservation confirmée ${b.reference}`),
      'no confirmation after refusals',
    );

    await p.chloe.data(VALIDATE, { id: answer.id });
    res = await markPaid(p.chloe, b.id, 2500, 'CHEQUE', '  1234567 ');
    expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
    expect(res.data!.markPaid).to.deep.include({ status: 'RESERVED', expiresAt: null });
    expect(res.data!.markPaid.reservedAt).to.be.a('string');
    seen = await readBooking(p.alice, b.id);
    expect(seen.status).to.equal('RESERVED');
    expect(seen.byInfo[size].state, 'an ENTRY requirement does not block payment').to.equal('TO_FILL');
    expect(seen.payments).to.deep.equal([
      { provider: 'MANUAL', method: 'CHEQUE', amountCents: 2500, currency: 'EUR', reference: '1234567' },
    ]);
    const mail = await mailbox.waitFor('alice@example.org', (m) =>
      m.subject.includes(`Réservation confirmée ${b.reference}`),
    );
    expect(mail.text).to.include(b.reference);

    expect(code(await markPaid(p.chloe, b.id, 2500)), 'a reservation is not paid twice').to.equal('CONFLICT');
    expect((await readBooking(p.chloe, b.id)).payments).to.have.length(1);
  });

  it('BK7/PM1: the holder and VIEW can’t mark paid (FORBIDDEN), a stranger gets NOT_FOUND, ONLINE is refused; ADMIN includes VALIDATE', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ priceCents: 1000 });
    await ev.grant('VIEW', 'bruno@example.org');
    await ev.grant('VALIDATE', 'chloe@example.org');
    const b = await bookFor(p.alice, ticket);
    expect(code(await markPaid(p.alice, b.id, 1000)), 'the holder').to.equal('FORBIDDEN');
    expect(code(await markPaid(p.bruno, b.id, 1000)), 'VIEW').to.equal('FORBIDDEN');
    expect(code(await markPaid(p.eve, b.id, 1000)), 'a stranger').to.equal('NOT_FOUND');
    expect(code(await markPaid(p.anonymous, b.id, 1000))).to.equal('UNAUTHENTICATED');
    expect(
      fields(await markPaid(p.chloe, b.id, 1000, 'ONLINE')),
      'online payments come from the providers',
    ).to.deep.equal({ method: 'NOT_ALLOWED' });
    expect(await readBooking(ev.board, b.id)).to.deep.include({ status: 'PRE_RESERVED', payments: [] });
    const paid = (await ev.board.data(MARK_PAID, { i: { bookingId: b.id, amountCents: 1000, method: 'CASH' } }))
      .markPaid;
    expect(paid.status).to.equal('RESERVED');
    expect(paid.payments).to.deep.equal([
      { provider: 'MANUAL', method: 'CASH', amountCents: 1000, currency: 'EUR', reference: '' },
    ]);
  });

  it('XI5: a free booking is RESERVED at once, even with PAYMENT-blocking requirements, which stay TO_FILL', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ priceCents: 0 });
    const deposit = await ev.extraInfo(ticket, { label: 'Décharge', type: 'TEXT', blocks: 'PAYMENT' });
    const b = await bookFor(p.alice, ticket);
    expect(b.status).to.equal('RESERVED');
    const seen = await readBooking(ev.board, b.id);
    expect(seen.byInfo[deposit].state).to.equal('TO_FILL');
    expect(seen.payments).to.deep.equal([]);
    expect(code(await markPaid(ev.board, b.id, 0)), 'nothing left to pay').to.equal('CONFLICT');
  });
});

describe('API: opposition (BK8)', () => {
  const t = useApp();

  it('BK8: EDIT opposes a reservation with a reason: it becomes OPPOSED, keeps its payment, frees its place, and is final; the holder may book again (BK2)', async () => {
    const p = await signInAll(t, PEOPLE);
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ priceCents: 1000, capacity: 1 });
    await ev.grant('EDIT', 'chloe@example.org');
    await ev.grant('VALIDATE', 'bruno@example.org');
    const b = await bookFor(p.alice, ticket);
    await p.bruno.data(MARK_PAID, { i: { bookingId: b.id, amountCents: 1000, method: 'CHEQUE', reference: '42' } });

    expect(fields(await p.chloe.request(OPPOSE, { id: b.id, r: '   ' }))).to.deep.equal({ reason: 'REQUIRED' });
    expect(code(await p.bruno.request(OPPOSE, { id: b.id, r: 'Chèque sans provision' })), 'VALIDATE').to.equal(
      'FORBIDDEN',
    );
    expect(code(await p.alice.request(OPPOSE, { id: b.id, r: 'Je change d’avis' })), 'the holder').to.equal(
      'FORBIDDEN',
    );
    expect(code(await p.eve.request(OPPOSE, { id: b.id, r: 'Pirate' })), 'a stranger').to.equal('NOT_FOUND');
    expect((await readBooking(ev.board, b.id)).status).to.equal('RESERVED');

    const opposed = (await p.chloe.data(OPPOSE, { id: b.id, r: ' Chèque sans provision ' })).opposeBooking;
    expect(opposed).to.include({ status: 'OPPOSED', live: false, oppositionReason: 'Chèque sans provision' });
    expect(opposed.endedAt).to.be.a('string');
    expect(await placesTaken(ev.board, ev.eventId, ticket), 'its place is freed').to.equal(0);
    const kept = await readBooking(ev.board, b.id);
    expect(kept.payments, 'kept as proof').to.have.length(1);

    expect(code(await ev.board.request(OPPOSE, { id: b.id, r: 'Encore' })), 'final').to.equal('CONFLICT');
    expect(code(await ev.board.request(DELETE, { id: b.id }))).to.equal('CONFLICT');
    expect(code(await p.alice.request(DELETE, { id: b.id }))).to.equal('CONFLICT');
    expect(code(await markPaid(ev.board, b.id, 1000))).to.equal('CONFLICT');
    expect(await readBooking(ev.board, b.id)).to.deep.include({
      status: 'OPPOSED',
      oppositionReason: 'Chèque sans provision',
    });

    const again = await bookFor(p.alice, ticket);
    expect(again.status, 'BK2 ignores opposed bookings').to.equal('PRE_RESERVED');
  });
});

describe('API: organizers’ booking lists (BK13)', () => {
  const t = useApp();
  let p: People;
  let ev: Awaited<ReturnType<typeof organizerEvent>>;
  let ticketA: string, ticketB: string, info: string;
  const ids: Record<string, string> = {};
  const refs: Record<string, string> = {};
  const LIST = `query($e: ID!, $f: BookingFilter, $first: Int! = 50, $after: String) { event(id: $e) {
    bookings(filter: $f, first: $first, after: $after) { totalCount hasNextPage endCursor nodes { id reference status holder { fullName } } } } }`;
  const list = async (f: Record<string, unknown> = {}, c: ApiClient = ev.board) =>
    (await c.data(LIST, { e: ev.eventId, f })).event.bookings;
  const names = async (f: Record<string, unknown>) => (await list(f)).nodes.map((n: any) => n.holder.fullName).sort();

  before(async () => {
    p = await signInAll(t, PEOPLE);
    ev = await organizerEvent(t);
    ticketA = await ev.ticket({ name: 'A' });
    ticketB = await ev.ticket({ name: 'B' });
    info = await ev.extraInfo(ticketB, { label: 'Régime', type: 'TEXT', blocks: 'ENTRY' });
    const add = async (key: string, c: ApiClient, ticket: string, guest?: Guest) => {
      const b = await bookFor(c, ticket, guest);
      [ids[key], refs[key]] = [b.id, b.reference];
    };
    await add('alice', p.alice, ticketA);
    const guests: Array<[string, string, string]> = [
      ['Zoé', 'Lefèvre', ticketB],
      ['Yann', 'Roux', ticketB],
      ['Xavier', 'Petit', ticketB],
      ['Wanda', 'Faure', ticketA],
      ['Victor', 'Blanc', ticketA],
      ['Ursule', 'Noir', ticketA],
    ];
    for (const [first, last, ticket] of guests)
      await add(first, p.bruno, ticket, {
        firstName: first,
        lastName: last,
        email: `${first.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}@example.org`,
      });
    await add('chloe', p.chloe, ticketB);
    await p.chloe.data(DELETE, { id: ids.chloe });
    await ev.grant('VIEW', 'exterieur@example.org');
  });

  it('BK13: searches by name (either order), email or reference, case-insensitively', async () => {
    expect(await names({ search: 'martin' })).to.deep.equal(['Alice Martin']);
    expect(await names({ search: 'MARTIN alice' }), 'last name first').to.deep.equal(['Alice Martin']);
    expect(await names({ search: 'ZOE@EXAMPLE' }), 'by email').to.deep.equal(['Zoé Lefèvre']);
    expect(await names({ search: refs.Yann.toLowerCase() }), 'by reference').to.deep.equal(['Yann Roux']);
    expect(await names({ search: 'lefèvre' })).to.deep.equal(['Zoé Lefèvre']);
    expect(await names({ search: '%' }), 'wildcards are literal').to.deep.equal([]);
    expect((await list({ search: 'personne' })).totalCount).to.equal(0);
  });

  it('BK13: filters by ticket, status and pending answers (default: live bookings)', async () => {
    expect((await list()).totalCount, 'live only by default').to.equal(7);
    expect(await names({ ticketId: ticketB })).to.deep.equal(['Xavier Petit', 'Yann Roux', 'Zoé Lefèvre']);
    expect(await names({ statuses: ['DELETED'] })).to.deep.equal(['Chloé Dubois']);
    expect((await list({ statuses: ['PRE_RESERVED', 'DELETED'] })).totalCount).to.equal(8);
    expect((await list({ statuses: ['RESERVED'] })).totalCount).to.equal(0);
    expect(await names({ answersPending: true }), 'ticket B’s bookings, none validated yet').to.deep.equal([
      'Xavier Petit',
      'Yann Roux',
      'Zoé Lefèvre',
    ]);
    const a = (await answerValue(p.bruno, ids.Zoé, info, { text: 'Sans gluten' })).data!.answerExtraInfo;
    expect(await names({ answersPending: true }), 'answered is still pending').to.have.length(3);
    await ev.board.data(VALIDATE, { id: a.id });
    expect(await names({ answersPending: true }), 'a validated answer is no longer pending').to.deep.equal([
      'Xavier Petit',
      'Yann Roux',
    ]);
    expect(await names({ answersPending: true, search: 'ROUX', ticketId: ticketB }), 'filters combine').to.deep.equal([
      'Yann Roux',
    ]);
    expect((await list({ answersPending: true, ticketId: ticketA })).totalCount).to.equal(0);
    expect(code(await ev.board.request(LIST, { e: ev.eventId, f: { ticketId: 'nope' } }))).to.equal('BAD_USER_INPUT');
  });

  it('BK13: pages with first/after cover every booking once, in order, with the right totalCount and hasNextPage', async () => {
    const all = (await list({}, ev.board)).nodes.map((n: any) => n.id);
    expect(all).to.have.length(7);
    const seen: string[] = [];
    let after: string | null = null;
    const pages: Array<{ size: number; more: boolean; total: number }> = [];
    do {
      const page: any = (await ev.board.data(LIST, { e: ev.eventId, first: 3, after })).event.bookings;
      pages.push({ size: page.nodes.length, more: page.hasNextPage, total: page.totalCount });
      seen.push(...page.nodes.map((n: any) => n.id));
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    expect(pages).to.deep.equal([
      { size: 3, more: true, total: 7 },
      { size: 3, more: true, total: 7 },
      { size: 1, more: false, total: 7 },
    ]);
    expect(seen, 'no duplicates, no gaps, newest first').to.deep.equal(all);
    expect(all[0], 'newest first').to.equal(ids.Ursule);
  });

  it('BK13/TT4: orders by name (A to Z, Z to A) or age, each paging every booking once; counts who is in', async () => {
    const ORDERED = `query($e: ID!, $o: BookingOrder!, $first: Int!, $after: String, $f: BookingFilter) { event(id: $e) {
      bookings(order: $o, first: $first, after: $after, filter: $f) {
        totalCount checkedInCount hasNextPage endCursor nodes { id holder { lastName } } } } }`;
    const walk = async (o: string, first = 2) => {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: any = (await ev.board.data(ORDERED, { e: ev.eventId, o, first, after })).event.bookings;
        seen.push(...page.nodes.map((n: any) => n.holder.lastName));
        after = page.hasNextPage ? page.endCursor : null;
      } while (after);
      return seen;
    };
    const az = ['Blanc', 'Faure', 'Lefèvre', 'Martin', 'Noir', 'Petit', 'Roux'];
    expect(await walk('NAME'), 'family names A to Z, pages of 2').to.deep.equal(az);
    expect(await walk('NAME', 200)).to.deep.equal(az);
    expect(await walk('NAME_DESC', 3)).to.deep.equal([...az].reverse());
    const newest = await walk('NEWEST', 3);
    expect(newest[0]).to.equal('Noir');
    expect(await walk('OLDEST', 3), 'oldest first is newest first reversed').to.deep.equal([...newest].reverse());
    // A cursor belongs to its order: a name cursor read as a time one (and back) is refused, not misread.
    const byName: any = (await ev.board.data(ORDERED, { e: ev.eventId, o: 'NAME', first: 2 })).event.bookings;
    const byAge: any = (await ev.board.data(ORDERED, { e: ev.eventId, o: 'NEWEST', first: 2 })).event.bookings;
    for (const [o, after] of [
      ['NEWEST', byName.endCursor],
      ['NAME', byAge.endCursor],
      ['NAME', Buffer.from(JSON.stringify({ k: ['a'], id: ids.alice })).toString('base64url')],
    ]) {
      const res = await ev.board.request(ORDERED, { e: ev.eventId, o, first: 2, after });
      expect(code(res), `${o} ${after}`).to.equal('BAD_USER_INPUT');
      expect(fields(res)).to.deep.equal({ after: 'INVALID_FORMAT' });
    }
    // The door's headcount: of the matching bookings, those checked in.
    expect(byName.checkedInCount).to.equal(0);
    expect((await markPaid(ev.board, ids.Victor, 1500)).errors).to.equal(undefined);
    const checkIn = `mutation($e: ID!, $b: ID) { checkIn(eventId: $e, bookingId: $b) { status } }`;
    expect((await ev.board.data(checkIn, { e: ev.eventId, b: ids.Victor })).checkIn.status).to.equal('OK');
    const count = async (f: Record<string, unknown>) =>
      (await ev.board.data(ORDERED, { e: ev.eventId, o: 'NAME', first: 1, f })).event.bookings;
    expect(await count({ statuses: ['RESERVED'] })).to.include({ totalCount: 1, checkedInCount: 1 });
    expect(await count({})).to.include({ totalCount: 7, checkedInCount: 1 });
    expect(await count({ search: 'roux' })).to.include({ totalCount: 1, checkedInCount: 0 });
  });

  it('BK13/PM1: VIEW lists; a non-admin gets FORBIDDEN (or NOT_FOUND when the event is hidden from them); a bad cursor is BAD_USER_INPUT', async () => {
    expect((await list({}, p.eve)).totalCount, 'VIEW').to.equal(7);
    const asAlice = await p.alice.request(LIST, { e: ev.eventId, f: {} });
    expect(code(asAlice), 'a holder of one of the bookings, no permission').to.equal('FORBIDDEN');
    expect(code(await p.anonymous.request(LIST, { e: ev.eventId, f: {} }))).to.equal('UNAUTHENTICATED');
    const internal = await organizerEvent(t, { visibility: 'INTERNAL' });
    expect(code(await p.alice.request(LIST, { e: internal.eventId, f: {} })), 'INTERNAL, school account').to.equal(
      'FORBIDDEN',
    );
    expect(code(await p.eve.request(LIST, { e: internal.eventId, f: {} })), 'INTERNAL, external account').to.equal(
      'NOT_FOUND',
    );
    const draft = await organizerEvent(t, { visibility: 'DRAFT' });
    expect(code(await p.alice.request(LIST, { e: draft.eventId, f: {} })), 'DRAFT').to.equal('NOT_FOUND');
    for (const cursor of [
      'garbage',
      Buffer.from('2026-01-01T00:00:00.000Z|not-a-uuid').toString('base64url'),
      Buffer.from(`yesterday|${ids.alice}`).toString('base64url'),
    ]) {
      const res = await ev.board.request(LIST, { e: ev.eventId, after: cursor });
      expect(code(res), cursor).to.equal('BAD_USER_INPUT');
      expect(fields(res)).to.deep.equal({ after: 'INVALID_FORMAT' });
    }
  });
});

describe('API: audit log of a booking (BK14)', () => {
  const t = useApp();

  it('BK14: created, answer saved and validated, paid and opposed are logged oldest first with the actor’s name and the reason; event admins only', async () => {
    const p = await signInAll(t, PEOPLE);
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ priceCents: 800 });
    const info = await ev.extraInfo(ticket, { label: 'Caution', type: 'TEXT', blocks: 'PAYMENT' });
    await ev.grant('VALIDATE', 'chloe@example.org');
    await ev.grant('VIEW', 'bruno@example.org');
    const b = await bookFor(p.alice, ticket);
    const a = (await answerValue(p.alice, b.id, info, { text: 'Chèque 77' })).data!.answerExtraInfo;
    await p.chloe.data(VALIDATE, { id: a.id });
    await p.chloe.data(MARK_PAID, {
      i: { bookingId: b.id, amountCents: 800, method: 'TRANSFER', reference: 'VIR-2027' },
    });
    await ev.board.data(OPPOSE, { id: b.id, r: 'Virement annulé par la banque' });

    const log = (await p.bruno.data(AUDIT, { id: b.id })).booking.auditLog as Array<{
      at: string;
      action: string;
      actorName: string | null;
      reason: string | null;
      details: string | null;
    }>;
    expect(log.map((e) => [e.action, e.actorName, e.reason])).to.deep.equal([
      ['booking.created', 'Alice Martin', null],
      ['answer.saved', 'Alice Martin', null],
      ['answer.validated', 'Chloé Dubois', null],
      ['booking.paid', 'Chloé Dubois', null],
      ['booking.opposed', 'Bastien Bureau', 'Virement annulé par la banque'],
    ]);
    const times = log.map((e) => new Date(e.at).getTime());
    expect(times, 'oldest first').to.deep.equal([...times].sort((x, y) => x - y));
    expect(JSON.parse(log[3].details!)).to.include({ method: 'TRANSFER', amountCents: 800, reference: 'VIR-2027' });
    expect(code(await p.alice.request(AUDIT, { id: b.id })), 'the holder').to.equal('FORBIDDEN');
    expect(code(await p.eve.request(AUDIT, { id: b.id })), 'a stranger').to.equal('NOT_FOUND');
  });
});

describe('API: unpaid pre-reservations expire (BK10)', () => {
  const clock = new ShiftedClock();
  const t = useApp({ env: { JOBS: 'true' }, clock });

  it('BK10: past the event’s payment deadline the pg-boss job expires a pre-reservation, frees its place and mails its holder, who may book again; reservations and recent ones stay', async function () {
    this.timeout(40_000);
    const p = await signInAll(t, PEOPLE);
    const ev = await organizerEvent(t, { name: unique('Rando'), paymentDeadlineHours: 1 });
    const ticket = await ev.ticket({ priceCents: 1000, capacity: 3 });
    const due = await bookFor(p.alice, ticket);
    expect(
      new Date(due.expiresAt).getTime() - new Date((await readBooking(ev.board, due.id)).createdAt).getTime(),
      'created + 1 h',
    ).to.equal(3600_000);
    const paid = await bookFor(p.bruno, ticket);
    await ev.board.data(MARK_PAID, { i: { bookingId: paid.id, amountCents: 1000, method: 'CASH' } });

    clock.advance(2 * 3600_000);
    const recent = await bookFor(p.eve, ticket); // created "now": its deadline is an hour away
    expect(await placesTaken(ev.board, ev.eventId, ticket)).to.equal(3);
    expect(
      code(await (await t.signedIn('chloe@example.org')).request(BOOK, { i: { ticketId: ticket, optionIds: [] } })),
      'full until the job runs',
    ).to.equal('SOLD_OUT');

    const jobs = t.app.deps.jobs;
    expect(jobs, 'JOBS=true starts the pg-boss workers').to.not.equal(null);
    let lastTrigger = 0;
    await eventually('the pre-reservation expires', async () => {
      if (Date.now() - lastTrigger > 3000) {
        lastTrigger = Date.now();
        await jobs!.trigger('expire-pre-reservations');
      }
      return (await readBooking(ev.board, due.id)).status === 'EXPIRED';
    });
    expect((await readBooking(ev.board, paid.id)).status, 'a reservation never expires').to.equal('RESERVED');
    expect((await readBooking(ev.board, recent.id)).status, 'not due yet').to.equal('PRE_RESERVED');
    expect(await placesTaken(ev.board, ev.eventId, ticket), 'its place is freed').to.equal(2);
    const mail = await mailbox.waitFor(
      'alice@example.org',
      (m) => m.subject.includes('expirée') && m.subject.includes(due.reference),
    );
    expect(mail.text).to.include(due.reference);
    const log = (await ev.board.data(AUDIT, { id: due.id })).booking.auditLog;
    expect(log.at(-1)).to.include({ action: 'booking.expired', actorName: null });
    expect((await bookFor(p.alice, ticket)).status, 'the holder may book again').to.equal('PRE_RESERVED');
  });
});

describe('API: cancelling an event (EV5)', () => {
  const t = useApp();

  it('EV5: only ADMIN cancels; sales and payments stop, every holder and sponsor of a live booking gets one mail with their references, bookings stay, and cancelling twice is a CONFLICT', async () => {
    const p = await signInAll(t, PEOPLE);
    const name = unique('Gala annulé');
    const ev = await organizerEvent(t, { name });
    const paying = await ev.ticket({ priceCents: 1500 });
    const free = await ev.ticket({ name: 'Gratuit', priceCents: 0 });
    await ev.grant('EDIT', 'chloe@example.org');
    const alice = await bookFor(p.alice, paying);
    const bruno = await bookFor(p.bruno, paying);
    const gus = await bookFor(p.bruno, paying, {
      firstName: 'Gus',
      lastName: 'Invité',
      email: 'gus.annule@example.org',
    });
    const eve = await bookFor(p.eve, free);
    const gone = await bookFor(p.chloe, paying);
    await p.chloe.data(DELETE, { id: gone.id });
    const CANCEL = `mutation($id: ID!, $r: String) { cancelEvent(id: $id, reason: $r) { id cancelled cancelledAt cancellationReason } }`;
    const EVENT = `query($e: ID!) { event(id: $e) { cancelled cancelledAt tickets { id eligibility { canBook reasons } } } }`;

    expect(code(await p.chloe.request(CANCEL, { id: ev.eventId, r: 'Non' })), 'EDIT is not enough').to.equal(
      'FORBIDDEN',
    );
    expect(code(await p.alice.request(CANCEL, { id: ev.eventId }))).to.equal('FORBIDDEN');
    expect((await p.alice.data(EVENT, { e: ev.eventId })).event.cancelledAt).to.equal(null);

    const cancelled = (await ev.board.data(CANCEL, { id: ev.eventId, r: 'Salle indisponible' })).cancelEvent;
    expect(cancelled).to.include({ cancelled: true, cancellationReason: 'Salle indisponible' });
    expect(cancelled.cancelledAt).to.be.a('string');
    const seen = (await p.chloe.data(EVENT, { e: ev.eventId })).event;
    expect(seen.cancelledAt).to.equal(cancelled.cancelledAt);
    expect((await p.alice.data(EVENT, { e: ev.eventId })).event.cancelled, 'attendees see it cancelled').to.equal(true);
    for (const ticket of seen.tickets) expect(ticket.eligibility.reasons).to.include('EVENT_CANCELLED');
    expect(seen.tickets.map((x: any) => x.eligibility.canBook)).to.deep.equal([false, false]);
    expect(code(await p.chloe.request(BOOK, { i: { ticketId: paying, optionIds: [] } }))).to.equal('EVENT_CANCELLED');
    expect(code(await markPaid(ev.board, alice.id, 1500))).to.equal('EVENT_CANCELLED');
    expect(
      code(await ev.board.request(GIVE, { i: { ticketId: free, userEmail: 'chloe@example.org', optionIds: [] } })),
    ).to.equal('EVENT_CANCELLED');

    const expected: Record<string, string[]> = {
      'alice@example.org': [alice.reference],
      'bruno@example.org': [bruno.reference, gus.reference],
      'gus.annule@example.org': [gus.reference],
      'exterieur@example.org': [eve.reference],
    };
    for (const [to, references] of Object.entries(expected)) {
      const mail = await mailbox.waitFor(to, (m) => m.subject.includes(name));
      for (const r of references) expect(mail.text, `${to} is told about ${r}`).to.include(r);
    }
    await mailbox.settled(t); // a duplicate, if any, has arrived once the outbox is drained
    for (const to of Object.keys(expected))
      expect(
        mailbox.to(to).filter((m) => m.subject.includes(name)),
        `exactly one mail to ${to}`,
      ).to.have.length(1);
    await mailbox.expectNone(
      t,
      'chloe@example.org',
      (m) => m.subject.includes(name),
      'a deleted pre-reservation is not live',
    );
    expect(mailbox.to('alice@example.org').find((m) => m.subject.includes(name))!.text).not.to.include(bruno.reference);

    const all = (
      await ev.board.data(
        `query($e: ID!) { event(id: $e) { bookings(filter: { statuses: [PRE_RESERVED, RESERVED, DELETED, EXPIRED, OPPOSED] }) { nodes { id status } } } }`,
        { e: ev.eventId },
      )
    ).event.bookings.nodes;
    expect(Object.fromEntries(all.map((b: any) => [b.id, b.status])), 'bookings are kept as they were').to.deep.equal({
      [alice.id]: 'PRE_RESERVED',
      [bruno.id]: 'PRE_RESERVED',
      [gus.id]: 'PRE_RESERVED',
      [eve.id]: 'RESERVED',
      [gone.id]: 'DELETED',
    });
    expect(code(await ev.board.request(CANCEL, { id: ev.eventId }))).to.equal('CONFLICT');
  });

  it('EV5: sales stop under concurrency: a booking racing the cancellation is refused, or its holder and sponsor are in the cancellation mailing', async function () {
    this.timeout(30_000);
    const bruno = await t.signedIn('bruno@example.org');
    const name = unique('Course');
    const ev = await organizerEvent(t, { name });
    const ticket = await ev.ticket({ pendingGuestsPerSponsor: 100 }); // 60 guests of one sponsor, all pending (BK3)
    const attempt = (n: number) =>
      bruno.request(BOOK, {
        i: {
          ticketId: ticket,
          optionIds: [],
          guest: { firstName: 'Coureur', lastName: String(n), email: `coureur${n}@example.org` },
        },
      });
    const early = Array.from({ length: 30 }, (_, n) => attempt(n));
    await new Promise((r) => setTimeout(r, 10));
    const cancel = ev.board.request(`mutation($id: ID!) { cancelEvent(id: $id) { cancelledAt } }`, { id: ev.eventId });
    const late = Array.from({ length: 30 }, (_, n) => attempt(30 + n));
    const results = await Promise.all([...early, ...late]);
    expect(code(await cancel)).to.equal(undefined);
    for (const r of results) expect([undefined, 'EVENT_CANCELLED'], JSON.stringify(r.errors)).to.include(code(r));
    const accepted = results
      .filter((r) => !r.errors)
      .map((r) => r.data!.book as { reference: string; holder: { email: string } });
    // The transactional outbox holds exactly what the cancellation committed to send: bilingual to the guests without
    // an account, in French only to Bruno, whose account reads French (issue 12); both subjects start in French.
    const mails = await sql(t).execute<Array<{ to: string; text: string; subject: string }>>(
      `select "to", text, subject from outbox_mails where subject like ?`,
      [`Évènement annulé : ${name}%`],
    );
    for (const m of mails)
      expect(m.subject, m.to).to.equal(
        m.to === 'bruno@example.org' ? `Évènement annulé : ${name}` : `Évènement annulé : ${name} / Event cancelled`,
      );
    const told = (to: string, reference: string) => mails.some((m) => m.to === to && m.text.includes(reference));
    const untold = accepted
      .filter((b) => !told(b.holder.email, b.reference) || !told('bruno@example.org', b.reference))
      .map((b) => b.reference);
    expect(untold, `${accepted.length} of 60 bookings accepted; live bookings nobody was told about`).to.deep.equal([]);
  });
});

describe('API: acting on another event’s booking (PM3)', () => {
  const t = useApp();

  it('PM3/XI4/BK7/BK8: an admin of event A validating, answering, marking paid, opposing or deleting a booking of event B gets NOT_FOUND and changes nothing', async () => {
    const p = await signInAll(t, PEOPLE);
    const a = await organizerEvent(t, { name: 'Évènement A' });
    const b = await organizerEvent(t, { name: 'Évènement B' });
    await a.grant('EDIT', 'chloe@example.org');
    const ticketA = await a.ticket({ priceCents: 500 });
    const infoA = await a.extraInfo(ticketA, { label: 'Caution A', type: 'TEXT', blocks: 'PAYMENT' });
    const ticketB = await b.ticket({ priceCents: 500 });
    const infoB = await b.extraInfo(ticketB, { label: 'Caution B', type: 'TEXT', blocks: 'PAYMENT' });
    const bookingA = await bookFor(p.alice, ticketA);
    const bookingB = await bookFor(p.bruno, ticketB);
    const answerB = (await answerValue(p.bruno, bookingB.id, infoB, { text: 'Chèque B' })).data!.answerExtraInfo;
    const before = await readBooking(b.board, bookingB.id);

    expect(code(await p.chloe.request(VALIDATE, { id: answerB.id })), 'validate').to.equal('NOT_FOUND');
    expect(code(await answerValue(p.chloe, bookingB.id, infoB, { text: 'Corrigé' })), 'correct').to.equal('NOT_FOUND');
    expect(code(await markPaid(p.chloe, bookingB.id, 500)), 'mark paid').to.equal('NOT_FOUND');
    expect(code(await p.chloe.request(OPPOSE, { id: bookingB.id, r: 'Fraude' })), 'oppose').to.equal('NOT_FOUND');
    expect(code(await p.chloe.request(DELETE, { id: bookingB.id })), 'delete').to.equal('NOT_FOUND');
    expect(
      code(await answerValue(p.chloe, bookingA.id, infoB, { text: 'x' })),
      'B’s extra information on A’s booking',
    ).to.equal('NOT_FOUND');
    expect(code(await answerValue(p.alice, bookingA.id, infoB, { text: 'x' })), 'even for A’s holder').to.equal(
      'NOT_FOUND',
    );
    expect(code(await markPaid(p.chloe, 'not-an-id', 500))).to.equal('NOT_FOUND');

    expect(await readBooking(b.board, bookingB.id), 'nothing changed').to.deep.equal(before);
    expect((await readBooking(a.board, bookingA.id)).byInfo[infoA].state).to.equal('TO_FILL');
    const rows = await sql(t).execute(
      `select count(*)::int as n from audit_log where subject_id = ? and action <> 'booking.created_for_guest' and action <> 'booking.created' and action <> 'answer.saved'`,
      [bookingB.id],
    );
    expect(rows[0].n, 'no audit entry either').to.equal(0);
  });
});
