import { Writable } from 'node:stream';
import { expect } from 'chai';
import { createLogger } from '../../server/src/core/logger';
import { useApp } from '../support/app';
import { answerValue, fields } from '../support/booking-fixtures';
import { BOOK, eventInput, organizerEvent } from '../support/event-fixtures';
import { idOf } from '../support/fixtures';
import type { GraphQLResponse } from '../support/graphql';

/** Everything the server logs, at every level, kept in memory for the assertions. */
class LogSink extends Writable {
  text = '';
  _write(chunk: Buffer, _enc: string, done: () => void) {
    this.text += chunk.toString();
    done();
  }
}

const SIGN_UP = `mutation($i: SignUpInput!) { signUp(input: $i) }`;
const SIGN_IN = `mutation($i: SignInInput!) { signIn(input: $i) { id } }`;
const RESET = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const NEW_PASSWORD = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`;
const CREATE_EVENT = `mutation($i: CreateEventInput!) { createEvent(input: $i) { id name description } }`;
const SEARCH = `query($e: ID!, $f: BookingFilter) { event(id: $e) { bookings(filter: $f, first: 10) { totalCount } } }`;
const IMPORT = `mutation($csv: String!) { importSchoolAccounts(csv: $csv, dryRun: true) { applied errors { line field code } } }`;

// C0 controls (NUL first), DEL, C1 controls and lone surrogates: never valid in text.
const CONTROLS = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u009f', '\ud800', '\udfff'];
const show = (s: string) => JSON.stringify(s);

/** A refusal at the boundary: BAD_USER_INPUT naming the field, never a 500. */
function expectRefused(res: GraphQLResponse, field: string, what: string) {
  expect(res.status, `${what}: HTTP status`).to.be.below(500);
  expect(res.errors?.[0]?.extensions?.code, `${what}: ${JSON.stringify(res.errors)}`).to.equal('BAD_USER_INPUT');
  expect(fields(res)?.[field], `${what}: fields ${JSON.stringify(fields(res))}`).to.equal('INVALID_FORMAT');
}

describe('API: text input at the boundary and logs without secrets (SEC3)', () => {
  const sink = new LogSink();
  const t = useApp({ log: () => createLogger('trace', { destination: sink }) });

  it('SEC3: NUL and other control characters in sign-up, sign-in and password reset are refused with a field error, never a 500', async () => {
    const c = t.client();
    for (const x of CONTROLS) {
      const ok = {
        email: 'nul-signup@example.org',
        password: 'un mot de passe long',
        firstName: 'Léa',
        lastName: 'Nouvelle',
      };
      expectRefused(
        await c.request(SIGN_UP, { i: { ...ok, email: `nul${x}-signup@example.org` } }),
        'email',
        `signUp email ${show(x)}`,
      );
      expectRefused(
        await c.request(SIGN_UP, { i: { ...ok, firstName: `Lé${x}a` } }),
        'firstName',
        `signUp firstName ${show(x)}`,
      );
      expectRefused(
        await c.request(SIGN_UP, { i: { ...ok, password: `un mot de passe${x} long` } }),
        'password',
        `signUp password ${show(x)}`,
      );
      expectRefused(
        await c.request(SIGN_IN, { i: { email: `alice${x}@example.org`, password: 'billetterie-demo' } }),
        'email',
        `signIn email ${show(x)}`,
      );
      expectRefused(
        await c.request(SIGN_IN, { i: { email: 'alice@example.org', password: `billetterie${x}-demo` } }),
        'password',
        `signIn password ${show(x)}`,
      );
      expectRefused(await c.request(RESET, { e: `bruno${x}@example.org` }), 'email', `requestPasswordReset ${show(x)}`);
      expectRefused(
        await c.request(NEW_PASSWORD, { i: { token: `tok${x}en`, password: 'a brand new password' } }),
        'token',
        `resetPassword token ${show(x)}`,
      );
    }
    // Inline literals are checked like variables.
    expectRefused(
      await c.request(`mutation { requestPasswordReset(email: "bruno\\u0000@example.org") }`),
      'email',
      'inline literal',
    );
    expectRefused(
      await c.request(`mutation { signIn(input: { email: "alice@example.org", password: "x\\u001by" }) { id } }`),
      'password',
      'inline input literal',
    );
  });

  it('SEC3: control characters in event names, guest names and emails, answers and searches are refused; newlines stay allowed in descriptions and answers', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const text = await ev.extraInfo(ticket, { label: 'Allergies', type: 'TEXT', blocks: 'ENTRY' });
    const net7 = await idOf(t, 'club', 'net7');
    const bruno = await t.signedIn('bruno@example.org');
    const guest = { firstName: 'Zoé', lastName: 'Lefèvre', email: 'zoe-guest@example.org' };
    for (const x of CONTROLS) {
      expectRefused(
        await ev.board.request(CREATE_EVENT, { i: eventInput(net7, { name: `Gala${x}` }) }),
        'name',
        `createEvent name ${show(x)}`,
      );
      expectRefused(
        await ev.board.request(CREATE_EVENT, { i: eventInput(net7, { description: `Une${x}soirée` }) }),
        'description',
        `createEvent description ${show(x)}`,
      );
      expectRefused(
        await bruno.request(BOOK, {
          i: { ticketId: ticket, optionIds: [], guest: { ...guest, firstName: `Zo${x}é` } },
        }),
        'firstName',
        `guest firstName ${show(x)}`,
      );
      expectRefused(
        await bruno.request(BOOK, {
          i: { ticketId: ticket, optionIds: [], guest: { ...guest, email: `zoe${x}@example.org` } },
        }),
        'email',
        `guest email ${show(x)}`,
      );
      expectRefused(
        await ev.board.request(SEARCH, { e: ev.eventId, f: { search: `mar${x}tin` } }),
        'search',
        `bookings search ${show(x)}`,
      );
    }
    // Tabs and newlines in single-line fields are refused too; multi-line fields keep them.
    expectRefused(
      await ev.board.request(CREATE_EVENT, { i: eventInput(net7, { name: 'Gala\nde fin' }) }),
      'name',
      'newline in a name',
    );
    const made = (await ev.board.data(CREATE_EVENT, { i: eventInput(net7, { description: 'Ligne 1\r\n\tLigne 2' }) }))
      .createEvent;
    expect(made.description).to.equal('Ligne 1\r\n\tLigne 2');

    const booking = (await bruno.data(BOOK, { i: { ticketId: ticket, optionIds: [], guest } })).book.id;
    for (const x of CONTROLS) {
      expectRefused(
        await answerValue(bruno, booking, text, { text: `Arachides${x}` }),
        'text',
        `answer text ${show(x)}`,
      );
    }
    const answered = await answerValue(bruno, booking, text, { text: 'Arachides\nLait' });
    expect(answered.errors, JSON.stringify(answered.errors)).to.equal(undefined);
    // Arguments too: a cancellation's reason is multi-line, and refuses NUL like the rest.
    const CANCEL = `mutation($id: ID!, $r: String!) { cancelEvent(id: $id, reason: $r) { id } }`;
    expectRefused(await ev.board.request(CANCEL, { id: ev.eventId, r: 'Orage\u0000' }), 'reason', 'cancel reason');
    const cancelled = await ev.board.request(CANCEL, { id: ev.eventId, r: 'Orage annoncé.\nDésolés.' });
    expect(cancelled.errors, JSON.stringify(cancelled.errors)).to.equal(undefined);
  });

  it('SEC3: control characters in an imported CSV are reported with their line and field, and nothing is imported', async () => {
    const admin = await t.signedIn('admin@example.org');
    const csv = [
      'email,first_name,last_name,school,class_year',
      'ok@example.org,Ok,Person,enseeiht,2027',
      'nul@example.org,Nu\u0000l,Person,enseeiht,2027',
      'esc\u001b@example.org,Esc,Person,enseeiht,2027',
      '"multi@example.org","Multi\nLine",Person,enseeiht,2027',
    ].join('\n');
    const res = await admin.request(IMPORT, { csv });
    expect(res.status).to.be.below(500);
    expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
    expect(res.data!.importSchoolAccounts.applied).to.equal(false);
    expect(res.data!.importSchoolAccounts.errors).to.deep.equal([
      { line: 3, field: 'first_name', code: 'INVALID_FORMAT' },
      { line: 4, field: 'email', code: 'INVALID_FORMAT' },
    ]);
  });

  it('SEC3, BK3, AC1, EV3, PM2: `<script>@example.org` and other non-addresses are refused as guest, sign-up, sign-in, reset, contact and grant emails; real addresses pass', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const net7 = await idOf(t, 'club', 'net7');
    const bruno = await t.signedIn('bruno@example.org');
    const c = t.client();
    const GRANT = `mutation($e: ID!, $i: GrantPermissionInput!) { grantPermission(eventId: $e, input: $i) { id } }`;
    const BAD = [
      '<script>@example.org',
      '"<script>"@example.org',
      'Léa <lea@example.org>',
      'lea@localhost',
      'lea@[127.0.0.1]',
      'lea@example..org',
      'lea@exa mple.org',
      '.lea@example.org',
    ];
    for (const email of BAD) {
      const guest = { firstName: 'Zoé', lastName: 'Lefèvre', email };
      expect(
        fields(await bruno.request(BOOK, { i: { ticketId: ticket, optionIds: [], guest } })),
        `guest ${email}`,
      ).to.deep.equal({ email: 'INVALID_EMAIL' });
      expect(
        fields(
          await c.request(SIGN_UP, {
            i: { email, password: 'un mot de passe long', firstName: 'Léa', lastName: 'Nouvelle' },
          }),
        ),
        `signUp ${email}`,
      ).to.deep.equal({ email: 'INVALID_EMAIL' });
      expect(
        fields(await c.request(SIGN_IN, { i: { email, password: 'un mot de passe long' } })),
        `signIn ${email}`,
      ).to.deep.equal({ email: 'INVALID_EMAIL' });
      expect(fields(await c.request(RESET, { e: email })), `reset ${email}`).to.deep.equal({ email: 'INVALID_EMAIL' });
      expect(
        fields(await ev.board.request(CREATE_EVENT, { i: eventInput(net7, { contactEmail: email }) })),
        `contact ${email}`,
      ).to.deep.equal({ contactEmail: 'INVALID_EMAIL' });
      expect(
        fields(
          await ev.board.request(GRANT, { e: ev.eventId, i: { level: 'VIEW', granteeKind: 'USER', userEmail: email } }),
        ),
        `grant ${email}`,
      ).to.deep.equal({ userEmail: 'INVALID_EMAIL' });
    }
    const guest = { firstName: 'Zoé', lastName: 'Lefèvre', email: "Zoe.O'Brien+gala@Sub.Example.org" };
    const booked = await bruno.request(BOOK, { i: { ticketId: ticket, optionIds: [], guest } });
    expect(booked.errors, JSON.stringify(booked.errors)).to.equal(undefined);
    expect(booked.data!.book.holder.email).to.equal("zoe.o'brien+gala@sub.example.org");
    expect((await c.data(RESET, { e: 'bruno@example.org' })).requestPasswordReset).to.equal(true);
  });

  it('SEC3: a database error logged at error level keeps its SQLSTATE code but no SQL, parameter or row value', async () => {
    const em = t.app.db.orm.em.fork();
    const failures = [
      // MikroORM's message is the statement with its parameters inlined.
      () =>
        em
          .getConnection()
          .execute(`select id from users where email = ? and first_name = ?`, [
            'db-secret@example.org',
            'Arachides\u0000',
          ]),
      // PostgreSQL's own message quotes the value it could not read.
      () => em.getConnection().execute(`select ?::int as n`, ['db-secret@example.org']),
      // A unique violation's detail quotes the row.
      () =>
        em
          .getConnection()
          .execute(
            `update users set email = (select email from users where email = 'alice@example.org') where email = 'bruno@example.org'`,
          ),
    ];
    for (const failure of failures) {
      const err = await failure().then(
        () => expect.fail('the statement should fail'),
        (e: unknown) => e,
      );
      t.app.deps.log.error({ err }, 'graphql error');
    }
    const lines = sink.text.split('\n').filter((l) => l.includes('"graphql error"'));
    expect(lines).to.have.length(3);
    expect(lines.map((l) => JSON.parse(l).err.message)).to.deep.equal([
      'database error 08P01',
      'database error 22P02',
      'database error 23505 (users_email_unique)',
    ]);
  });

  it('SEC3: after all of the above, the log (at level trace) holds no SQL, no parameter value, no token and no email address of the requests', async () => {
    // Query strings are not logged with the request: GET variables, or an emailed link's token.
    const vars = encodeURIComponent(JSON.stringify({ s: 'get-secret@example.org' }));
    await fetch(
      `${t.url}/graphql?query=${encodeURIComponent('query($s: String) { events(filter: { search: $s }) { totalCount } }')}&variables=${vars}`,
      { headers: { 'apollo-require-preflight': '1' } },
    );
    await fetch(`${t.url}/reset-password?token=tok-secret-123`);
    // Mail is flushed after commit: give the outbox a moment so its log lines are in too.
    await new Promise((r) => setTimeout(r, 500));
    const log = sink.text;
    expect(log, 'the requests were logged').to.include('"url":"/reset-password"');
    expect(log.length, 'something was logged at trace').to.be.above(0);
    expect(log).not.to.match(/\b(select|insert into|update|delete from)\s+["a-z]/i, 'SQL text');
    expect(log).not.to.match(/[\w.+-]+@example\.org/i, 'an email address');
    for (const secret of [
      'un mot de passe',
      'billetterie-demo',
      'Arachides',
      'Lefèvre',
      'Nouvelle',
      'mar\\u0000tin',
      'tok\\u0000en',
      'tok-secret-123',
    ]) {
      expect(log.includes(secret), `the log carries ${show(secret)}`).to.equal(false);
    }
  });
});
