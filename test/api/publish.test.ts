import { expect } from 'chai';
import { useApp } from '../support/app';
import { code } from '../support/booking-fixtures';
import { organizerEvent } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';
import { paymentEvent } from '../support/payment-fixtures';

const CHECKLIST = `query($id: ID!) { event(id: $id) { visibility publishChecklist { problem blocking } } }`;
const PUBLISH = `mutation($id: ID!, $v: EventVisibility) { publishEvent(id: $id, visibility: $v) { id visibility } }`;
const LOG = `query($id: ID!) { event(id: $id) { auditLog(scope: SETTINGS, first: 5) { nodes { action details } } } }`;
const day = 24 * 3600 * 1000;

describe('API: publishing a draft with its checklist (issue 15)', () => {
  const t = useApp();

  it('EV1: a draft without a ticket can’t be published (CONFLICT naming NO_TICKET); with one it is, and the warnings are logged', async () => {
    const ev = await organizerEvent(t, { visibility: 'DRAFT', name: 'Gala à publier' });
    const checklist = async () => (await ev.board.data(CHECKLIST, { id: ev.eventId })).event.publishChecklist;
    expect(await checklist()).to.deep.equal([{ problem: 'NO_TICKET', blocking: true }]);
    const refused = await ev.board.request(PUBLISH, { id: ev.eventId });
    expect(code(refused)).to.equal('CONFLICT');
    expect(refused.errors![0].extensions!.problems).to.deep.equal(['NO_TICKET']);
    expect((await ev.board.data(CHECKLIST, { id: ev.eventId })).event.visibility, 'nothing changed').to.equal('DRAFT');

    // A paid ticket and no online payment account: a warning, published past knowingly.
    await ev.ticket({ priceCents: 1500 });
    expect(await checklist()).to.deep.equal([{ problem: 'PAID_WITHOUT_ONLINE_PAYMENT', blocking: false }]);
    const published = await ev.board.data(PUBLISH, { id: ev.eventId, v: 'INTERNAL' });
    expect(published.publishEvent.visibility).to.equal('INTERNAL');
    const [entry] = (await ev.board.data(LOG, { id: ev.eventId })).event.auditLog.nodes;
    expect(entry.action).to.equal('event.published');
    expect(JSON.parse(entry.details)).to.deep.equal({
      visibility: 'INTERNAL',
      warnings: ['PAID_WITHOUT_ONLINE_PAYMENT'],
    });
    // Once only, and never "published" as a draft.
    expect(code(await ev.board.request(PUBLISH, { id: ev.eventId }))).to.equal('CONFLICT');
    const other = await organizerEvent(t, { visibility: 'DRAFT' });
    await other.ticket({ priceCents: 0 });
    expect(code(await other.board.request(PUBLISH, { id: other.eventId, v: 'DRAFT' }))).to.equal('CONFLICT');
  });

  it('EV1: an event already over, or whose sales have all closed, says so; online payment clears the warning', async () => {
    const over = await organizerEvent(t, {
      visibility: 'DRAFT',
      startsAt: new Date(Date.now() - 3 * day).toISOString(),
      endsAt: new Date(Date.now() - 2 * day).toISOString(),
    });
    await over.ticket({ priceCents: 0 });
    const checks = (await over.board.data(CHECKLIST, { id: over.eventId })).event.publishChecklist;
    expect(checks).to.deep.include({ problem: 'EVENT_OVER', blocking: true });
    expect((await over.board.request(PUBLISH, { id: over.eventId })).errors![0].extensions!.problems).to.include(
      'EVENT_OVER',
    );

    const closed = await organizerEvent(t, { visibility: 'DRAFT' });
    await closed.ticket({ priceCents: 0, salesCloseAt: new Date(Date.now() - day).toISOString() });
    expect((await closed.board.data(CHECKLIST, { id: closed.eventId })).event.publishChecklist).to.deep.equal([
      { problem: 'SALES_OVER', blocking: false },
    ]);

    const paid = await paymentEvent(t, { event: { visibility: 'DRAFT' } });
    expect((await paid.board.data(CHECKLIST, { id: paid.eventId })).event.publishChecklist).to.deep.equal([]);
    expect((await paid.board.data(PUBLISH, { id: paid.eventId })).publishEvent.visibility).to.equal('PUBLIC');
  });

  it('PM1: publishing and its checklist need EDIT; VIEW is refused and the draft stays a draft', async () => {
    const p = await signInAll(t, { alice: 'alice@example.org' });
    const ev = await organizerEvent(t, { visibility: 'DRAFT' });
    await ev.ticket({ priceCents: 0 });
    await ev.grant('VIEW', 'alice@example.org');
    expect(code(await p.alice.request(PUBLISH, { id: ev.eventId }))).to.equal('FORBIDDEN');
    expect(code(await p.alice.request(CHECKLIST, { id: ev.eventId }))).to.equal('FORBIDDEN');
    expect((await ev.board.data(CHECKLIST, { id: ev.eventId })).event.visibility).to.equal('DRAFT');
  });
});
