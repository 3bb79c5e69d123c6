import { expect } from 'chai';
import * as transitions from '../../server/src/modules/bookings/transitions';
import { useApp } from '../support/app';
import { placesTaken, sql } from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { Booking, BookingStatus, LIVE_STATUSES, Event } from '../../server/src/model';

const bookTicket = async (c: ApiClient, ticketId: string) =>
  (await c.data(BOOK, { i: { ticketId, optionIds: [] } })).book as { id: string; reference: string; status: string };

// Issue 12: one function per booking transition, each a conditional UPDATE on the caller's transaction that writes
// its audit entry and mail there too; the booking hot path's audit and outbox rows take their modules' shapes.
describe('API: booking transitions (BK6, BK7, BK8, BK14)', () => {
  const t = useApp();
  let alice: ApiClient;
  const by = () => ({
    ctx: { viewer: null, requestId: 'test:transitions' },
    now: t.app.deps.clock.now(),
    publicUrl: t.app.deps.config.publicUrl,
  });
  const auditActions = async (bookingId: string) =>
    (
      await sql(t).execute<Array<{ action: string }>>(
        `select action from audit_log where subject_type = 'Booking' and subject_id = ? order by id`,
        [bookingId],
      )
    ).map((r) => r.action);
  const statusOf = async (bookingId: string) =>
    (await sql(t).execute<Array<{ status: string }>>(`select status from bookings where id = ?`, [bookingId]))[0]
      .status;

  before(async () => {
    ({ alice } = await signInAll(t, { alice: 'alice@example.org' }));
  });

  it('BK6: a transition runs on the caller’s transaction: rolled back, the pre-reservation is live again, its place taken, nothing audited', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ priceCents: 1500 });
    const b = await bookTicket(alice, ticket);
    const rollback = new Error('rollback');
    let seenInside: BookingStatus | null = null;
    try {
      await t.app.db.orm.em.fork().transactional(async (tx) => {
        const booking = await tx.findOneOrFail(Booking, b.id);
        expect(await transitions.remove(tx, by(), booking)).to.equal(true);
        seenInside = booking.status;
        throw rollback;
      });
    } catch (e) {
      if (e !== rollback) throw e;
    }
    expect(seenInside, 'the ORM holds the row the transition wrote').to.equal('DELETED');
    expect(await statusOf(b.id)).to.equal('PRE_RESERVED');
    expect(await placesTaken(ev.board, ev.eventId, ticket)).to.equal(1);
    expect(await auditActions(b.id)).to.deep.equal(['booking.created']);
  });

  it('BK8: a transition from a status the booking is not in changes nothing, writes no audit entry and says so', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ priceCents: 0 });
    const b = await bookTicket(alice, ticket);
    expect(b.status).to.equal('RESERVED');
    const em = t.app.db.orm.em.fork();
    const outcome = await em.transactional(async (tx) => {
      const booking = await tx.findOneOrFail(Booking, b.id);
      const event = await tx.findOneOrFail(Event, booking.event.id);
      return {
        removed: await transitions.remove(tx, by(), booking),
        reserved: await transitions.reserve(tx, by(), booking, event, {}),
        reinstated: await transitions.reinstate(tx, by(), booking, event, {}),
        opposedFromPreReserved: await transitions.oppose(
          tx,
          by(),
          booking,
          [BookingStatus.PRE_RESERVED],
          'not this one',
          {},
        ),
        status: booking.status,
      };
    });
    expect(outcome).to.deep.equal({
      removed: false,
      reserved: false,
      reinstated: false,
      opposedFromPreReserved: false,
      status: 'RESERVED',
    });
    expect(await statusOf(b.id)).to.equal('RESERVED');
    expect(await auditActions(b.id)).to.deep.equal(['booking.created']);
  });

  it('BK7: after a transition the ORM entity is the row written, not dirty: committing writes nothing more, and the audit entry and mail go with it', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ priceCents: 1200 });
    const b = await bookTicket(alice, ticket);
    const em = t.app.db.orm.em.fork();
    const at = by();
    const dirty = await em.transactional(async (tx) => {
      const booking = await tx.findOneOrFail(Booking, b.id);
      const event = await tx.findOneOrFail(Event, booking.event.id);
      expect(await transitions.reserve(tx, at, booking, event, { data: { method: 'TEST' } })).to.equal(true);
      expect([booking.status, booking.expiresAt, booking.reservedAt?.getTime()]).to.deep.equal([
        'RESERVED',
        null,
        at.now.getTime(),
      ]);
      const uow = tx.getUnitOfWork();
      uow.computeChangeSets();
      return uow.getChangeSets().filter((cs) => cs.entity === booking).length;
    });
    expect(dirty, 'no change set left on the booking').to.equal(0);
    expect(await statusOf(b.id)).to.equal('RESERVED');
    expect(await auditActions(b.id)).to.deep.equal(['booking.created', 'booking.paid']);
    const mails = await sql(t).execute<Array<{ subject: string; ticket_booking_id: string | null }>>(
      `select subject, ticket_booking_id from outbox_mails where subject like ? order by id`,
      [`%${b.reference}%`],
    );
    expect(
      mails.map((m) => m.ticket_booking_id),
      'the pre-reservation mail, then the reservation mail with the ticket',
    ).to.deep.equal([null, b.id]);
    // The transition's conditions hold the other way too: opposing a live booking works once.
    const opposed = await t.app.db.orm.em.fork().transactional(async (tx) => {
      const booking = await tx.findOneOrFail(Booking, b.id);
      return [
        await transitions.oppose(tx, by(), booking, LIVE_STATUSES, 'test', {}),
        await transitions.oppose(tx, by(), booking, LIVE_STATUSES, 'again', {}),
      ];
    });
    expect(opposed).to.deep.equal([true, false]);
  });

  it('BK14: book writes its audit and outbox rows in their modules’ shapes: the subject, actor, request and data; a free reservation’s mail carries the ticket', async () => {
    const ev = await organizerEvent(t);
    const free = await ev.ticket({ priceCents: 0 });
    const b = await bookTicket(alice, free);
    const [row] = await sql(t).execute<
      Array<{
        actor: string;
        subject_type: string;
        reason: string | null;
        request_id: string | null;
        data: Record<string, unknown>;
      }>
    >(
      `select u.email as actor, a.subject_type, a.reason, a.request_id, a.data from audit_log a join users u on u.id = a.actor_id
        where a.subject_id = ? and a.action = 'booking.created'`,
      [b.id],
    );
    expect(row).to.deep.include({ actor: 'alice@example.org', subject_type: 'Booking', reason: null });
    expect(row.request_id).to.be.a('string').and.not.equal('');
    expect(row.data).to.deep.equal({ reference: b.reference, ticket: free, priceCents: 0, options: [], forced: false });
    const [mail] = await sql(t).execute<Array<{ to: string; ticket_booking_id: string | null; links: unknown }>>(
      `select "to", ticket_booking_id, links from outbox_mails where subject like ?`,
      [`%${b.reference}%`],
    );
    expect(mail.to).to.equal('alice@example.org');
    expect(mail.ticket_booking_id).to.equal(b.id);
    expect(mail.links).to.be.an('array').that.is.not.empty;
  });
});
