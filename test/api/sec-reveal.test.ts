// Issue 11 (#9, #10, #16): what resolvers reveal. Person references (SEC4), the same answer for an object one may
// not see and one that does not exist (SEC5), and display positions that can't overflow (SEC1).
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { useApp } from '../support/app';
import { answerValue, code, fields, GIVE, sql, VALIDATE } from '../support/booking-fixtures';
import { book, organizerEvent } from '../support/event-fixtures';
import { signInAll, TINY_PNG, uploadRequest } from '../support/fixtures';
import type { ApiClient, GraphQLResponse } from '../support/graphql';
import { CHECKOUT, paymentEvent } from '../support/payment-fixtures';

const PEOPLE = {
  alice: 'alice@example.org',
  bruno: 'bruno@example.org',
  eve: 'exterieur@example.org',
  admin: 'admin@example.org',
};

const PERSON = 'id email firstName lastName fullName';
const REFS = `query($id: ID!) { booking(id: $id) {
  givenBy { ${PERSON} } checkIn { checkedInAt checkedInBy { ${PERSON} } }
  requirements { answer { id validatedAt updatedBy { ${PERSON} } validatedBy { ${PERSON} } } } } }`;
const GUEST_BOOK = `mutation($i: BookInput!) { book(input: $i) { id holder { hasAccount } } }`;
const CHECK_IN = `mutation($e: ID!, $b: ID) { checkIn(eventId: $e, bookingId: $b) { status } }`;
const REQUEST_EXPORT = `mutation($e: ID!) { requestExport(eventId: $e, format: XLSX) { id } }`;

/** The references of a booking's first answer, its giver and its door check-in, as the client sees them. */
async function refs(c: ApiClient, id: string) {
  const b = (await c.data(REFS, { id })).booking;
  const answer = b.requirements[0].answer;
  return {
    updatedBy: answer.updatedBy?.email ?? null,
    validatedBy: answer.validatedBy?.email ?? null,
    givenBy: b.givenBy?.email ?? null,
    checkedInBy: b.checkIn?.checkedInBy?.email ?? null,
    checkedIn: !!b.checkIn?.checkedInAt,
  };
}

/** Everything a caller can compare between two answers: HTTP status, codes, messages, data. */
const signature = (r: GraphQLResponse) => ({
  status: r.status,
  errors: r.errors?.map((e) => [e.extensions?.code, e.message, e.path]) ?? null,
  data: r.data ?? null,
});

describe('API: person references show only to those who may see the person (SEC4)', function () {
  this.timeout(60_000);
  const t = useApp();
  let p: Record<keyof typeof PEOPLE, ApiClient>;
  before(async () => {
    p = await signInAll(t, PEOPLE);
  });

  it('SEC4: a sponsor reading a guest booking the guest answered before accepting gets updatedBy null, not the guest’s account and real names; the guest and the organizers see who', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const info = await ev.extraInfo(ticket, { label: 'Régime', type: 'TEXT', blocks: 'ENTRY' });
    const b = (
      await p.eve.data(GUEST_BOOK, {
        i: {
          ticketId: ticket,
          optionIds: [],
          guest: { firstName: 'Inconnu', lastName: 'Mystère', email: 'bruno@example.org' },
        },
      })
    ).book;
    expect(b.holder.hasAccount, 'the sponsor is not told an account exists').to.equal(null);
    const answered = await answerValue(p.bruno, b.id, info, { text: 'Végétarien' });
    expect(answered.errors, JSON.stringify(answered.errors)).to.equal(undefined);

    const asSponsor = (await p.eve.data(REFS, { id: b.id })).booking.requirements[0].answer;
    expect(asSponsor.updatedBy, 'the sponsor learns nothing of the guest’s account').to.equal(null);
    expect((await refs(p.bruno, b.id)).updatedBy, 'the guest sees themselves').to.equal('bruno@example.org');
    expect((await refs(ev.board, b.id)).updatedBy, 'the organizers see their event’s bookings').to.equal(
      'bruno@example.org',
    );
    expect((await refs(p.admin, b.id)).updatedBy, 'platform admins see it').to.equal('bruno@example.org');
    // What the sponsor typed themselves names them, to themselves.
    await answerValue(p.eve, b.id, info, { text: 'Sans gluten' });
    expect((await refs(p.eve, b.id)).updatedBy).to.equal('exterieur@example.org');
  });

  it('SEC4: an attendee sees no organizer behind validatedBy, givenBy and checkIn.checkedInBy (null), while VIEW+ organizers and platform admins do', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ priceCents: 0 });
    const info = await ev.extraInfo(ticket, { label: 'Taille', type: 'TEXT', blocks: 'ENTRY' });
    await ev.grant('VIEW', 'exterieur@example.org');
    const given = (
      await ev.board.data(GIVE, { i: { ticketId: ticket, userEmail: 'alice@example.org', optionIds: [] } })
    ).giveTicket;
    const answer = (await answerValue(p.alice, given.id, info, { text: 'M' })).data!.answerExtraInfo;
    await ev.board.data(VALIDATE, { id: answer.id });
    expect((await ev.board.data(CHECK_IN, { e: ev.eventId, b: given.id })).checkIn.status).to.equal('OK');

    const organizers = {
      updatedBy: 'alice@example.org',
      validatedBy: 'bureau@example.org',
      givenBy: 'bureau@example.org',
      checkedInBy: 'bureau@example.org',
      checkedIn: true,
    };
    expect(await refs(p.alice, given.id), 'the holder').to.deep.equal({
      updatedBy: 'alice@example.org',
      validatedBy: null,
      givenBy: null,
      checkedInBy: null,
      checkedIn: true,
    });
    expect(await refs(ev.board, given.id), 'the organizer who acted').to.deep.equal(organizers);
    expect(await refs(p.eve, given.id), 'a VIEW organizer').to.deep.equal(organizers);
    expect(await refs(p.admin, given.id), 'a platform admin').to.deep.equal(organizers);
  });
});

describe('API: the same answer for what one may not see and what does not exist (SEC5)', function () {
  this.timeout(60_000);
  const t = useApp();
  let p: Record<keyof typeof PEOPLE, ApiClient>;
  let anonymous: ApiClient;
  before(async () => {
    p = await signInAll(t, PEOPLE);
    anonymous = t.client();
  });

  it('SEC5: anonymous callers get the same UNAUTHENTICATED for a real and a random id on paymentAttempt, checkLydiaPayment, bookingExport, validateAnswer, setTicketTemplate and removeTicketTemplate', async () => {
    const ev = await paymentEvent(t);
    const info = await ev.extraInfo(ev.ticketId, { label: 'Régime', type: 'TEXT', blocks: 'ENTRY' });
    const booking = (await book(p.alice, ev.ticketId)).data!.book.id as string;
    const attempt = (await p.alice.data(CHECKOUT, { b: booking })).startPaypalCheckout.attempt.id as string;
    const answer = (await answerValue(p.alice, booking, info, { text: 'Aucun' })).data!.answerExtraInfo.id as string;
    const exportId = (await ev.board.data(REQUEST_EXPORT, { e: ev.eventId })).requestExport.id as string;
    const ops: Array<[string, (c: ApiClient, id: string) => Promise<GraphQLResponse>, string]> = [
      ['paymentAttempt', (c, id) => c.request(`query($x: ID!) { paymentAttempt(id: $x) { id } }`, { x: id }), attempt],
      [
        'checkLydiaPayment',
        (c, id) => c.request(`mutation($x: ID!) { checkLydiaPayment(attemptId: $x) { id } }`, { x: id }),
        attempt,
      ],
      ['bookingExport', (c, id) => c.request(`query($x: ID!) { bookingExport(id: $x) { id } }`, { x: id }), exportId],
      [
        'validateAnswer',
        (c, id) => c.request(`mutation($x: ID!) { validateAnswer(id: $x) { id } }`, { x: id }),
        answer,
      ],
      [
        'removeTicketTemplate',
        (c, id) => c.request(`mutation($x: ID!) { removeTicketTemplate(ticketId: $x) { id } }`, { x: id }),
        ev.ticketId,
      ],
      [
        'setTicketTemplate',
        (c, id) =>
          uploadRequest(
            c,
            `mutation($x: ID!, $file: Upload!) { setTicketTemplate(ticketId: $x, file: $file) { id } }`,
            { x: id },
            'file',
            { name: 't.png', type: 'image/png', data: TINY_PNG },
          ),
        ev.ticketId,
      ],
    ];
    for (const [name, run, real] of ops) {
      const [a, b] = [await run(anonymous, real), await run(anonymous, randomUUID())];
      expect(code(a), `${name}: anonymous`).to.equal('UNAUTHENTICATED');
      expect(signature(a), `${name}: real and random ids answer alike`).to.deep.equal(signature(b));
    }
  });

  it('SEC5: a signed-in stranger gets NOT_FOUND for an export of a public event as for a random id; VIEW still reads it', async () => {
    const ev = await organizerEvent(t);
    await ev.ticket();
    const exportId = (await ev.board.data(REQUEST_EXPORT, { e: ev.eventId })).requestExport.id as string;
    const STATE = `query($x: ID!) { bookingExport(id: $x) { id } }`;
    const [real, random] = [
      await p.alice.request(STATE, { x: exportId }),
      await p.alice.request(STATE, { x: randomUUID() }),
    ];
    expect(code(real)).to.equal('NOT_FOUND');
    expect(signature(real)).to.deep.equal(signature(random));
    await ev.grant('VIEW', 'alice@example.org');
    expect((await p.alice.data(STATE, { x: exportId })).bookingExport.id).to.equal(exportId);
  });
});

describe('API: display positions are bounded (SEC1)', function () {
  this.timeout(60_000);
  const t = useApp();

  const CREATE: Record<string, string> = {
    option: `mutation($t: ID!, $i: OptionInput!) { createOption(ticketId: $t, input: $i) { id position } }`,
    extraInfo: `mutation($t: ID!, $i: CreateExtraInfoInput!) { createExtraInfo(ticketId: $t, input: $i) { id position } }`,
    group: `mutation($t: ID!, $i: OptionGroupInput!) { createOptionGroup(ticketId: $t, input: $i) { id position } }`,
    ticket: `mutation($t: ID!, $i: CreateTicketInput!) { createTicket(eventId: $t, input: $i) { id position } }`,
  };
  const inputs: Record<string, Record<string, unknown>> = {
    option: { name: 'Repas', description: '', priceCents: 100 },
    extraInfo: { label: 'Régime', help: '', type: 'TEXT', blocks: 'ENTRY' },
    group: { name: 'Menu', description: '', options: [{ name: 'A', description: '', priceCents: 0 }] },
    ticket: {
      kind: 'OPEN',
      name: 'Entrée',
      description: '',
      priceCents: 0,
      capacity: 10,
      sponsorshipAllowed: false,
      schoolIds: [],
      classYears: [],
      associationIds: [],
    },
  };

  it('SEC1: a position of 2147483647 is refused as OUT_OF_RANGE on every position input, and the next creation without a position still works', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    for (const kind of Object.keys(CREATE)) {
      const parent = kind === 'ticket' ? ev.eventId : ticket;
      const huge = await ev.board.request(CREATE[kind], { t: parent, i: { ...inputs[kind], position: 2147483647 } });
      expect(code(huge), `${kind}: ${JSON.stringify(huge.errors)}`).to.equal('BAD_USER_INPUT');
      expect(fields(huge), kind).to.deep.equal({ position: 'OUT_OF_RANGE' });
      const next = await ev.board.request(CREATE[kind], { t: parent, i: inputs[kind] });
      expect(next.errors, `${kind} after: ${JSON.stringify(next.errors)}`).to.equal(undefined);
    }
  });

  it('SEC1: positions already at the top of the int range (older rows) don’t make later creations fail', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    for (const [kind, table] of [
      ['option', 'options'],
      ['extraInfo', 'extra_infos'],
      ['group', 'option_groups'],
      ['ticket', 'tickets'],
    ] as const) {
      const parent = kind === 'ticket' ? ev.eventId : ticket;
      await ev.board.data(CREATE[kind], { t: parent, i: inputs[kind] });
      await sql(t).execute(
        `update ${table} set position = 2147483647 where ${kind === 'ticket' ? 'event_id' : 'ticket_id'} = ?`,
        [parent],
      );
      const next = await ev.board.request(CREATE[kind], { t: parent, i: inputs[kind] });
      expect(next.errors, `${kind}: ${JSON.stringify(next.errors)}`).to.equal(undefined);
    }
  });
});
