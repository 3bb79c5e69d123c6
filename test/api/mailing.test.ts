import { expect } from 'chai';
import { randomUUID } from 'node:crypto';
import { useApp } from '../support/app';
import { code, fields, sql } from '../support/booking-fixtures';
import { book, organizerEvent } from '../support/event-fixtures';
import { createUser } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';

// ML1: an event's ADMIN writes to the holders (optionally sponsors) of the event, filtered like the lists, with a
// preview and a recipient count; each recipient gets it once, in their language; the mailing is audited.

const PREVIEW = `query($e: ID!, $i: MailingDraftInput!) { mailingPreview(eventId: $e, input: $i) {
  recipientCount samples { language subject text html } } }`;
const SEND = `mutation($e: ID!, $i: MailingDraftInput!, $k: ID!) { sendMailing(eventId: $e, input: $i, idempotencyKey: $k) {
  id subject body recipientCount includeSponsors filter createdAt author { email } } }`;
const HISTORY = `query($e: ID!) { event(id: $e) { mailings { id subject recipientCount createdAt author { email } } } }`;
const CHECK_IN = `mutation($e: ID!, $b: ID) { checkIn(eventId: $e, bookingId: $b) { status } }`;

/** How long mail may take on a busy machine (the booking mails before ours carry tickets drawn on the way). */
const SLOW = 60_000;

/** A distinct subject per sending, so that each test reads back its own mails. */
let seq = 0;
const words = (over: Record<string, unknown> = {}) => ({
  subject: `Infos pratiques ${++seq}-${randomUUID().slice(0, 6)}`,
  body: 'Rendez-vous à **19 h** au Foyer.\n\n- venez tôt\n- apportez votre billet',
  ...over,
});

describe('API: mailing the attendees of an event (ML1)', function () {
  this.timeout(60_000);
  const t = useApp();
  let ev: Awaited<ReturnType<typeof organizerEvent>>;
  let ticketA: string;
  let ticketB: string;
  const people = {} as Record<'anna' | 'ben' | 'chloe' | 'dan' | 'gone', ApiClient>;
  const email = (who: string) => `${who}.ml1@example.org`;
  const GUEST = 'guest.ml1@example.org';
  const bookingOf = {} as Record<string, string>;

  /** Every mail received with this subject, by address. */
  const received = async (subject: string) => {
    await mailbox.settled(t, SLOW);
    const got = mailbox.messages.filter((m) => m.subject === subject);
    return got.flatMap((m) => m.to).sort();
  };

  before(async () => {
    ev = await organizerEvent(t, { name: 'Gala ML1' });
    ticketA = await ev.ticket({ name: 'Soirée', priceCents: 0 });
    ticketB = await ev.ticket({ name: 'Dîner', priceCents: 2500 });
    for (const who of ['anna', 'ben', 'chloe', 'dan', 'gone'] as const) {
      await createUser(t, { kind: 'EXTERNAL', email: email(who), firstName: who[0].toUpperCase() + who.slice(1) });
      people[who] = await t.signedIn(email(who));
    }
    await sql(t).execute(`update users set language = 'en' where email = ?`, [email('ben')]);
    // anna: free ticket A, reserved, checked in; ben: ticket A, reserved, and sponsor of a guest on ticket A;
    // chloe: ticket B, pre-reserved; dan: ticket B, pre-reserved; gone: ticket A, then deletes the account (AC3).
    const mine = async (who: keyof typeof people, ticket: string, guest?: Parameters<typeof book>[3]) => {
      const res = await book(people[who], ticket, [], guest);
      expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
      return res.data!.book as { id: string; status: string };
    };
    bookingOf.anna = (await mine('anna', ticketA)).id;
    bookingOf.ben = (await mine('ben', ticketA)).id;
    bookingOf.guest = (await mine('ben', ticketA, { firstName: 'Gaby', lastName: 'Invitée', email: GUEST })).id;
    bookingOf.chloe = (await mine('chloe', ticketB)).id;
    bookingOf.dan = (await mine('dan', ticketB)).id;
    bookingOf.gone = (await mine('gone', ticketA)).id;
    const [gone] = await sql(t).execute<Array<{ id: string }>>(`select id from users where email = ?`, [email('gone')]);
    await sql(t).execute(`select anonymise_account(?, now())`, [gone.id]);
    const ci = await ev.board.data(CHECK_IN, { e: ev.eventId, b: bookingOf.anna });
    expect(ci.checkIn.status).to.equal('OK');
  });

  const send = (c: ApiClient, input: Record<string, unknown>, key = randomUUID()) =>
    c.request(SEND, { e: ev.eventId, i: input, k: key });

  it('ML1: every live holder gets the message exactly once; a deleted account (AC3) is left out; the preview’s count is what is sent', async () => {
    const input = { ...words(), filter: null };
    const preview = (await ev.board.data(PREVIEW, { e: ev.eventId, i: input })).mailingPreview;
    expect(preview.recipientCount).to.equal(5);
    const res = await send(ev.board, input);
    expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
    expect(res.data!.sendMailing).to.deep.include({ recipientCount: 5, includeSponsors: false });
    expect(await received(input.subject)).to.deep.equal(
      [email('anna'), email('ben'), email('chloe'), email('dan'), GUEST].sort(),
    );
  });

  it('ML1: the filter of the lists is respected: ticket, statuses, checked in or not', async () => {
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ ticketId: ticketB }, [email('chloe'), email('dan')]],
      [{ statuses: ['RESERVED'] }, [email('anna'), email('ben'), GUEST]],
      [{ statuses: ['PRE_RESERVED'] }, [email('chloe'), email('dan')]],
      [{ statuses: ['DELETED', 'EXPIRED', 'OPPOSED'] }, []],
      [{ checkedIn: true }, [email('anna')]],
      [{ checkedIn: false, ticketId: ticketA }, [email('ben'), GUEST]],
      [{ search: 'chloe' }, [email('chloe')]],
    ];
    for (const [filter, expected] of cases) {
      const input = { ...words(), filter };
      const preview = (await ev.board.data(PREVIEW, { e: ev.eventId, i: input })).mailingPreview;
      expect(preview.recipientCount, JSON.stringify(filter)).to.equal(expected.length);
      if (!expected.length) {
        expect(code(await send(ev.board, input))).to.equal('NO_RECIPIENTS');
        continue;
      }
      const sent = (await ev.board.data(SEND, { e: ev.eventId, i: input, k: randomUUID() })).sendMailing;
      expect(sent.recipientCount).to.equal(expected.length);
      expect(JSON.parse(sent.filter)).to.deep.equal(filter);
      expect(await received(input.subject), JSON.stringify(filter)).to.deep.equal([...expected].sort());
    }
  });

  it('ML1: sponsors only when asked, and a holder who is also a sponsor gets one mail', async () => {
    const filter = { ticketId: ticketA, checkedIn: false };
    const without = { ...words(), filter, includeSponsors: false };
    await ev.board.data(SEND, { e: ev.eventId, i: without, k: randomUUID() });
    expect(await received(without.subject)).to.deep.equal([email('ben'), GUEST].sort());

    // Only the guest's booking: its holder (the guest) and, when asked, its sponsor (ben).
    const guestOnly = { search: 'Gaby' };
    const alone = { ...words(), filter: guestOnly };
    await ev.board.data(SEND, { e: ev.eventId, i: alone, k: randomUUID() });
    expect(await received(alone.subject)).to.deep.equal([GUEST]);
    const withSponsors = { ...words(), filter: guestOnly, includeSponsors: true };
    expect((await ev.board.data(PREVIEW, { e: ev.eventId, i: withSponsors })).mailingPreview.recipientCount).to.equal(
      2,
    );
    await ev.board.data(SEND, { e: ev.eventId, i: withSponsors, k: randomUUID() });
    expect(await received(withSponsors.subject)).to.deep.equal([email('ben'), GUEST].sort());
    const sponsorMail = mailbox.messages.find(
      (m) => m.subject === withSponsors.subject && m.to.includes(email('ben')),
    )!;
    expect(sponsorMail.text).to.include('you booked for a guest');

    // Ben holds a booking and sponsors the guest's: one mail, as a holder.
    const both = { ...words(), filter: { ticketId: ticketA }, includeSponsors: true };
    const sent = (await ev.board.data(SEND, { e: ev.eventId, i: both, k: randomUUID() })).sendMailing;
    expect(sent.recipientCount).to.equal(3);
    expect(await received(both.subject)).to.deep.equal([email('anna'), email('ben'), GUEST].sort());
    const bens = mailbox.messages.filter((m) => m.subject === both.subject && m.to.includes(email('ben')));
    expect(bens).to.have.length(1);
    expect(bens[0].text).to.include('you hold a booking');
  });

  it('ML1: each recipient reads the frame in their language (bilingual without an account); the organizer’s words as written', async () => {
    const input = { ...words(), filter: { ticketId: ticketA } };
    await ev.board.data(SEND, { e: ev.eventId, i: input, k: randomUUID() });
    await received(input.subject);
    const to = (who: string) => mailbox.messages.find((m) => m.subject === input.subject && m.to.includes(who))!;
    const fr = to(email('anna'));
    expect(fr.text).to.match(/^Bonjour Anna,/);
    expect(fr.text).to.include('Un message des organisateurs de « Gala ML1 »');
    expect(fr.text).to.include('parce que vous avez une réservation pour « Gala ML1 », organisé par');
    expect(fr.text).not.to.include('Hello');
    expect(fr.html).to.include('<strong>19 h</strong>').and.include('<li>venez tôt</li>');
    const en = to(email('ben'));
    expect(en.text).to.match(/^Hello Ben,/);
    expect(en.text).to.include('you hold a booking for “Gala ML1”');
    expect(en.text).not.to.include('Bonjour');
    const both = to(GUEST);
    expect(both.text).to.match(/^Bonjour Gaby,\nHello Gaby,/);
    for (const m of [fr, en, both]) {
      expect(m.text).to.include('Rendez-vous à **19 h** au Foyer.');
      expect(m.subject).to.equal(input.subject);
    }
  });

  it('ML1: the preview renders the mail in French and English for a sample recipient, and sends nothing', async () => {
    const input = { ...words({ body: 'Bonjour <script>alert(1)</script> [lien](javascript:alert(1))' }), filter: null };
    const before = mailbox.messages.length;
    const { samples } = (await ev.board.data(PREVIEW, { e: ev.eventId, i: input })).mailingPreview;
    expect(samples.map((s: { language: string }) => s.language)).to.deep.equal(['FR', 'EN']);
    expect(samples[0].text).to.match(/^Bonjour Anna,/);
    expect(samples[1].text).to.match(/^Hello Anna,/);
    for (const s of samples) {
      expect(s.subject).to.equal(input.subject);
      expect(s.html).not.to.include('<script').and.not.to.include('javascript:');
    }
    await mailbox.settled(t, SLOW);
    expect(mailbox.messages.length).to.equal(before);
    const [{ n }] = await sql(t).execute(`select count(*)::int as n from mailings where subject = ?`, [input.subject]);
    expect(n).to.equal(0);
  });

  it('ML1: the mailing is audited and listed in the event’s history (who, when, how many)', async () => {
    const input = { ...words(), filter: { ticketId: ticketB } };
    const sent = (await ev.board.data(SEND, { e: ev.eventId, i: input, k: randomUUID() })).sendMailing;
    const [entry] = await sql(t).execute<Array<{ action: string; data: any; actor: string }>>(
      `select a.action, a.data, u.email as actor from audit_log a join users u on u.id = a.actor_id
        where a.subject_type = 'Event' and a.subject_id = ? and a.data ->> 'mailingId' = ?`,
      [ev.eventId, sent.id],
    );
    expect(entry).to.deep.include({ action: 'mailing.sent', actor: 'bureau@example.org' });
    expect(entry.data).to.deep.include({ subject: input.subject, recipientCount: 2, includeSponsors: false });
    const { mailings } = (await ev.board.data(HISTORY, { e: ev.eventId })).event;
    expect(mailings[0]).to.deep.include({
      id: sent.id,
      subject: input.subject,
      recipientCount: 2,
      author: { email: 'bureau@example.org' },
    });
  });

  it('ML1: a retried request (same idempotency key) sends nothing twice, even when both arrive together', async () => {
    const input = { ...words(), filter: { ticketId: ticketB } };
    const key = randomUUID();
    const [a, b] = await Promise.all([send(ev.board, input, key), send(ev.board, input, key)]);
    expect(a.errors ?? b.errors, JSON.stringify(a.errors ?? b.errors)).to.equal(undefined);
    expect(a.data!.sendMailing.id).to.equal(b.data!.sendMailing.id);
    const again = await send(ev.board, input, key);
    expect(again.data!.sendMailing.id).to.equal(a.data!.sendMailing.id);
    expect(await received(input.subject)).to.deep.equal([email('chloe'), email('dan')]);
    const other = await send(ev.board, { ...input, subject: `${input.subject} (bis)` }, key);
    expect(code(other)).to.equal('CONFLICT');
    const [{ n }] = await sql(t).execute(`select count(*)::int as n from outbox_mails where mailing_id = ?`, [
      a.data!.sendMailing.id,
    ]);
    expect(n).to.equal(2);
  });

  it('ML1: the database refuses a second mail to one address in one mailing', async () => {
    const input = { ...words(), filter: { ticketId: ticketB } };
    const sent = (await ev.board.data(SEND, { e: ev.eventId, i: input, k: randomUUID() })).sendMailing;
    await mailbox.settled(t, SLOW);
    let error: unknown;
    try {
      await sql(t).execute(`insert into outbox_mails ("to", subject, text, mailing_id) values (?, 'x', 'x', ?)`, [
        email('CHLOE').toUpperCase(),
        sent.id,
      ]);
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.match(/outbox_mails_mailing_once/);
  });

  it('ML1: bad input is refused with codes, and nothing is sent', async () => {
    const cases: Array<[Record<string, unknown>, string, Record<string, string> | undefined]> = [
      [{ ...words(), subject: '  ' }, 'BAD_USER_INPUT', { subject: 'REQUIRED' }],
      [{ ...words(), body: '' }, 'BAD_USER_INPUT', { body: 'REQUIRED' }],
      [{ ...words(), subject: 'x'.repeat(201) }, 'BAD_USER_INPUT', { subject: 'TOO_LONG' }],
      [{ ...words(), body: 'x'.repeat(10_001) }, 'BAD_USER_INPUT', { body: 'TOO_LONG' }],
      [{ ...words(), filter: { ticketId: 'nope' } }, 'BAD_USER_INPUT', { ticketId: 'INVALID_FORMAT' }],
      [{ ...words(), filter: { search: 'personne-de-ce-nom' } }, 'NO_RECIPIENTS', undefined],
    ];
    for (const [input, expected, f] of cases) {
      const res = await send(ev.board, input);
      expect(code(res), JSON.stringify(res.errors)).to.equal(expected);
      if (f) expect(fields(res)).to.deep.include(f);
    }
    const bad = await ev.board.request(SEND, { e: ev.eventId, i: words(), k: 'not-a-uuid' });
    expect(code(bad)).to.equal('BAD_USER_INPUT');
    const [{ n }] = await sql(t).execute(`select count(*)::int as n from mailings where subject like 'x%'`);
    expect(n).to.equal(0);
  });

  it('ML1: only the event’s ADMINs may preview, send or list mailings (EDIT and VIEW are refused)', async () => {
    await createUser(t, { kind: 'EXTERNAL', email: 'edit.ml1@example.org' });
    await createUser(t, { kind: 'EXTERNAL', email: 'view.ml1@example.org' });
    await ev.grant('EDIT', 'edit.ml1@example.org');
    await ev.grant('VIEW', 'view.ml1@example.org');
    const editor = await t.signedIn('edit.ml1@example.org');
    const viewer = await t.signedIn('view.ml1@example.org');
    for (const [c, expected] of [
      [editor, 'FORBIDDEN'],
      [viewer, 'FORBIDDEN'],
      [people.anna, 'FORBIDDEN'],
      [t.client(), 'UNAUTHENTICATED'],
    ] as const) {
      const input = { ...words(), filter: null };
      expect(code(await send(c, input))).to.equal(expected);
      expect(code(await c.request(PREVIEW, { e: ev.eventId, i: input }))).to.equal(expected);
      const res = await c.request(HISTORY, { e: ev.eventId });
      expect(res.data?.event?.mailings ?? null).to.equal(null);
      await mailbox.settled(t, SLOW);
      await mailbox.expectNone(t, email('anna'), (m) => m.subject === input.subject, 'a refused mailing sends nothing');
    }
  });
});

describe('API: mailings are sent at a bounded rate (ML1)', function () {
  this.timeout(60_000);
  const t = useApp({ env: { MAILING_PER_MINUTE: '3' } });

  it('ML1: at most MAILING_PER_MINUTE mailing mails a minute, while service mail still goes at once', async () => {
    const ev = await organizerEvent(t, { name: 'Gala cadencé' });
    const ticket = await ev.ticket({ name: 'Entrée', priceCents: 0 });
    const holders = Array.from({ length: 5 }, (_, i) => `paced${i}.ml1@example.org`);
    for (const address of holders) {
      await createUser(t, { kind: 'EXTERNAL', email: address });
      const res = await book(await t.signedIn(address), ticket);
      expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
    }
    const subject = `Cadence ${randomUUID().slice(0, 8)}`;
    const sent = (
      await ev.board.data(SEND, {
        e: ev.eventId,
        i: { subject, body: 'Un mot.', filter: null },
        k: randomUUID(),
      })
    ).sendMailing;
    expect(sent.recipientCount).to.equal(5);
    // A booking's own mail, queued after the mailing, is not held back behind it.
    await createUser(t, { kind: 'EXTERNAL', email: 'late.ml1@example.org' });
    await book(await t.signedIn('late.ml1@example.org'), ticket);
    await mailbox.waitFor('late.ml1@example.org', () => true, SLOW);
    await t.app.deps.outbox.flush();
    const state = await sql(t).execute<Array<{ sent: number; waiting: number }>>(
      `select count(*) filter (where sent_at is not null)::int as sent, count(*) filter (where sent_at is null)::int as waiting
         from outbox_mails where mailing_id = ?`,
      [sent.id],
    );
    expect(state[0]).to.deep.equal({ sent: 3, waiting: 2 });
    expect(mailbox.messages.filter((m) => m.subject === subject)).to.have.length(3);
    // A minute later, the rest goes.
    await sql(t).execute(`update outbox_mails set paced_at = paced_at - interval '61 seconds' where mailing_id = ?`, [
      sent.id,
    ]);
    await t.app.deps.outbox.flush();
    await mailbox.settled(t, SLOW);
    expect(mailbox.messages.filter((m) => m.subject === subject)).to.have.length(5);
  });
});
