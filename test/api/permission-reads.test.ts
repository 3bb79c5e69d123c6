import { expect } from 'chai';
import { print } from 'graphql';
import { ConsoleEventBookingsDocument } from '../../console/src/lib/gql/graphql';
import { useApp } from '../support/app';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';

/** The console's bookings list, as its page sends it (console/src/lib/server/load-bookings.ts). */
const BOOKINGS_LIST = print(ConsoleEventBookingsDocument);
const HEADER = `query($id: ID!) { event(id: $id) { id viewerPermission tickets { id } } }`;

describe('API: the viewer’s level on an event is read once per request (PM1, PM2)', function () {
  this.timeout(60_000);
  const t = useApp();

  /** The SQL statements reading event_grants while the server answers one request, and its answer. */
  async function grantReads(client: ApiClient, query: string, variables: Record<string, unknown>) {
    const knex = (
      t.app.db.orm.em.getConnection() as unknown as {
        getKnex(): {
          on: (event: string, fn: (q: { sql?: string }) => void) => void;
          off: (event: string, fn: (q: { sql?: string }) => void) => void;
        };
      }
    ).getKnex();
    const statements: string[] = [];
    const listener = (q: { sql?: string }) => {
      if (q.sql && /\bevent_grants\b/.test(q.sql)) statements.push(q.sql);
    };
    knex.on('query', listener);
    try {
      return { res: await client.request(query, variables), statements };
    } finally {
      knex.off('query', listener);
    }
  }

  it('PM1, PM2: the console bookings list (event, tickets, a page of bookings, exports) reads event_grants once, for a granted member and for the board', async () => {
    const p = await signInAll(t, { alice: 'alice@example.org', chloe: 'chloe@example.org' });
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket({ name: 'Entrée', priceCents: 0 });
    for (const c of [p.alice, p.chloe]) await c.data(BOOK, { i: { ticketId: ticket, optionIds: [] } });
    await ev.grant('VIEW', 'alice@example.org');
    const variables = {
      id: ev.eventId,
      first: 50,
      after: null,
      filter: { statuses: ['PRE_RESERVED', 'RESERVED'], search: null, ticketId: null, answersPending: null },
    };

    for (const [who, client] of [
      ['alice (VIEW by a grant to her)', p.alice],
      ['bureau (ADMIN by the board grant)', ev.board],
    ] as const) {
      const { res, statements } = await grantReads(client, BOOKINGS_LIST, variables);
      expect(res.errors, who).to.equal(undefined);
      expect(res.data!.event.bookings.totalCount, who).to.equal(2);
      expect(statements, `${who}: ${statements.join('\n')}`).to.have.length(1);
    }

    // The header the same pages load (viewerPermission, the level loader) shares the one read too.
    const header = await grantReads(p.alice, HEADER, { id: ev.eventId });
    expect(header.res.data!.event.viewerPermission).to.equal('VIEW');
    expect(header.statements, header.statements.join('\n')).to.have.length(1);

    // Still the policy: a viewer without a grant gets no list, a revoked grant takes effect on the next request.
    const chloe = await grantReads(p.chloe, BOOKINGS_LIST, variables);
    expect(chloe.res.errors?.[0].extensions?.code).to.equal('FORBIDDEN');
    expect(chloe.statements).to.have.length(1);
  });

  it('PM1, PM2: a grant revoked by one mutation of a request no longer counts for the next mutation of that request', async () => {
    const p = await signInAll(t, { alice: 'alice@example.org' });
    const ev = await organizerEvent(t);
    const grantId: string = (
      await ev.board.data(
        `mutation($e: ID!, $i: GrantPermissionInput!) { grantPermission(eventId: $e, input: $i) { id } }`,
        { e: ev.eventId, i: { level: 'ADMIN', granteeKind: 'USER', userEmail: 'alice@example.org' } },
      )
    ).grantPermission.id;
    // Alice revokes her own ADMIN grant (the board's remains), then, in the same request, tries to grant again.
    const res = await p.alice.request(
      `mutation($g: ID!, $e: ID!, $i: GrantPermissionInput!) {
        revokePermission(id: $g)
        again: grantPermission(eventId: $e, input: $i) { id }
      }`,
      { g: grantId, e: ev.eventId, i: { level: 'VIEW', granteeKind: 'USER', userEmail: 'chloe@example.org' } },
    );
    expect(res.errors?.[0].extensions?.code, JSON.stringify(res.errors)).to.equal('FORBIDDEN');
    expect(res.errors?.[0].path).to.deep.equal(['again']);
    const grants = (await ev.board.data(`query($id: ID!) { event(id: $id) { grants { id } } }`, { id: ev.eventId }))
      .event.grants as Array<{ id: string }>;
    expect(
      grants.map((g) => g.id),
      'the revocation was kept',
    ).to.not.include(grantId);
    expect((await p.alice.data(HEADER, { id: ev.eventId })).event.viewerPermission).to.equal(null);
  });
});
