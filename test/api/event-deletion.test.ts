import { expect } from 'chai';
import { useApp } from '../support/app';
import { code, DELETE, GIVE, sql } from '../support/booking-fixtures';
import { book, organizerEvent } from '../support/event-fixtures';
import { TINY_PNG, uploadRequest } from '../support/fixtures';

// Issue 15: deleting a draft event that never had a booking (bookings are proof, BK8; EV5 cancels instead).

const DELETE_EVENT = `mutation($id: ID!) { deleteEvent(id: $id) }`;
const UPDATE_EVENT = `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }`;
const reason = (res: any) => res.errors?.[0]?.extensions?.reason;

describe('API: deleting a draft event (issue 15)', function () {
  this.timeout(60_000);
  const t = useApp();

  const draft = async () => {
    const ev = await organizerEvent(t, { visibility: 'DRAFT' });
    const ticket = await ev.ticket({ priceCents: 0 });
    await ev.option(ticket, 'Vestiaire', 0);
    await ev.extraInfo(ticket, { label: 'Taille', type: 'TEXT', blocks: 'ENTRY' });
    return { ...ev, ticket };
  };
  const exists = async (eventId: string) =>
    (
      await sql(t).execute(
        `select (select count(*)::int from events where id = ?) events, (select count(*)::int from tickets where event_id = ?) tickets`,
        [eventId, eventId],
      )
    )[0];

  it('an ADMIN deletes a draft that never had a booking: its tickets, grants and cover file go, the audit entry stays', async () => {
    const ev = await draft();
    await ev.grant('EDIT', 'alice@example.org');
    const cover = await uploadRequest(
      ev.board,
      `mutation($id: ID!, $file: Upload!) { setEventCover(id: $id, file: $file) { id } }`,
      { id: ev.eventId },
      'file',
      { name: 'c.png', type: 'image/png', data: TINY_PNG },
    );
    expect(cover.errors).to.equal(undefined);
    const [{ cover_key }] = await sql(t).execute(`select cover_key from events where id = ?`, [ev.eventId]);
    expect(await t.app.deps.storage.readAll(cover_key)).to.not.equal(null);

    expect((await ev.board.data(DELETE_EVENT, { id: ev.eventId })).deleteEvent).to.equal(ev.eventId);
    expect(await exists(ev.eventId)).to.deep.equal({ events: 0, tickets: 0 });
    expect(code(await ev.board.request(`query($id: ID!) { event(id: $id) { id } }`, { id: ev.eventId }))).to.equal(
      'NOT_FOUND',
    );
    expect(await t.app.deps.storage.readAll(cover_key), 'the cover file is removed').to.equal(null);
    const [{ grants }] = await sql(t).execute(`select count(*)::int grants from event_grants where event_id = ?`, [
      ev.eventId,
    ]);
    expect(grants).to.equal(0);
    const audit = await sql(t).execute(`select action, data from audit_log where subject_id = ? order by id`, [
      ev.eventId,
    ]);
    expect(audit.map((a: any) => a.action)).to.include.members(['event.created', 'event.deleted']);
    expect(audit.find((a: any) => a.action === 'event.deleted')!.data).to.deep.include({ name: 'Gala' });
  });

  it('a non-draft event can’t be deleted: EVENT_NOT_DELETABLE (NOT_DRAFT), nothing changes', async () => {
    const ev = await organizerEvent(t, { visibility: 'PUBLIC' });
    const res = await ev.board.request(DELETE_EVENT, { id: ev.eventId });
    expect([code(res), reason(res)]).to.deep.equal(['EVENT_NOT_DELETABLE', 'NOT_DRAFT']);
    expect((await exists(ev.eventId)).events).to.equal(1);
  });

  it('a draft that ever had a booking can’t be deleted, even once the booking is deleted: EVENT_NOT_DELETABLE (HAS_BOOKINGS)', async () => {
    const ev = await organizerEvent(t, { visibility: 'PUBLIC' });
    const ticket = await ev.ticket();
    const alice = await t.signedIn('alice@example.org');
    const booked = await book(alice, ticket);
    expect(booked.errors).to.equal(undefined);
    expect((await alice.request(DELETE, { id: booked.data!.book.id })).errors).to.equal(undefined);
    const input = {
      name: 'Gala',
      description: '',
      location: 'Toulouse',
      startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 31 * 86_400_000).toISOString(),
      visibility: 'DRAFT',
      contactEmail: null,
      sponsorshipLimit: 0,
      paymentDeadlineHours: null,
      showPlacesLeft: false,
    };
    await ev.board.data(UPDATE_EVENT, { id: ev.eventId, input });
    const res = await ev.board.request(DELETE_EVENT, { id: ev.eventId });
    expect([code(res), reason(res)]).to.deep.equal(['EVENT_NOT_DELETABLE', 'HAS_BOOKINGS']);
    expect(await exists(ev.eventId)).to.deep.equal({ events: 1, tickets: 1 });
  });

  it('needs ADMIN: EDIT is FORBIDDEN, a stranger gets NOT_FOUND, anonymous UNAUTHENTICATED; a platform admin may', async () => {
    const ev = await draft();
    await ev.grant('EDIT', 'alice@example.org');
    const alice = await t.signedIn('alice@example.org');
    expect(code(await alice.request(DELETE_EVENT, { id: ev.eventId }))).to.equal('FORBIDDEN');
    const chloe = await t.signedIn('chloe@example.org');
    expect(code(await chloe.request(DELETE_EVENT, { id: ev.eventId }))).to.equal('NOT_FOUND');
    expect(code(await t.client().request(DELETE_EVENT, { id: ev.eventId }))).to.equal('UNAUTHENTICATED');
    expect(await exists(ev.eventId)).to.deep.equal({ events: 1, tickets: 1 });
    const admin = await t.signedIn('admin@example.org');
    expect((await admin.data(DELETE_EVENT, { id: ev.eventId })).deleteEvent).to.equal(ev.eventId);
  });

  it('a ticket given at the same time as the deletion: either the booking exists and the event stays, or the event is gone and the gift fails', async () => {
    for (let round = 0; round < 5; round++) {
      const ev = await draft();
      const [gift, deletion] = await Promise.all([
        ev.board.request(GIVE, { i: { ticketId: ev.ticket, userEmail: 'alice@example.org', optionIds: [] } }),
        ev.board.request(DELETE_EVENT, { id: ev.eventId }),
      ]);
      const left = await exists(ev.eventId);
      const [{ bookings }] = await sql(t).execute(`select count(*)::int bookings from bookings where event_id = ?`, [
        ev.eventId,
      ]);
      if (deletion.errors) {
        expect([code(deletion), reason(deletion)]).to.deep.equal(['EVENT_NOT_DELETABLE', 'HAS_BOOKINGS']);
        expect(gift.errors).to.equal(undefined);
        expect({ ...left, bookings }).to.deep.equal({ events: 1, tickets: 1, bookings: 1 });
      } else {
        expect(code(gift)).to.equal('NOT_FOUND');
        expect({ ...left, bookings }).to.deep.equal({ events: 0, tickets: 0, bookings: 0 });
      }
    }
  });
});
