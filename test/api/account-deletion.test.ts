import { expect } from 'chai';
import pg from 'pg';
import { ShiftedClock } from '../../server/src/core/clock';
import { useApp } from '../support/app';
import {
  answerFile,
  answerValue,
  AUDIT,
  code,
  MARK_PAID,
  OPPOSE,
  pdf,
  readBooking,
  sql,
  VALIDATE,
} from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { createUser } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';

const DAY = 86_400_000;
const STATUS = `{ accountDeletion { deletableFrom removes keeps } }`;
const DELETE_ME = `mutation($p: String!) { deleteMyAccount(password: $p) }`;
const VIEWER = `{ viewer { id } }`;
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { id } }`;
const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) }`;
const HOLDER = `query($id: ID!) { booking(id: $id) { holder { fullName firstName lastName email } } }`;
const KIT = `query($e: ID!) { checkInKit(eventId: $e) { bookings { id holderName } } }`;
const LIST = `query($e: ID!) { event(id: $e) { bookings { nodes { id holder { fullName email } } } } }`;

/** Every text, character and JSON column of every table, outside the payment records, that holds one of `needles`. */
async function traces(t: ReturnType<typeof useApp>, needles: string[]) {
  const db = sql(t);
  const columns = await db.execute<Array<{ s: string; tb: string; c: string }>>(
    `select table_schema as s, table_name as tb, column_name as c from information_schema.columns
      where table_schema not in ('pg_catalog', 'information_schema')
        and data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
        and table_name not in ('payments', 'payment_attempts', 'payment_messages')`,
  );
  const found: string[] = [];
  for (const { s, tb, c } of columns) {
    for (const needle of needles) {
      const rows = await db.execute<Array<{ n: number }>>(
        `select count(*)::int as n from "${s}"."${tb}" where lower("${c}"::text) like '%' || lower(?) || '%'`,
        [needle],
      );
      if (rows[0].n > 0) found.push(`${s}.${tb}.${c} holds ${needle}`);
    }
  }
  return found;
}

describe('API: an external account deletes itself (AC3)', () => {
  const clock = new ShiftedClock();
  const t = useApp({ clock });
  const email = 'zephyrine.supprimee@example.org';
  const names = ['Zéphyrine', 'Oublieuse'];
  let zoe: ApiClient;
  let userId: string;
  let world: { eventId: string; board: ApiClient; bookingId: string; fileKey: string; endsAt: Date };

  before(async () => {
    userId = await createUser(t, { email, kind: 'EXTERNAL', firstName: names[0], lastName: names[1] });
    zoe = await t.signedIn(email);
  });

  it('AC3: a school account can’t delete itself (FORBIDDEN); an external account without bookings may at once', async () => {
    const alice = await t.signedIn('alice@example.org');
    expect(code(await alice.request(STATUS))).to.equal('FORBIDDEN');
    expect(code(await alice.request(DELETE_ME, { p: 'billetterie-demo' }))).to.equal('FORBIDDEN');
    expect(code(await t.client().request(STATUS))).to.equal('UNAUTHENTICATED');
    const status = (await zoe.data(STATUS)).accountDeletion;
    expect(status.deletableFrom).to.equal(null);
    expect(status.removes).to.include.members([
      'NAMES',
      'EMAIL',
      'PASSWORD',
      'SESSIONS',
      'API_TOKENS',
      'UPLOADED_FILES',
    ]);
    expect(status.keeps).to.have.members(['BOOKINGS', 'PAYMENTS', 'AUDIT_LOG']);
  });

  it('AC3: with a booking, deletion is refused until 30 days after the event’s end, with the date; a wrong password is refused', async () => {
    const ev = await organizerEvent(t, { name: 'Gala de l’oubli' });
    const ticket = await ev.ticket({ priceCents: 1000 });
    const cert = await ev.extraInfo(ticket, {
      label: 'Certificat',
      blocks: 'PAYMENT',
      type: 'FILE',
      fileTypes: ['application/pdf'],
      fileMaxBytes: 4096,
    });
    const note = await ev.extraInfo(ticket, { label: 'Remarque', type: 'TEXT', blocks: 'ENTRY' });
    const b = (await zoe.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    const up = await answerFile(zoe, b.id, cert, {
      name: `certificat-${names[1]}.pdf`,
      type: 'application/pdf',
      data: pdf(),
    });
    expect(up.errors).to.equal(undefined);
    await ev.board.data(VALIDATE, { id: up.data!.answerExtraInfo.id });
    const noted = await answerValue(zoe, b.id, note, { text: 'Végétarien' });
    expect(noted.errors, JSON.stringify(noted.errors)).to.equal(undefined);
    await ev.board.data(MARK_PAID, {
      i: { bookingId: b.id, amountCents: 1000, method: 'CHEQUE', reference: 'CHQ-42' },
    });
    const [row] = await sql(t).execute<Array<{ file_key: string; ends_at: Date }>>(
      `select a.file_key, e.ends_at from answers a join bookings b on b.id = a.booking_id join events e on e.id = b.event_id
        where a.booking_id = ? and a.file_key is not null`,
      [b.id],
    );
    world = { eventId: ev.eventId, board: ev.board, bookingId: b.id, fileKey: row.file_key, endsAt: row.ends_at };
    const expected = new Date(new Date(row.ends_at).getTime() + 30 * DAY).toISOString();

    expect((await zoe.data(STATUS)).accountDeletion.deletableFrom).to.equal(expected);
    const early = await zoe.request(DELETE_ME, { p: 'billetterie-demo' });
    expect(code(early)).to.equal('ACCOUNT_DELETION_NOT_YET');
    expect(early.errors![0].extensions!.deletableFrom).to.equal(expected);
    const wrong = await zoe.request(DELETE_ME, { p: 'pas le bon mot de passe' });
    expect(code(wrong)).to.equal('BAD_USER_INPUT');
    expect(wrong.errors![0].extensions!.fields).to.deep.equal({ password: 'WRONG_PASSWORD' });

    // A deleted or expired pre-reservation doesn't count; a later event's booking does.
    clock.advance(new Date(expected).getTime() - clock.now().getTime() - DAY);
    expect(code(await zoe.request(DELETE_ME, { p: 'billetterie-demo' })), 'a day early').to.equal(
      'ACCOUNT_DELETION_NOT_YET',
    );
  });

  it('AC3: after the date (moved clock) the account is deleted: "Anonyme" everywhere, no trace of the name or email outside payment records, files removed, no sign-in, no mail; the email signs up again', async function () {
    this.timeout(60_000);
    clock.advance(2 * DAY);
    expect((await zoe.data(STATUS)).accountDeletion.deletableFrom).to.equal(null);
    expect(await traces(t, [email]), 'the scan does find the address before').to.not.be.empty;
    expect((await zoe.data(DELETE_ME, { p: 'billetterie-demo' })).deleteMyAccount).to.equal(true);

    // The session is gone, and so is the password: nothing signs in.
    expect((await zoe.data(VIEWER)).viewer).to.equal(null);
    expect(code(await t.client().request(SIGN_IN, { i: { email, password: 'billetterie-demo' } }))).to.equal(
      'INVALID_CREDENTIALS',
    );

    // The booking, its payment and its audit stay, as "Anonyme".
    const holder = (await world.board.data(HOLDER, { id: world.bookingId })).booking.holder;
    expect(holder).to.deep.equal({ fullName: 'Anonyme', firstName: '', lastName: '', email: '' });
    const listed = (await world.board.data(LIST, { e: world.eventId })).event.bookings.nodes.find(
      (n: { id: string }) => n.id === world.bookingId,
    );
    expect(listed.holder).to.deep.equal({ fullName: 'Anonyme', email: '' });
    const booking = await readBooking(world.board, world.bookingId);
    expect(booking.payments).to.deep.equal([
      { provider: 'MANUAL', method: 'CHEQUE', amountCents: 1000, currency: 'EUR', reference: 'CHQ-42' },
    ]);
    const log = (await world.board.data(AUDIT, { id: world.bookingId })).booking.auditLog as Array<{
      action: string;
      actorName: string | null;
    }>;
    expect(log.length).to.be.greaterThan(2);
    const byHolder = log.filter((e) => e.action.startsWith('booking.created') || e.action.startsWith('answer.'));
    expect(byHolder.map((e) => e.actorName)).to.include('Anonyme');
    expect(log.map((e) => e.actorName)).to.not.include(`${names[0]} ${names[1]}`);

    // The door's offline kit and scanner name the holder "Anonyme" too.
    const kit = (await world.board.data(KIT, { e: world.eventId })).checkInKit.bookings.find(
      (k: { id: string }) => k.id === world.bookingId,
    );
    expect(kit.holderName).to.equal('Anonyme');

    // Files are gone; no trace of the name or email in any text or JSON column (payment records aside).
    expect(await t.app.deps.storage.size(world.fileKey)).to.equal(null);
    expect(await traces(t, [email, ...names])).to.deep.equal([]);
    const [user] = await sql(t).execute(`select deleted_at, password_hash from users where id = ?`, [userId]);
    expect(user.deleted_at).to.not.equal(null);
    expect(user.password_hash).to.equal(null);
    // The proof triggers still hold outside the anonymising path.
    const err = await sql(t)
      .execute(`update audit_log set reason = 'x' where subject_id = ?`, [userId])
      .catch((e: Error) => e);
    expect(String(err)).to.include('append-only');

    // Nothing is mailed at the deleted account: an organizer's action on its booking queues no mail to it.
    await world.board.data(OPPOSE, { id: world.bookingId, r: 'Contrôle' });
    const [queued] = await sql(t).execute(
      `select count(*)::int as n from outbox_mails where "to" like '%@deleted.invalid' or "to" = ?`,
      [email],
    );
    expect(queued.n).to.equal(0);

    // The same email signs up again, as a new person.
    const fresh = t.client();
    expect(
      (
        await fresh.data(SIGN_UP, {
          i: { email, password: 'un tout nouveau mot de passe', firstName: 'Zéphyrine', lastName: 'Revenue' },
        })
      ).signUp,
    ).to.equal(true);
    await mailbox.waitFor(email, (m) => m.subject.includes('Vérifiez'));
    const [again] = await sql(t).execute(`select id from users where email = ?`, [email]);
    expect(again.id).to.not.equal(userId);
  });

  it('AC3: a booking made while the deletion runs can’t resurrect the account (it waits for the lock, then is refused)', async function () {
    this.timeout(30_000);
    const late = 'tardive.effacee@example.org';
    const lateId = await createUser(t, { email: late, kind: 'EXTERNAL', firstName: 'Tardive', lastName: 'Effacée' });
    const c = await t.signedIn(late);
    const start = clock.now().getTime() + 10 * DAY;
    const ev = await organizerEvent(t, {
      name: 'Course',
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 3600_000).toISOString(),
    });
    const ticket = await ev.ticket({ priceCents: 0 });

    const db = new pg.Client({ connectionString: t.app.deps.config.databaseUrl });
    await db.connect();
    try {
      await db.query('begin');
      await db.query(`select 1 from users where id = $1 for update`, [lateId]); // what the deletion holds
      const booking = c.request(BOOK, { i: { ticketId: ticket, optionIds: [] } });
      await new Promise((r) => setTimeout(r, 300));
      await db.query(`select anonymise_account($1, now())`, [lateId]);
      await db.query('commit');
      const res = await booking;
      expect(code(res)).to.equal('UNAUTHENTICATED');
    } finally {
      await db.end();
    }
    const [n] = await sql(t).execute(`select count(*)::int as n from bookings where holder_id = ?`, [lateId]);
    expect(n.n, 'no booking was written').to.equal(0);
    expect(await traces(t, [late, 'Tardive'])).to.deep.equal([]);
  });
});
