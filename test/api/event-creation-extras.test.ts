import { expect } from 'chai';
import { useApp } from '../support/app';
import { code, fields } from '../support/booking-fixtures';
import { eventInput } from '../support/event-fixtures';
import { createUser, idOf, TINY_PNG, uploadRequest } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';

// Issue 15: what the console's "new event" form sends in one submission (PY1 accounts preselected, EV3 cover).
const CREATE = `mutation($i: CreateEventInput!) { createEvent(input: $i) { id coverUrl paypalAccount { id } lydiaAccount { id } } }`;
const CREATE_WITH_COVER = `mutation($i: CreateEventInput!, $cover: Upload) { createEvent(input: $i, cover: $cover) { id name coverUrl } }`;
const PAYPAL = `mutation($i: CreatePaypalAccountInput!) { createPaypalAccount(input: $i) { id } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivatePaymentAccount(id: $id) { id } }`;
const CLUBS = `{ clubs { id paymentAccountsForNewEvent { id provider } paymentAccountSuggestion { paypal { id } lydia { id } } } }`;
const EVENT = `query($id: ID!) { event(id: $id) { paypalAccount { id } paymentAccountSuggestion { paypal { id } lydia { id } } } }`;
const PICK = `mutation($e: ID!, $p: ID, $l: ID) { setEventPaymentAccounts(eventId: $e, paypalAccountId: $p, lydiaAccountId: $l) { id } }`;
const COUNT = `select count(*)::int as n from events where club_id = ?`;

describe('API: creating an event with its payment accounts and cover (issue 15)', function () {
  this.timeout(30_000);
  const t = useApp({ env: { COVER_MAX_KB: '16' } });
  let board: ApiClient;
  let other: ApiClient;
  let admin: ApiClient;
  let theatre: string;
  let net7: string;

  /** The club as `c` sees it in the clubs list. */
  const club = async (c: ApiClient, id: string) =>
    (
      (await c.data(CLUBS)).clubs as Array<{
        id: string;
        paymentAccountsForNewEvent: unknown;
        paymentAccountSuggestion: any;
      }>
    ).find((x) => x.id === id)!;
  const events = async (clubId: string) =>
    (await t.app.db.orm.em.fork().getConnection().execute<Array<{ n: number }>>(COUNT, [clubId]))[0].n;

  before(async () => {
    // A club of its own: no demo account, so the counts below are this test's.
    await createUser(t, {
      email: 'board-theatre@example.org',
      schoolSlug: 'ensiacet',
      classYear: 2027,
      kind: 'SCHOOL',
      clubs: [{ slug: 'theatre-a7', isBoard: true }],
    });
    board = await t.signedIn('board-theatre@example.org');
    other = await t.signedIn('alice@example.org');
    admin = await t.signedIn('admin@example.org');
    theatre = await idOf(t, 'club', 'theatre-a7');
    net7 = await idOf(t, 'club', 'net7');
  });

  it('PY1: the club’s only active PayPal account is suggested; none with two; deactivating one suggests the other again', async () => {
    const first = (await board.data(CREATE, { i: eventInput(theatre) })).createEvent;
    const suggestion = async () => (await club(board, theatre)).paymentAccountSuggestion;
    expect(await suggestion()).to.deep.equal({ paypal: null, lydia: null });

    const a = (
      await board.data(PAYPAL, { i: { eventId: first.id, receiverEmail: 'a@theatre.example', description: 'A' } })
    ).createPaypalAccount.id;
    expect(await suggestion()).to.deep.equal({ paypal: { id: a }, lydia: null });
    const eventSuggestion = async (id: string) => (await board.data(EVENT, { id })).event.paymentAccountSuggestion;
    expect(await eventSuggestion(first.id), 'the payments page of an event without account').to.deep.equal({
      paypal: { id: a },
      lydia: null,
    });

    const b = (
      await board.data(PAYPAL, { i: { eventId: first.id, receiverEmail: 'b@theatre.example', description: 'B' } })
    ).createPaypalAccount.id;
    expect(await suggestion(), 'two active accounts: the organizer chooses').to.deep.equal({
      paypal: null,
      lydia: null,
    });
    await admin.data(DEACTIVATE, { id: b });
    expect(await suggestion(), 'a deactivated account does not count').to.deep.equal({
      paypal: { id: a },
      lydia: null,
    });
    expect((await club(board, theatre)).paymentAccountsForNewEvent as Array<{ id: string }>).to.deep.equal([
      { id: a, provider: 'PAYPAL' },
    ]);

    await board.data(PICK, { e: first.id, p: a, l: null });
    expect(await eventSuggestion(first.id), 'nothing is suggested once the event has its account').to.deep.equal({
      paypal: null,
      lydia: null,
    });
  });

  it('PY1: createEvent takes the club’s active accounts; another club’s, a deactivated or a wrong-provider one is refused and creates nothing', async () => {
    const [account] = (await club(board, theatre)).paymentAccountsForNewEvent as Array<{ id: string }>;
    const made = (await board.data(CREATE, { i: eventInput(theatre, { paypalAccountId: account.id }) })).createEvent;
    expect(made.paypalAccount).to.deep.equal({ id: account.id });
    expect(made.lydiaAccount, 'none chosen: none').to.equal(null);
    const none = (await board.data(CREATE, { i: eventInput(theatre, { paypalAccountId: null }) })).createEvent;
    expect(none.paypalAccount, 'the organizer may still choose none').to.equal(null);

    const before = await events(theatre);
    expect(
      fields(await board.request(CREATE, { i: eventInput(theatre, { lydiaAccountId: account.id }) })),
    ).to.deep.equal({
      lydiaAccountId: 'UNKNOWN_REFERENCE',
    });
    expect(
      fields(await board.request(CREATE, { i: eventInput(theatre, { paypalAccountId: 'not-a-uuid' }) })),
    ).to.deep.equal({
      paypalAccountId: 'UNKNOWN_REFERENCE',
    });
    const all = (await admin.data(`{ allPaymentAccounts { id active club { id } } }`)).allPaymentAccounts as Array<{
      id: string;
      active: boolean;
      club: { id: string };
    }>;
    const deactivated = all.find((x) => x.club.id === theatre && !x.active)!;
    expect(code(await board.request(CREATE, { i: eventInput(theatre, { paypalAccountId: deactivated.id }) }))).to.equal(
      'CONFLICT',
    );
    // An account of another club is as unknown as one that does not exist (SEC5).
    const net7Event = (await admin.data(CREATE, { i: eventInput(net7) })).createEvent.id;
    const foreign = (
      await admin.data(PAYPAL, { i: { eventId: net7Event, receiverEmail: 'n@net7.example', description: 'N7' } })
    ).createPaypalAccount.id;
    expect(code(await board.request(CREATE, { i: eventInput(theatre, { paypalAccountId: foreign }) }))).to.equal(
      'NOT_FOUND',
    );
    expect(await events(theatre), 'nothing was created').to.equal(before);
  });

  it('EV2, PY1, SEC4: only those who may create the club’s events read its accounts and suggestion (null for others)', async () => {
    expect(await club(other, theatre)).to.deep.include({
      paymentAccountsForNewEvent: null,
      paymentAccountSuggestion: null,
    });
    expect(await club(board, net7), 'a board member of another club').to.deep.include({
      paymentAccountsForNewEvent: null,
      paymentAccountSuggestion: null,
    });
    expect((await club(t.client(), theatre)).paymentAccountSuggestion, 'signed out').to.equal(null);
    expect((await club(admin, theatre)).paymentAccountSuggestion.paypal).to.not.equal(null);
  });

  it('EV3: the cover chosen at creation is checked by content and stored with the new event', async () => {
    const res = await uploadRequest(
      board,
      CREATE_WITH_COVER,
      { i: eventInput(theatre, { name: 'Avec affiche' }) },
      'cover',
      {
        name: 'cover.png',
        type: 'image/png',
        data: TINY_PNG,
      },
    );
    expect(res.errors).to.equal(undefined);
    const url: string = res.data!.createEvent.coverUrl;
    expect(url).to.match(new RegExp(`^/media/events/${res.data!.createEvent.id}/cover\\?v=`));
    const img = await fetch(`${t.url}${url}`);
    expect(img.headers.get('content-type')).to.equal('image/png');
    expect(Buffer.from(await img.arrayBuffer()).equals(TINY_PNG)).to.equal(true);
  });

  it('EV3, SEC1: a hostile or too large cover at creation is refused on the cover field and creates nothing', async () => {
    const before = await events(theatre);
    const files = [
      { name: 'evil.png', type: 'image/png', data: Buffer.from('<svg onload=alert(1)></svg>') },
      { name: 'page.html', type: 'text/html', data: Buffer.from('<!doctype html><script>alert(1)</script>') },
      { name: 'empty.png', type: 'image/png', data: Buffer.alloc(0) },
      { name: 'big.png', type: 'image/png', data: Buffer.concat([TINY_PNG, Buffer.alloc(40 * 1024)]) },
    ];
    for (const file of files) {
      const res = await uploadRequest(board, CREATE_WITH_COVER, { i: eventInput(theatre) }, 'cover', file);
      expect(res.errors?.[0].extensions?.code, file.name).to.equal('BAD_USER_INPUT');
      expect(Object.keys((res.errors?.[0].extensions?.fields as object) ?? {}), file.name).to.deep.equal(['cover']);
    }
    // The event's own fields are checked before any file is read: a bad name and a bad file give the name's error.
    const both = await uploadRequest(
      board,
      CREATE_WITH_COVER,
      { i: eventInput(theatre, { name: ' ' }) },
      'cover',
      files[0],
    );
    expect(both.errors?.[0].extensions?.fields).to.deep.equal({ name: 'REQUIRED' });
    expect(await events(theatre), 'no event was created').to.equal(before);
  });

  it('EV2, SEC5: a stranger’s cover is never read: FORBIDDEN before the file, nothing created', async () => {
    const before = await events(theatre);
    const res = await uploadRequest(other, CREATE_WITH_COVER, { i: eventInput(theatre) }, 'cover', {
      name: 'cover.png',
      type: 'image/png',
      data: TINY_PNG,
    });
    expect(res.errors?.[0].extensions?.code).to.equal('FORBIDDEN');
    expect(await events(theatre)).to.equal(before);
  });
});
