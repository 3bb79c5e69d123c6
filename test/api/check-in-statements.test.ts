import { expect } from 'chai';
import { print } from 'graphql';
import { ConsoleDoorCheckInDocument } from '../../console/src/lib/gql/graphql';
import { useApp } from '../support/app';
import { answerValue, MARK_PAID, OPPOSE, sql } from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { pgStatements } from '../support/lane-answers';

/** The scanner's mutation, as the console's door page sends it (console/src/lib/door/documents.ts). */
const CHECK_IN = print(ConsoleDoorCheckInDocument);
/** Issue 14's goal: at most this many SQL statements per scan, the session lookup included. */
const MAX_STATEMENTS = 4;

// The console's scans take the door's fast lane (FAST_CHECK_IN); integrators with an API token take Apollo's path.
for (const [path, fastCheckIn] of [
  ['the fast lane', 'true'],
  ['the general path (FAST_CHECK_IN=false)', 'false'],
] as const)
  describe(`API: a scan at the door costs at most 4 SQL statements (TT4), through ${path}`, function () {
    this.timeout(60_000);
    // No job runner in this process: background work (mail, ticket renders) must not be counted as the scan's.
    const t = useApp({ env: { JOBS: 'false', FAST_CHECK_IN: fastCheckIn } });
    let p: Record<'alice' | 'bruno' | 'chloe' | 'eve', ApiClient>;
    const issue = (bookingId: string, eventId: string) => t.app.deps.signer.issue(bookingId, eventId, new Date());
    before(async () => {
      p = await signInAll(t, {
        alice: 'alice@example.org',
        bruno: 'bruno@example.org',
        chloe: 'chloe@example.org',
        eve: 'exterieur@example.org',
      });
    });

    const knex = () =>
      (
        t.app.db.orm.em.getConnection() as unknown as {
          getKnex(): {
            on: (event: string, fn: (q: { sql?: string }) => void) => void;
            off: (event: string, fn: (q: { sql?: string }) => void) => void;
          };
        }
      ).getKnex();

    /**
     * Waits until the server has run no statement for a while: what earlier requests left behind (their mail, which
     * carries the rendered ticket) is done, and is not counted as the scan's.
     */
    async function quiet(forMs = 400, atMostMs = 20_000) {
      let last = Date.now();
      const listener = () => (last = Date.now());
      knex().on('query', listener);
      try {
        const until = Date.now() + atMostMs;
        while (Date.now() - last < forMs && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
      } finally {
        knex().off('query', listener);
      }
    }

    /** The SQL statements the server runs while answering one request, and its answer. */
    async function counted(client: ApiClient, variables: Record<string, unknown>) {
      await quiet();
      // Counted where every statement passes, the ORM's and a fast lane's bare connection alike.
      let res!: { data?: Record<string, any> | null; errors?: unknown };
      const statements = await pgStatements(async () => {
        res = await client.request(CHECK_IN, variables);
      });
      expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
      return { result: res.data!.checkIn, statements };
    }

    const shown = (statements: string[]) =>
      `${statements.length} statements:\n${statements.map((s) => `  ${s.replace(/\s+/g, ' ').slice(0, 160)}`).join('\n')}`;

    it('TT4: OK, ALREADY_CHECKED_IN, ENTRY_BLOCKED, OPPOSED, NOT_PAID, OTHER_EVENT and INVALID_CODE each take at most 4 statements, session lookup included, with the whole answer the console shows', async () => {
      const ev = await organizerEvent(t);
      const other = await organizerEvent(t);
      const free = await ev.ticket({ name: 'Entrée libre', priceCents: 0 });
      const paid = await ev.ticket({ name: 'Entrée payante', priceCents: 1000 });
      const blocking = await ev.ticket({ name: 'Entrée sur certificat', priceCents: 0 });
      const shuttle = await ev.option(free, 'Navette', 0);
      await ev.extraInfo(blocking, { label: 'Certificat médical', type: 'TEXT', blocks: 'ENTRY' });
      const otherFree = await other.ticket({ name: 'Ailleurs', priceCents: 0 });
      await ev.grant('VALIDATE', 'chloe@example.org');
      const book = async (c: ApiClient, ticketId: string, optionIds: string[] = []) =>
        (await c.data(BOOK, { i: { ticketId, optionIds } })).book as { id: string; reference: string };

      const alice = await book(p.alice, free, [shuttle]);
      const bruno = await book(p.bruno, blocking);
      const unpaid = await book(p.eve, paid);
      const opposed = await book(p.chloe, free);
      await ev.board.data(OPPOSE, { id: opposed.id, r: 'Billet revendu' });
      const elsewhere = await book(p.alice, otherFree);
      const aliceCode = await issue(alice.id, ev.eventId);
      await quiet(1500);

      // chloe@ scans through a grant to her (her clubs and the event's grants are read); bureau@ through the board's.
      for (const [who, scanner] of [
        ['chloe (VALIDATE by a grant)', p.chloe],
        ['bureau (ADMIN by the board grant)', ev.board],
      ] as const) {
        const expectAtMost = ({ statements }: { statements: string[] }, what: string) => {
          process.stdout.write(`      (${who}, ${what}: ${statements.length} statements)\n`);
          expect(statements.length, `${who}, ${what}: ${shown(statements)}`).to.be.within(1, MAX_STATEMENTS);
        };
        if (scanner === p.chloe) {
          const ok = await counted(scanner, { eventId: ev.eventId, code: aliceCode, device: 'Entrée nord' });
          expectAtMost(ok, 'OK');
          expect(ok.result).to.deep.include({ status: 'OK', blockedBy: [] });
          expect(ok.result.booking).to.deep.equal({
            id: alice.id,
            reference: alice.reference,
            holder: { fullName: 'Alice Martin' },
            ticket: { id: free, name: 'Entrée libre' },
            options: [{ name: 'Navette' }],
            oppositionReason: null,
          });
          expect(ok.result.checkIn).to.deep.include({ method: 'SCAN', device: 'Entrée nord' });
          expect(ok.result.checkIn.checkedInBy).to.deep.include({ firstName: 'Chloé' });
        }

        const again = await counted(scanner, { eventId: ev.eventId, code: aliceCode });
        expectAtMost(again, 'ALREADY_CHECKED_IN');
        expect(again.result.status).to.equal('ALREADY_CHECKED_IN');
        expect(again.result.checkIn, 'the first check-in, when and by whom').to.deep.include({
          method: 'SCAN',
          device: 'Entrée nord',
        });
        expect(again.result.checkIn.checkedInBy).to.deep.include({ firstName: 'Chloé' });
        expect(again.result.booking.options).to.deep.equal([{ name: 'Navette' }]);

        const blocked = await counted(scanner, { eventId: ev.eventId, code: await issue(bruno.id, ev.eventId) });
        expectAtMost(blocked, 'ENTRY_BLOCKED');
        expect(blocked.result.status).to.equal('ENTRY_BLOCKED');
        expect(blocked.result.blockedBy.map((x: { label: string }) => x.label)).to.deep.equal(['Certificat médical']);
        expect(blocked.result.booking.ticket.name).to.equal('Entrée sur certificat');

        const refused = await counted(scanner, { eventId: ev.eventId, code: await issue(opposed.id, ev.eventId) });
        expectAtMost(refused, 'OPPOSED');
        expect(refused.result.status).to.equal('OPPOSED');
        expect(refused.result.booking.oppositionReason).to.equal('Billet revendu');

        const notPaid = await counted(scanner, { eventId: ev.eventId, bookingId: unpaid.id });
        expectAtMost(notPaid, 'NOT_PAID (from the list)');
        expect(notPaid.result.status).to.equal('NOT_PAID');

        const foreign = await counted(scanner, { eventId: ev.eventId, code: await issue(elsewhere.id, other.eventId) });
        expectAtMost(foreign, 'OTHER_EVENT');
        expect(foreign.result).to.deep.equal({ status: 'OTHER_EVENT', booking: null, checkIn: null, blockedBy: [] });
        const foreignPicked = await counted(scanner, { eventId: ev.eventId, bookingId: elsewhere.id });
        expectAtMost(foreignPicked, 'OTHER_EVENT (from the list)');
        expect(foreignPicked.result.booking).to.equal(null);

        const invalid = await counted(scanner, { eventId: ev.eventId, code: aliceCode.slice(0, -3) + 'AAA' });
        expectAtMost(invalid, 'INVALID_CODE');
        expect(invalid.result).to.deep.equal({ status: 'INVALID_CODE', booking: null, checkIn: null, blockedBy: [] });
      }

      // The rules behind the counts still hold: the ENTRY answer validated, Bruno gets in; paid, the unpaid one too.
      const answer = (
        await p.bruno.data(`query($id: ID!) { booking(id: $id) { requirements { extraInfo { id } } } }`, {
          id: bruno.id,
        })
      ).booking.requirements[0].extraInfo.id;
      await answerValue(p.bruno, bruno.id, answer, { text: 'ok' });
      const answerId = (
        await p.bruno.data(`query($id: ID!) { booking(id: $id) { requirements { answer { id } } } }`, { id: bruno.id })
      ).booking.requirements[0].answer.id;
      await p.chloe.data(`mutation($id: ID!) { validateAnswer(id: $id) { id } }`, { id: answerId });
      const now = await counted(p.chloe, { eventId: ev.eventId, bookingId: bruno.id });
      expect(now.result.status).to.equal('OK');
      expect(now.result.checkIn.method).to.equal('MANUAL');
      await ev.board.data(MARK_PAID, { i: { bookingId: unpaid.id, amountCents: 1000, method: 'CASH', reference: '' } });
      expect((await counted(p.chloe, { eventId: ev.eventId, bookingId: unpaid.id })).result.status).to.equal('OK');

      // Every scan above was audited once, with its result.
      const rows = (await sql(t).execute(
        `select data->>'result' as result, count(*)::int as n from audit_log where action = 'checkin.scan' and (subject_id = ? or subject_id in (?, ?, ?, ?, ?)) group by 1 order by 1`,
        [ev.eventId, alice.id, bruno.id, unpaid.id, opposed.id, elsewhere.id],
      )) as Array<{ result: string; n: number }>;
      expect(Object.fromEntries(rows.map((r) => [r.result, r.n]))).to.deep.equal({
        OK: 3,
        ALREADY_CHECKED_IN: 2,
        ENTRY_BLOCKED: 2,
        OPPOSED: 2,
        NOT_PAID: 2,
        OTHER_EVENT: 4,
        INVALID_CODE: 2,
      });
    });
  });
