import { expect } from 'chai';
import { useApp } from '../support/app';
import { code } from '../support/booking-fixtures';
import { organizerEvent } from '../support/event-fixtures';

// Issue 15: the console's locked "delete" button says why, with the reason the API gives (one home: deletionBlock).
const BLOCK = `query($id: ID!) { event(id: $id) { deletionBlockedBy } }`;
const DELETE_EVENT = `mutation($id: ID!) { deleteEvent(id: $id) }`;
const reason = (res: any) => res.errors?.[0]?.extensions?.reason;

describe('API: why an event can’t be deleted (Event.deletionBlockedBy, issue 15)', function () {
  this.timeout(60_000);
  const t = useApp();

  it('NOT_DRAFT, HAS_BOOKINGS, NEEDS_ADMIN and null agree with what deleteEvent does', async () => {
    const published = await organizerEvent(t, { visibility: 'PUBLIC' });
    expect((await published.board.data(BLOCK, { id: published.eventId })).event.deletionBlockedBy).to.equal(
      'NOT_DRAFT',
    );
    expect(reason(await published.board.request(DELETE_EVENT, { id: published.eventId }))).to.equal('NOT_DRAFT');

    const booked = await organizerEvent(t, { visibility: 'PUBLIC' });
    const ticketId = await booked.ticket({ priceCents: 0 });
    await (
      await t.signedIn('alice@example.org')
    ).data(`mutation($i: BookInput!) { book(input: $i) { id } }`, {
      i: { ticketId, optionIds: [] },
    });
    await booked.board.data(
      `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }`,
      {
        id: booked.eventId,
        input: {
          name: 'Gala',
          description: '',
          location: 'Toulouse',
          startsAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          endsAt: new Date(Date.now() + 31 * 86_400_000).toISOString(),
          visibility: 'DRAFT',
          sponsorshipLimit: 0,
          showPlacesLeft: false,
        },
      },
    );
    expect((await booked.board.data(BLOCK, { id: booked.eventId })).event.deletionBlockedBy).to.equal('HAS_BOOKINGS');
    expect(reason(await booked.board.request(DELETE_EVENT, { id: booked.eventId }))).to.equal('HAS_BOOKINGS');

    const draft = await organizerEvent(t, { visibility: 'DRAFT' });
    await draft.grant('EDIT', 'chloe@example.org');
    const chloe = await t.signedIn('chloe@example.org');
    expect((await chloe.data(BLOCK, { id: draft.eventId })).event.deletionBlockedBy, 'EDIT').to.equal('NEEDS_ADMIN');
    expect(code(await chloe.request(DELETE_EVENT, { id: draft.eventId }))).to.equal('FORBIDDEN');
    expect((await draft.board.data(BLOCK, { id: draft.eventId })).event.deletionBlockedBy).to.equal(null);
    expect((await draft.board.data(DELETE_EVENT, { id: draft.eventId })).deleteEvent).to.equal(draft.eventId);
  });
});
