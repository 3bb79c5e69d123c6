// The one catalogue of database errors (SEC2): every SQLSTATE our triggers raise maps to a coded API error, and the
// admission gate bounds waits with BUSY.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'chai';
import { GraphQLError } from 'graphql';
import { databaseError, SQLSTATE } from '../../server/src/db/sqlstates';
import { Gate, transactionSlots } from '../../server/src/db/transactions';
import { formatError } from '../../server/src/graphql/format-error';
import { isMutation } from '../../server/src/http/admission';

const MIGRATIONS = path.join(__dirname, '../../server/src/db/migrations');

/** Every custom SQLSTATE a trigger of the migrations raises (`raise exception using errcode = '…'`). */
function raisedSqlStates(): string[] {
  const codes = new Set<string>();
  for (const f of fs.readdirSync(MIGRATIONS)) {
    const text = fs.readFileSync(path.join(MIGRATIONS, f), 'utf8');
    for (const m of text.matchAll(/errcode\s*=\s*'([0-9A-Z]{5})'/gi)) codes.add(m[1]);
  }
  return [...codes].sort();
}

const pgError = (code: string, extra: Record<string, string> = {}) =>
  Object.assign(new Error(extra.message ?? 'db'), { code, ...extra });

describe('unit: the catalogue of database errors (SEC2)', () => {
  it('SEC2: every SQLSTATE raised by a trigger is in the catalogue and maps to a coded error', () => {
    const catalogued = new Set<string>(Object.values(SQLSTATE));
    for (const code of raisedSqlStates()) {
      expect(catalogued.has(code), `${code} is raised by a migration but not in db/sqlstates.ts`).to.equal(true);
      expect(databaseError(pgError(code))?.code, code)
        .to.be.a('string')
        .that.is.not.equal('INTERNAL_SERVER_ERROR');
    }
  });

  it('SEC2: BK4 has one SQLSTATE per meaning (not allowed vs limit), told apart without reading the message', () => {
    expect(databaseError(pgError(SQLSTATE.SPONSORSHIP_NOT_ALLOWED))?.code).to.equal('SPONSORSHIP_NOT_ALLOWED');
    expect(databaseError(pgError(SQLSTATE.SPONSORSHIP_LIMIT))?.code).to.equal('SPONSORSHIP_LIMIT');
  });

  it('SEC2, TK4, OP3: a foreign key hit in a race is NOT_FOUND / UNKNOWN_REFERENCE when writing, LOCKED_BY_BOOKINGS when deleting', () => {
    const insert = (constraint: string) =>
      pgError('23503', {
        constraint,
        message: `insert or update on table "x" violates foreign key constraint "${constraint}"`,
      });
    const del = (constraint: string) =>
      pgError('23503', {
        constraint,
        message: `update or delete on table "tickets" violates foreign key constraint "${constraint}" on table "bookings"`,
      });
    expect(databaseError(insert('bookings_ticket_id_foreign'))?.code).to.equal('NOT_FOUND');
    expect(databaseError(insert('booking_options_option_id_foreign'))?.extensions.fields).to.deep.equal({
      optionIds: 'UNKNOWN_REFERENCE',
    });
    expect(databaseError(del('bookings_ticket_id_foreign'))?.code).to.equal('LOCKED_BY_BOOKINGS');
    expect(databaseError(insert('some_unknown_fk')), 'an uncatalogued constraint stays internal (and logged)').to.equal(
      null,
    );
  });

  it('SEC2: lock and statement timeouts, deadlocks and a pool acquire timeout are BUSY with retryAfterSeconds', () => {
    for (const e of [
      pgError('55P03'),
      pgError('57014'),
      pgError('40P01'),
      new Error('Knex: Timeout acquiring a connection. The pool is probably full.'),
    ]) {
      const out = formatError({ message: 'x' }, new GraphQLError('x', { originalError: e }));
      expect(out.extensions, String(e.message)).to.deep.include({ code: 'BUSY' });
      expect(out.extensions!.retryAfterSeconds).to.be.above(0);
    }
  });

  it('SEC2: the admission gate admits up to its size, queues the rest in order, and answers BUSY after its bound', async () => {
    const gate = new Gate(2, 50);
    await gate.enter();
    await gate.enter();
    const order: number[] = [];
    const third = gate.enter().then(() => order.push(3));
    const fourth = gate.enter().then(() => order.push(4));
    expect(gate.stats).to.deep.equal({ max: 2, active: 2, waiting: 2 });
    gate.leave();
    await third;
    const late = await fourth.then(
      () => null,
      (e) => e,
    );
    expect(order).to.deep.equal([3]);
    expect(late?.extensions).to.deep.include({ code: 'BUSY' });
    expect(gate.stats).to.deep.equal({ max: 2, active: 2, waiting: 0 });
  });

  it('SEC2: transactions get about two thirds of the pool, so reads always find a connection', () => {
    expect(transactionSlots(10)).to.equal(7);
    expect(transactionSlots(2)).to.equal(1);
    for (const n of [3, 5, 20, 100]) expect(transactionSlots(n)).to.be.within(1, n - 1);
  });

  it('SEC2: admission tells mutations from queries by parsing the document (operationName, fragments, comments)', () => {
    expect(isMutation({ query: 'mutation { signOut }' })).to.equal(true);
    expect(isMutation({ query: '# mutation\n{ events { totalCount } }' })).to.equal(false);
    expect(isMutation({ query: 'query A { a } mutation B { b }', operationName: 'B' })).to.equal(true);
    expect(isMutation({ query: 'query A { a } mutation B { b }', operationName: 'A' })).to.equal(false);
    expect(
      isMutation({ query: 'fragment F on Booking { id } mutation { deletePreReservation(id: "x") { ...F } }' }),
    ).to.equal(true);
    expect(isMutation({ query: 'mutation {' })).to.equal(false); // left for Apollo to refuse
    expect(isMutation([{ query: '{ a }' }, { query: 'mutation { b }' }])).to.equal(true);
  });
});
