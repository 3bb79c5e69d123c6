import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { ShiftedClock } from '../../server/src/core/clock';
import { expirePreReservations } from '../../server/src/modules/bookings';
import { remindExpiring } from '../../server/src/modules/notifications';
import { useApp, type TestApp } from '../support/app';
import { answerValue, code, fields, MARK_PAID, OPPOSE, sql, VALIDATE } from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { createUser } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox, type ReceivedMail } from '../support/mailbox';

const HOUR = 3600_000;

const CORRECT = `mutation($id: ID!, $c: String!) { requestAnswerCorrection(id: $id, comment: $c) {
  id correctionRequestedAt correctionComment } }`;
const STATE = `query($id: ID!) { booking(id: $id) {
  id status expiresAt paymentDeadlinePaused
  requirements { state answer { id correctionComment } }
  notifications { kind label note createdAt seenAt } } }`;
const SEEN = `mutation($b: ID!) { markNotificationsSeen(bookingId: $b) }`;
const MINE = `{ myBookings { id notifications { kind label note } } }`;

/** A verified account in `language`, with a unique address; signed in. */
async function person(t: TestApp, name: string, language: 'fr' | 'en') {
  const email = `nt-${name.toLowerCase()}-${randomBytes(4).toString('hex')}@example.org`;
  await createUser(t, { email, firstName: name, lastName: 'Test', kind: 'EXTERNAL' });
  await sql(t).execute(`update users set language = ? where email = ?`, [language, email]);
  return { email, client: await t.signedIn(email) };
}

/** The mails to `to` whose subject holds `subject`, once the outbox is drained (so none is still coming). */
async function mailsTo(t: TestApp, to: string, subject: string): Promise<ReceivedMail[]> {
  await mailbox.settled(t);
  return mailbox.to(to).filter((m) => m.subject.includes(subject));
}

/** Exactly one such mail, in one language only, linking straight to the booking's page. */
async function toldOnce(t: TestApp, to: string, subject: string, bookingId: string, says: string[] = []) {
  const found = await mailsTo(t, to, subject);
  expect(
    found.map((m) => m.subject),
    `one "${subject}" mail to ${to}`,
  ).to.have.length(1);
  const [mail] = found;
  expect(mail.links, 'a direct link to the booking').to.include(`${t.app.deps.config.publicUrl}/bookings/${bookingId}`);
  for (const s of says) expect(mail.text).to.include(s);
  return mail;
}

const state = async (c: ApiClient, id: string) => (await c.data(STATE, { id })).booking;

describe('API: holders and sponsors are told (NT1)', function () {
  this.timeout(60_000);
  const clock = new ShiftedClock();
  const t = useApp({ clock });

  /** An event (48 h payment deadline) with a ticket open to guests and one PAYMENT-blocking extra information. */
  async function setUp() {
    const ev = await organizerEvent(t, { paymentDeadlineHours: 48 });
    const ticket = await ev.ticket();
    const info = await ev.extraInfo(ticket, { label: 'Certificat médical', type: 'TEXT', blocks: 'PAYMENT' });
    return { ev, ticket, info };
  }

  it('NT1: a correction request, the validation, payment becoming possible and the reservation are each mailed once to the holder (FR) and the sponsor (EN), in their language, with a direct link; the page lists them latest first', async () => {
    const { ev, ticket, info } = await setUp();
    const sponsor = await person(t, 'Sam', 'en');
    const holder = await person(t, 'Lea', 'fr');
    const b = (
      await sponsor.client.data(BOOK, {
        i: { ticketId: ticket, optionIds: [], guest: { firstName: 'Lea', lastName: 'Test', email: holder.email } },
      })
    ).book;
    const answerId = (await answerValue(sponsor.client, b.id, info, { text: 'scan.pdf' })).data!.answerExtraInfo.id;

    // The organizer sends it back with a comment.
    const comment = 'Le scan est illisible, merci de le renvoyer.';
    const asked = (await ev.board.data(CORRECT, { id: answerId, c: comment })).requestAnswerCorrection;
    expect(asked.correctionComment).to.equal(comment);
    // A retried request tells nobody twice.
    await ev.board.data(CORRECT, { id: answerId, c: comment });
    const fr = await toldOnce(t, holder.email, 'Information à corriger', b.id, [comment, 'Certificat médical']);
    expect(fr.text, 'French only').not.to.include('Information to correct');
    const en = await toldOnce(t, sponsor.email, 'Information to correct', b.id, [comment, 'Certificat médical']);
    expect(en.text, 'English only').to.include('which you made for them').and.not.to.include('Bonjour');
    expect((await state(holder.client, b.id)).requirements[0].state).to.equal('TO_CORRECT');

    // Answered again: the request is cleared.
    await answerValue(sponsor.client, b.id, info, { text: 'scan-lisible.pdf' });
    const again = await state(holder.client, b.id);
    expect(again.requirements[0]).to.deep.include({ state: 'WAITING_VALIDATION' });
    expect(again.requirements[0].answer.correctionComment).to.equal(null);

    await ev.board.data(VALIDATE, { id: answerId });
    await toldOnce(t, holder.email, 'Information validée', b.id, ['Certificat médical']);
    await toldOnce(t, sponsor.email, 'Information validated', b.id, ['Certificat médical']);
    await toldOnce(t, holder.email, 'Paiement possible', b.id, ['peut maintenant être payée']);
    await toldOnce(t, sponsor.email, 'Payment possible', b.id, ['can now be paid']);

    await ev.board.data(MARK_PAID, { i: { bookingId: b.id, method: 'CASH', amountCents: 1500, reference: '' } });
    const reserved = await toldOnce(t, holder.email, 'Réservation confirmée', b.id);
    expect(reserved.raw.attachments.length, 'the holder’s mail still carries the ticket').to.be.greaterThan(0);
    await toldOnce(t, sponsor.email, 'Reservation confirmed', b.id, ['confirmed reservation']);

    // On the booking's page and on "Mes réservations": what this person was told, latest first.
    const told = (await state(holder.client, b.id)).notifications;
    expect(told.map((n: { kind: string }) => n.kind)).to.deep.equal([
      'RESERVED',
      'PAYMENT_POSSIBLE',
      'ANSWER_VALIDATED',
      'CORRECTION_REQUESTED',
    ]);
    expect(told[3]).to.deep.include({ label: 'Certificat médical', note: comment });
    const mine = (await sponsor.client.data(MINE)).myBookings.find((x: { id: string }) => x.id === b.id);
    expect(mine.notifications).to.have.length(4);
    // An organizer sees the booking, not what was told to others.
    expect((await state(ev.board, b.id)).notifications).to.deep.equal([]);

    // Seen once the page is opened: the holder's own, once; nobody else's.
    expect(told.every((n: { seenAt: string | null }) => n.seenAt === null)).to.equal(true);
    expect((await ev.board.data(SEEN, { b: b.id })).markNotificationsSeen, 'nothing of theirs').to.equal(0);
    expect((await holder.client.data(SEEN, { b: b.id })).markNotificationsSeen).to.equal(4);
    expect((await holder.client.data(SEEN, { b: b.id })).markNotificationsSeen).to.equal(0);
    expect((await holder.client.data(SEEN, { b: 'nope' })).markNotificationsSeen).to.equal(0);
    expect(code(await t.client().request(SEEN, { b: b.id }))).to.equal('UNAUTHENTICATED');
    const after = (await state(holder.client, b.id)).notifications;
    expect(after.every((n: { seenAt: string | null }) => n.seenAt !== null)).to.equal(true);
    const sponsorSide = (await state(sponsor.client, b.id)).notifications;
    expect(
      sponsorSide.every((n: { seenAt: string | null }) => n.seenAt === null),
      'the sponsor’s are still new',
    ).to.equal(true);
  });

  it('NT1: the deadline does not run while payment waits only on the organizer; it restarts at the full delay once payment is possible (moved clock)', async () => {
    const { ev, ticket, info } = await setUp();
    const holder = await person(t, 'Noe', 'fr');
    const b = (await holder.client.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    expect(b.expiresAt, 'a deadline while the holder has something to do').to.be.a('string');

    const answerId = (await answerValue(holder.client, b.id, info, { text: 'ok' })).data!.answerExtraInfo.id;
    let now = await state(holder.client, b.id);
    expect(now).to.deep.include({ expiresAt: null, paymentDeadlinePaused: true });

    clock.advance(10 * 24 * HOUR); // far past the 48 h
    expect(await expirePreReservations(t.app.deps, t.app.db.orm.em.fork())).to.equal(0);
    expect((await state(holder.client, b.id)).status).to.equal('PRE_RESERVED');

    // Sent back to the holder: the deadline runs again (it is theirs to act).
    await ev.board.data(CORRECT, { id: answerId, c: 'Précisez' });
    now = await state(holder.client, b.id);
    expect(now.paymentDeadlinePaused).to.equal(false);
    expect(new Date(now.expiresAt).getTime()).to.be.closeTo(clock.now().getTime() + 48 * HOUR, 60_000);

    await answerValue(holder.client, b.id, info, { text: 'précisé' });
    expect((await state(holder.client, b.id)).paymentDeadlinePaused).to.equal(true);
    clock.advance(5 * 24 * HOUR);
    await ev.board.data(VALIDATE, { id: answerId });
    now = await state(holder.client, b.id);
    expect(now.paymentDeadlinePaused).to.equal(false);
    const restarted = new Date(now.expiresAt).getTime();
    expect(restarted, 'now + the event’s delay').to.be.closeTo(clock.now().getTime() + 48 * HOUR, 60_000);
    const paymentMail = await toldOnce(t, holder.email, 'Paiement possible', b.id);
    expect(paymentMail.text, 'the mail says the new deadline').to.include('À payer avant le');

    clock.advance(47 * HOUR);
    expect(await expirePreReservations(t.app.deps, t.app.db.orm.em.fork())).to.equal(0);
    clock.advance(2 * HOUR);
    expect(await expirePreReservations(t.app.deps, t.app.db.orm.em.fork())).to.equal(1);
    expect((await state(holder.client, b.id)).status).to.equal('EXPIRED');
  });

  it('NT1: a reminder before the deadline (once, even when the job runs again), then the expiry, each mailed once in the holder’s language (EN)', async () => {
    const { ticket } = await setUp();
    const holder = await person(t, 'Ava', 'en');
    const b = (await holder.client.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    const at = () => ({ now: clock.now(), publicUrl: t.app.deps.config.publicUrl });

    clock.advance(23 * HOUR); // 25 h left: not yet within the 24 h window
    expect(await remindExpiring(t.app.db.orm.em.fork(), at())).to.equal(0);
    clock.advance(2 * HOUR); // 23 h left
    // Three runs at once remind once (the booking's lock and the unique index decide), and a later run not again.
    const runs = await Promise.all([1, 2, 3].map(() => remindExpiring(t.app.db.orm.em.fork(), at())));
    expect(runs.reduce((x, y) => x + y, 0)).to.equal(1);
    expect(await remindExpiring(t.app.db.orm.em.fork(), at()), 'reminded once').to.equal(0);
    t.app.deps.outbox.kick();
    const reminders = await mailsTo(t, holder.email, 'about to expire');
    expect(reminders).to.have.length(1);
    expect(reminders[0].text).to.include('will expire on').and.not.to.include('expirera');
    expect(reminders[0].links).to.include(`${t.app.deps.config.publicUrl}/bookings/${b.id}`);

    clock.advance(24 * HOUR);
    expect(await expirePreReservations(t.app.deps, t.app.db.orm.em.fork())).to.equal(1);
    const expired = await mailsTo(t, holder.email, 'Pre-reservation expired');
    expect(expired).to.have.length(1);
    expect(expired[0].text).not.to.include('Bonjour');
    const told = (await state(holder.client, b.id)).notifications.map((n: { kind: string }) => n.kind);
    expect(told).to.deep.equal(['EXPIRED', 'EXPIRING']);
  });

  it('NT1: with a short payment delay, the reminder comes at half of it (6 h delay: 3 h before)', async () => {
    const ev = await organizerEvent(t, { paymentDeadlineHours: 6 });
    const ticket = await ev.ticket();
    const holder = await person(t, 'Eli', 'fr');
    const b = (await holder.client.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    const at = () => ({ now: clock.now(), publicUrl: t.app.deps.config.publicUrl });
    const reminded = async () =>
      (
        await sql(t).execute(
          `select count(*)::int as n from notifications where booking_id = ? and kind = 'EXPIRING'`,
          [b.id],
        )
      )[0].n;
    clock.advance(2.9 * HOUR); // 3.1 h left
    await remindExpiring(t.app.db.orm.em.fork(), at());
    expect(await reminded(), 'not yet').to.equal(0);
    clock.advance(0.2 * HOUR); // 2.9 h left
    await remindExpiring(t.app.db.orm.em.fork(), at());
    expect(await reminded()).to.equal(1);
    t.app.deps.outbox.kick();
    await toldOnce(t, holder.email, 'bientôt expirée', b.id, ['expirera le']);
  });

  it('NT1: an opposition is mailed once to the holder with its reason', async () => {
    const { ev, ticket } = await setUp();
    const holder = await person(t, 'Ines', 'fr');
    const b = (await holder.client.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    await ev.board.data(OPPOSE, { id: b.id, r: 'Chèque sans provision' });
    await toldOnce(t, holder.email, 'Réservation en opposition', b.id, ['Motif : Chèque sans provision']);
    const [n] = (await state(holder.client, b.id)).notifications;
    expect(n).to.deep.include({ kind: 'OPPOSED', note: 'Chèque sans provision' });
  });

  it('NT1/SEC: only someone with VALIDATE sends an answer back, with a comment; never a validated one', async () => {
    const { ev, ticket, info } = await setUp();
    const holder = await person(t, 'Hugo', 'fr');
    const b = (await holder.client.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    const answerId = (await answerValue(holder.client, b.id, info, { text: 'x' })).data!.answerExtraInfo.id;
    const stranger = await person(t, 'Zoe', 'fr');
    expect(code(await t.client().request(CORRECT, { id: answerId, c: 'x' }))).to.equal('UNAUTHENTICATED');
    expect(code(await holder.client.request(CORRECT, { id: answerId, c: 'x' }))).to.equal('FORBIDDEN');
    expect(code(await stranger.client.request(CORRECT, { id: answerId, c: 'x' }))).to.be.oneOf([
      'FORBIDDEN',
      'NOT_FOUND',
    ]);
    expect(code(await ev.board.request(CORRECT, { id: 'not-an-id', c: 'x' }))).to.equal('NOT_FOUND');
    expect(fields(await ev.board.request(CORRECT, { id: answerId, c: '   ' }))).to.deep.equal({ comment: 'REQUIRED' });
    expect(code(await ev.board.request(CORRECT, { id: answerId, c: 'a\u0000b' })), 'control characters').to.equal(
      'BAD_USER_INPUT',
    );
    expect(fields(await ev.board.request(CORRECT, { id: answerId, c: 'x'.repeat(1001) }))).to.deep.equal({
      comment: 'TOO_LONG',
    });
    await ev.board.data(VALIDATE, { id: answerId });
    expect(code(await ev.board.request(CORRECT, { id: answerId, c: 'trop tard' }))).to.equal('ANSWER_VALIDATED');
    await mailbox.expectNone(t, holder.email, (m) => m.subject.includes('corriger'), 'nothing was sent back');
  });
});
