import { expect } from 'chai';
import { useApp } from '../support/app';
import { code, fields, sql } from '../support/booking-fixtures';
import { eventInput, organizerEvent } from '../support/event-fixtures';
import { idOf, signInAll } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { LYDIA_DEMO, simulators } from '../support/payment-fixtures';

const PEOPLE = {
  admin: 'admin@example.org',
  alice: 'alice@example.org',
  bruno: 'bruno@example.org',
  chloe: 'chloe@example.org',
  anonymous: null,
};
type People = Record<keyof typeof PEOPLE, ApiClient>;

const ACCOUNT = 'id provider description paypalReceiverEmail lydiaVendorToken active deactivatedAt club { id }';
const PAYPAL = `mutation($i: CreatePaypalAccountInput!) { createPaypalAccount(input: $i) { ${ACCOUNT} } }`;
const LYDIA = `mutation($i: CreateLydiaAccountInput!) { createLydiaAccount(input: $i) { ${ACCOUNT} } }`;
const BUSINESSES = `mutation($e: ID!, $p: String!, $w: String!) { lydiaBusinesses(eventId: $e, phone: $p, password: $w) { name vendorToken } }`;
const PICK = `mutation($e: ID!, $p: ID, $l: ID) { setEventPaymentAccounts(eventId: $e, paypalAccountId: $p, lydiaAccountId: $l) { id paypalAccount { id } lydiaAccount { id } } }`;
const CHOICES = `query($e: ID!) { event(id: $e) { paymentAccountChoices { id provider active } paypalAccount { id } } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivatePaymentAccount(id: $id) { id active deactivatedAt } }`;
const ALL = `{ allPaymentAccounts { id } }`;

describe('API: payment accounts (PY1, PY4)', function () {
  this.timeout(30_000);
  const t = useApp();
  let p: People;
  before(async () => {
    p = await signInAll(t, PEOPLE);
  });

  it('PY1: an event ADMIN creates PayPal and Lydia accounts for the event’s club; EDIT, other people and anonymous cannot', async () => {
    const ev = await organizerEvent(t);
    await ev.grant('EDIT', 'chloe@example.org');
    const input = { eventId: ev.eventId, receiverEmail: ' Tresor@BDE.example ', description: 'PayPal BDE' };
    const account = (await ev.board.data(PAYPAL, { i: input })).createPaypalAccount;
    expect(account).to.deep.include({
      provider: 'PAYPAL',
      description: 'PayPal BDE',
      paypalReceiverEmail: 'tresor@bde.example',
      lydiaVendorToken: null,
      active: true,
    });
    expect(account.club.id).to.equal(await idOf(t, 'club', 'net7'));
    expect(code(await p.chloe.request(PAYPAL, { i: input })), 'EDIT is not enough').to.equal('FORBIDDEN');
    expect(code(await p.bruno.request(PAYPAL, { i: input })), 'a visitor of the public event').to.equal('FORBIDDEN');
    expect(code(await p.anonymous.request(PAYPAL, { i: input }))).to.equal('UNAUTHENTICATED');
    expect(fields(await ev.board.request(PAYPAL, { i: { ...input, receiverEmail: 'not an email' } }))).to.deep.equal({
      receiverEmail: 'INVALID_EMAIL',
    });
    expect(fields(await ev.board.request(PAYPAL, { i: { ...input, description: '' } }))).to.deep.equal({
      description: 'REQUIRED',
    });
    expect(
      code(
        await p.chloe.request(LYDIA, {
          i: {
            eventId: ev.eventId,
            description: 'x',
            vendorToken: LYDIA_DEMO.vendorToken,
            privateToken: LYDIA_DEMO.privateToken,
          },
        }),
      ),
    ).to.equal('FORBIDDEN');
  });

  it('PY1 PY4: a Lydia pair is checked with Lydia; the private token is stored encrypted and no API field returns it', async () => {
    const ev = await organizerEvent(t);
    const base = { eventId: ev.eventId, description: 'Lydia BDE', vendorToken: LYDIA_DEMO.vendorToken };
    expect(code(await ev.board.request(LYDIA, { i: { ...base, privateToken: 'wrong-private-token' } }))).to.equal(
      'PROVIDER_REFUSED',
    );
    expect(fields(await ev.board.request(LYDIA, { i: base }))).to.deep.equal({ privateToken: 'REQUIRED' });
    const account = (await ev.board.data(LYDIA, { i: { ...base, privateToken: LYDIA_DEMO.privateToken } }))
      .createLydiaAccount;
    expect(account).to.deep.include({
      provider: 'LYDIA',
      lydiaVendorToken: LYDIA_DEMO.vendorToken,
      paypalReceiverEmail: null,
    });
    const [row] = await sql(t).execute(`select lydia_private_token_enc as enc from payment_accounts where id = ?`, [
      account.id,
    ]);
    expect(row.enc).to.match(/^v1\./).and.not.include(LYDIA_DEMO.privateToken);
    expect(t.app.deps.secrets.open(row.enc, account.id)).to.equal(LYDIA_DEMO.privateToken);
    const type = (await p.admin.data(`{ __type(name: "PaymentAccount") { fields { name } } }`)).__type.fields.map(
      (f: { name: string }) => f.name,
    );
    expect(type.filter((n: string) => /private|secret|password/i.test(n))).to.deep.equal([]);
    await simulators(t).lydiaMode(true);
    expect(code(await ev.board.request(LYDIA, { i: { ...base, privateToken: LYDIA_DEMO.privateToken } }))).to.equal(
      'PROVIDER_UNAVAILABLE',
    );
    await simulators(t).lydiaMode(false);
  });

  it('PY4: the tokens are retrieved from the Lydia phone and password, which are not stored; a wrong password is PROVIDER_REFUSED', async () => {
    const ev = await organizerEvent(t);
    const list = (await ev.board.data(BUSINESSES, { e: ev.eventId, p: LYDIA_DEMO.phone, w: LYDIA_DEMO.password }))
      .lydiaBusinesses;
    expect(list).to.deep.equal([{ name: 'BDE Démo', vendorToken: LYDIA_DEMO.vendorToken }]);
    expect(code(await ev.board.request(BUSINESSES, { e: ev.eventId, p: LYDIA_DEMO.phone, w: 'nope' }))).to.equal(
      'PROVIDER_REFUSED',
    );
    expect(
      code(await p.bruno.request(BUSINESSES, { e: ev.eventId, p: LYDIA_DEMO.phone, w: LYDIA_DEMO.password })),
    ).to.equal('FORBIDDEN');
    const account = (
      await ev.board.data(LYDIA, {
        i: {
          eventId: ev.eventId,
          description: 'Par connexion',
          vendorToken: LYDIA_DEMO.vendorToken,
          phone: LYDIA_DEMO.phone,
          password: LYDIA_DEMO.password,
        },
      })
    ).createLydiaAccount;
    expect(
      t.app.deps.secrets.open(
        (
          await sql(t).execute(`select lydia_private_token_enc as enc from payment_accounts where id = ?`, [account.id])
        )[0].enc,
        account.id,
      ),
    ).to.equal(LYDIA_DEMO.privateToken);
    expect(
      fields(
        await ev.board.request(LYDIA, {
          i: {
            eventId: ev.eventId,
            description: 'x',
            vendorToken: 'unknown',
            phone: LYDIA_DEMO.phone,
            password: LYDIA_DEMO.password,
          },
        }),
      ),
    ).to.deep.equal({ vendorToken: 'UNKNOWN_REFERENCE' });
    const [{ n }] = await sql(t).execute(
      `select count(*)::int as n from (select row_to_json(a)::text as j from payment_accounts a union all select row_to_json(l)::text from audit_log l union all select row_to_json(m)::text from payment_messages m) x where j like ?`,
      [`%${LYDIA_DEMO.password}%`],
    );
    expect(n, 'the password is nowhere in the database').to.equal(0);
  });

  it('PY1: accounts never change (PostgreSQL refuses edits and deletes); only platform admins deactivate, once', async () => {
    const ev = await organizerEvent(t);
    const account = (
      await ev.board.data(PAYPAL, { i: { eventId: ev.eventId, receiverEmail: 'a@bde.example', description: 'Compte' } })
    ).createPaypalAccount;
    for (const stmt of [
      `update payment_accounts set paypal_receiver_email = 'pirate@example.com' where id = ?`,
      `update payment_accounts set description = 'x' where id = ?`,
      `delete from payment_accounts where id = ?`,
    ]) {
      let refused = false;
      await sql(t)
        .execute(stmt, [account.id])
        .catch(() => (refused = true));
      expect(refused, stmt).to.equal(true);
    }
    expect(code(await ev.board.request(DEACTIVATE, { id: account.id })), 'event admins can’t').to.equal('FORBIDDEN');
    expect(code(await ev.board.request(ALL))).to.equal('FORBIDDEN');
    expect((await p.admin.data(ALL)).allPaymentAccounts.map((a: { id: string }) => a.id)).to.include(account.id);
    const off = (await p.admin.data(DEACTIVATE, { id: account.id })).deactivatePaymentAccount;
    expect(off.active).to.equal(false);
    expect(code(await p.admin.request(DEACTIVATE, { id: account.id }))).to.equal('CONFLICT');
    let refused = false;
    await sql(t)
      .execute(`update payment_accounts set deactivated_at = null where id = ?`, [account.id])
      .catch(() => (refused = true));
    expect(refused, 'no reactivation behind the API').to.equal(true);
  });

  it('PY1: an event picks at most one account of each provider among its club’s active ones; checkouts stop when its account is deactivated', async () => {
    const ev = await organizerEvent(t);
    const mk = async (i: Record<string, unknown>) =>
      (await ev.board.data(PAYPAL, { i: { eventId: ev.eventId, description: 'c', ...i } })).createPaypalAccount
        .id as string;
    const a1 = await mk({ receiverEmail: 'one@bde.example' });
    const a2 = await mk({ receiverEmail: 'two@bde.example' });
    const lydia = (
      await ev.board.data(LYDIA, {
        i: {
          eventId: ev.eventId,
          description: 'L',
          vendorToken: LYDIA_DEMO.vendorToken,
          privateToken: LYDIA_DEMO.privateToken,
        },
      })
    ).createLydiaAccount.id;
    const picked = (await ev.board.data(PICK, { e: ev.eventId, p: a1, l: lydia })).setEventPaymentAccounts;
    expect(picked.paypalAccount.id).to.equal(a1);
    expect(
      fields(await ev.board.request(PICK, { e: ev.eventId, p: lydia, l: null })),
      'a Lydia account is not a PayPal one',
    ).to.deep.equal({ paypalAccountId: 'UNKNOWN_REFERENCE' });
    // Another club's event can't pick net7's account.
    const otherClubEvent = (
      await p.admin.data(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
        i: eventInput(await idOf(t, 'club', 'gala-n7')),
      })
    ).createEvent.id;
    expect(code(await p.admin.request(PICK, { e: otherClubEvent, p: a2, l: null })), 'another club’s account').to.equal(
      'NOT_FOUND',
    );
    await p.admin.data(DEACTIVATE, { id: a2 });
    expect(
      code(await ev.board.request(PICK, { e: ev.eventId, p: a2, l: null })),
      'a deactivated account is not picked',
    ).to.equal('CONFLICT');
    const choices = (await ev.board.data(CHOICES, { e: ev.eventId })).event.paymentAccountChoices.map(
      (a: { id: string }) => a.id,
    );
    expect(choices).to.include.members([a1, lydia]).and.not.include(a2);
    expect(code(await p.alice.request(CHOICES, { e: ev.eventId }))).to.equal('FORBIDDEN');

    const ticket = await ev.ticket({ priceCents: 1000 });
    const booking = (
      await p.alice.data(`mutation($i: BookInput!) { book(input: $i) { id paymentOffer { providers } } }`, {
        i: { ticketId: ticket, optionIds: [] },
      })
    ).book;
    expect(booking.paymentOffer.providers).to.deep.equal(['PAYPAL', 'LYDIA']);
    await p.admin.data(DEACTIVATE, { id: a1 });
    const after = (
      await p.alice.data(`query($id: ID!) { booking(id: $id) { paymentOffer { providers } } }`, { id: booking.id })
    ).booking;
    expect(after.paymentOffer.providers, 'a deactivated account takes no new payment').to.deep.equal(['LYDIA']);
    expect(
      (await ev.board.data(PICK, { e: ev.eventId, p: a1, l: null })).setEventPaymentAccounts.paypalAccount.id,
      'keeping the current one is allowed',
    ).to.equal(a1);
  });
});
