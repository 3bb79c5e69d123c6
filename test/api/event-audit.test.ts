import { expect } from 'chai';
import { useApp } from '../support/app';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';
import { code, fields } from '../support/booking-fixtures';

const LOG = `query($e: ID!, $s: EventAuditScope, $first: Int, $after: String) { event(id: $e) {
  auditLog(scope: $s, first: $first, after: $after) {
    endCursor hasNextPage nodes { id at action actorName reason details subject subjectId subjectLabel } } } }`;
const OPPOSE = `mutation($id: ID!, $r: String!) { opposeBooking(id: $id, reason: $r) { status } }`;

describe('API: an event’s audit log (BK14, for the whole event)', () => {
  const t = useApp();

  it('BK14: ADMIN reads the event’s, its tickets’ and its bookings’ entries newest first, by part, page by page', async () => {
    const p = await signInAll(t, { alice: 'alice@example.org', bruno: 'bruno@example.org' });
    const ev = await organizerEvent(t, { name: 'Gala du journal' });
    const ticket = await ev.ticket({ name: 'Entrée', priceCents: 0 });
    await ev.grant('VIEW', 'chloe@example.org');
    const booked = (await p.alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    expect((await ev.board.request(OPPOSE, { id: booked.id, r: 'Fraude' })).errors).to.equal(undefined);
    // Another event's entries never show.
    const other = await organizerEvent(t, { name: 'Autre gala' });
    await other.ticket({ name: 'Ailleurs' });

    const log = async (vars: Record<string, unknown> = {}) =>
      (await ev.board.data(LOG, { e: ev.eventId, ...vars })).event.auditLog;
    const all = await log();
    const actions = all.nodes.map((n: any) => n.action);
    expect(actions[0], 'newest first').to.equal('booking.opposed');
    expect(actions).to.include.members(['event.created', 'permission.granted', 'ticket.created', 'booking.created']);
    expect(all.nodes.map((n: any) => n.subjectLabel)).to.not.include('Ailleurs');
    const ids = all.nodes.map((n: any) => Number(n.id));
    expect(ids, 'ordered by the log’s own order').to.deep.equal([...ids].sort((a, b) => b - a));
    const opposed = all.nodes[0];
    expect(opposed).to.include({
      subject: 'BOOKING',
      subjectId: booked.id,
      subjectLabel: booked.reference,
      reason: 'Fraude',
      actorName: 'Bastien Bureau',
    });
    const ticketEntry = all.nodes.find((n: any) => n.action === 'ticket.created');
    expect(ticketEntry).to.include({ subject: 'TICKET', subjectId: ticket, subjectLabel: 'Entrée' });
    expect(all.nodes.find((n: any) => n.action === 'permission.granted')).to.include({
      subject: 'EVENT',
      subjectLabel: null,
    });

    const settings = await log({ s: 'SETTINGS' });
    expect(new Set(settings.nodes.map((n: any) => n.subject))).to.deep.equal(new Set(['EVENT', 'TICKET']));
    const bookings = await log({ s: 'BOOKINGS' });
    expect(bookings.nodes.map((n: any) => n.subject))
      .to.have.length.greaterThan(1)
      .and.satisfy((s: string[]) => s.every((x) => x === 'BOOKING'));
    expect(settings.nodes.length + bookings.nodes.length, 'the parts make the whole').to.equal(all.nodes.length);

    // Pages of 2 cover the whole log once, in order.
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = await log({ first: 2, after });
      expect(page.nodes.length).to.be.at.most(2);
      seen.push(...page.nodes.map((n: any) => n.id));
      after = page.hasNextPage ? page.endCursor : null;
    } while (after);
    expect(seen).to.deep.equal(all.nodes.map((n: any) => n.id));

    for (const bad of ['garbage', Buffer.from('audit|-1').toString('base64url')]) {
      const res = await ev.board.request(LOG, { e: ev.eventId, after: bad });
      expect(code(res), bad).to.equal('BAD_USER_INPUT');
      expect(fields(res)).to.deep.equal({ after: 'INVALID_FORMAT' });
    }
    // EDIT is not enough: the log names people and what they did.
    await ev.grant('EDIT', 'bruno@example.org');
    expect(code(await p.bruno.request(LOG, { e: ev.eventId }))).to.equal('FORBIDDEN');
  });
});
