import { expect } from 'chai';
import { useApp } from '../support/app';
import { book, organizerEvent } from '../support/event-fixtures';
import { OPPOSE } from '../support/booking-fixtures';

const OFFER = `query($id: ID!) { event(id: $id) { lowestPriceCents soldOut viewerBooking { id status } } }`;
const LIST = `query($q: String) { events(filter: { search: $q }, first: 50) { nodes { id lowestPriceCents soldOut viewerBooking { status } } } }`;

describe('API: an event card’s offer (issue 16: lowest price, sold out, my booking)', () => {
  const t = useApp();

  it('BK9 issue 16: lowestPriceCents is the cheapest ticket that still has places; soldOut once every ticket is full', async () => {
    const ev = await organizerEvent(t, { name: 'Offre prix' });
    const anonymous = t.client();
    expect((await anonymous.data(OFFER, { id: ev.eventId })).event).to.deep.equal({
      lowestPriceCents: null,
      soldOut: false,
      viewerBooking: null,
    });
    const cheap = await ev.ticket({ name: 'Petit prix', priceCents: 800, capacity: 1 });
    await ev.ticket({ name: 'Plein tarif', priceCents: 1500, capacity: 1 });
    expect((await anonymous.data(OFFER, { id: ev.eventId })).event).to.include({
      lowestPriceCents: 800,
      soldOut: false,
    });

    // The cheap ticket is full: the card shows the price one can still pay.
    const alice = await t.signedIn('alice@example.org');
    expect((await book(alice, cheap)).errors).to.equal(undefined);
    expect((await anonymous.data(OFFER, { id: ev.eventId })).event).to.include({
      lowestPriceCents: 1500,
      soldOut: false,
    });
    const mine = (await alice.data(OFFER, { id: ev.eventId })).event.viewerBooking;
    expect(mine.status).to.equal('PRE_RESERVED');

    // Every ticket full: sold out, and the lowest price of all is still said.
    const chloe = await t.signedIn('chloe@example.org');
    const other = (
      await chloe.data(`query($id: ID!) { event(id: $id) { tickets { id name } } }`, { id: ev.eventId })
    ).event.tickets.find((x: { name: string }) => x.name === 'Plein tarif').id;
    expect((await book(chloe, other)).errors).to.equal(undefined);
    expect((await anonymous.data(OFFER, { id: ev.eventId })).event).to.include({
      lowestPriceCents: 800,
      soldOut: true,
    });
  });

  it('CP1 issue 16: a full quota or a full event total makes the event sold out; an opposed booking frees the place', async () => {
    const ev = await organizerEvent(t, { name: 'Offre quota' });
    const a = await ev.ticket({ name: 'A', priceCents: 0, capacity: 10 });
    await ev.ticket({ name: 'B', priceCents: 500, capacity: 10 });
    await ev.board.data(`mutation($e: ID!, $i: QuotaInput!) { createQuota(eventId: $e, input: $i) { id } }`, {
      e: ev.eventId,
      i: { name: 'Salle', capacity: 1, ticketIds: [a] },
    });
    const anonymous = t.client();
    const alice = await t.signedIn('alice@example.org');
    const booked = await book(alice, a);
    expect(booked.errors).to.equal(undefined);
    expect(booked.data!.book.status).to.equal('RESERVED');
    expect((await alice.data(OFFER, { id: ev.eventId })).event).to.deep.include({
      lowestPriceCents: 500,
      soldOut: false,
      viewerBooking: { id: booked.data!.book.id, status: 'RESERVED' },
    });
    // The event's total: 1 place, taken.
    await ev.board.data(`mutation($e: ID!) { setEventCapacity(eventId: $e, capacity: 1) { id } }`, { e: ev.eventId });
    expect((await anonymous.data(OFFER, { id: ev.eventId })).event).to.include({ lowestPriceCents: 0, soldOut: true });
    // BK8: opposed, the booking gives its place back; it is no longer the viewer's live booking.
    await ev.board.data(OPPOSE, { id: booked.data!.book.id, r: 'Test' });
    expect((await alice.data(OFFER, { id: ev.eventId })).event).to.deep.equal({
      lowestPriceCents: 0,
      soldOut: false,
      viewerBooking: null,
    });
  });

  it('EV1 issue 16: in the list, each event says its own offer and only the viewer’s own booking', async () => {
    const ev1 = await organizerEvent(t, { name: 'Liste offre un' });
    const t1 = await ev1.ticket({ priceCents: 0, capacity: 5 });
    const ev2 = await organizerEvent(t, { name: 'Liste offre deux' });
    await ev2.ticket({ priceCents: 2000, capacity: 0 });
    const alice = await t.signedIn('alice@example.org');
    await book(alice, t1);
    const byId = async (c: ReturnType<typeof t.client>) =>
      Object.fromEntries(
        (await c.data(LIST, { q: 'Liste offre' })).events.nodes.map((n: { id: string }) => [n.id, n]),
      ) as Record<string, { lowestPriceCents: number; soldOut: boolean; viewerBooking: { status: string } | null }>;
    const seen = await byId(alice);
    expect(seen[ev1.eventId]).to.deep.include({
      lowestPriceCents: 0,
      soldOut: false,
      viewerBooking: { status: 'RESERVED' },
    });
    expect(seen[ev2.eventId]).to.deep.include({ lowestPriceCents: 2000, soldOut: true, viewerBooking: null });
    const chloe = await byId(await t.signedIn('chloe@example.org'));
    expect(chloe[ev1.eventId].viewerBooking, 'another person never sees Alice’s booking').to.equal(null);
  });
});
