import { expect } from 'chai';
import { useApp } from '../support/app';
import { idOf } from '../support/fixtures';
import {
  Event,
  EventVisibility,
  ExtraInfo,
  Option,
  OptionGroup,
  Ticket,
  TicketKind,
  ExtraInfoBlocks,
  ExtraInfoType,
  Club,
} from '../../server/src/model';

const QUERY = `query($first: Int) { events(first: $first, filter: { search: "Lot" }) { nodes {
  id name coverUrl viewerPermission lowestPriceCents soldOut viewerBooking { id } club { name association { name } }
  tickets { id name eligibility { canBook reasons } restrictedToSchools { name } restrictedToAssociations { name } locked
    options { name priceCents } optionGroups { name options { name } } extraInfos { label type } }
} } }`;

describe('API: read paths use DataLoaders', () => {
  // A deliberately wide query (100 events, each with its tickets, options, groups and extra information): lists now
  // cost like lists (SEC2), so this statement-count test raises the cost limit instead of narrowing what it measures.
  const t = useApp({ env: { GRAPHQL_MAX_COMPLEXITY: '100000' } });

  before(async function () {
    this.timeout(60_000);
    const em = t.app.db.orm.em.fork();
    const club = await em.findOneOrFail(Club, { slug: 'net7' });
    const school = await idOf(t, 'school', 'enseeiht');
    for (let i = 0; i < 100; i++) {
      const e = Object.assign(new Event(), {
        name: `Lot ${String(i).padStart(3, '0')}`,
        description: '',
        descriptionHtml: '',
        location: 'Toulouse',
        startsAt: new Date(Date.now() + (i + 1) * 3600_000),
        endsAt: new Date(Date.now() + (i + 2) * 3600_000),
        club,
        visibility: EventVisibility.PUBLIC,
      });
      em.persist(e);
      for (const kind of [TicketKind.OPEN, TicketKind.RESTRICTED]) {
        const tk = Object.assign(new Ticket(), {
          event: e,
          kind,
          name: kind,
          priceCents: 1000,
          schoolIds: kind === TicketKind.RESTRICTED ? [school] : [],
        });
        const group = Object.assign(new OptionGroup(), { ticket: tk, name: 'Repas' });
        em.persist([
          tk,
          Object.assign(new Option(), { ticket: tk, name: 'Navette', priceCents: 300 }),
          group,
          Object.assign(new Option(), { ticket: tk, group, name: 'Viande', priceCents: 0 }),
          Object.assign(new ExtraInfo(), {
            ticket: tk,
            label: 'Taille',
            type: ExtraInfoType.CHOICE,
            blocks: ExtraInfoBlocks.ENTRY,
            choices: ['S', 'M'],
          }),
        ]);
      }
    }
    await em.flush();
  });

  /** Counts the SQL statements the server runs while answering one request. */
  async function statementsFor(first: number, client = t.client()) {
    const knex = (
      t.app.db.orm.em.getConnection() as unknown as {
        getKnex(): {
          on: (event: string, fn: (q: unknown) => void) => void;
          off: (event: string, fn: (q: unknown) => void) => void;
        };
      }
    ).getKnex();
    let count = 0;
    const listener = () => count++;
    knex.on('query', listener);
    try {
      const data = await client.data(QUERY, { first });
      expect(data.events.nodes).to.have.length(first);
      expect(data.events.nodes[0].tickets[1].optionGroups[0].options).to.deep.equal([{ name: 'Viande' }]);
    } finally {
      knex.off('query', listener);
    }
    return count;
  }

  it('EV1 issue 16: listing 100 events with their cards’ offer (lowest price, sold out, my booking), tickets, options, groups and extra information runs a bounded number of SQL statements, the same as for 10', async () => {
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    process.stdout.write(`      (statements: ${ten} for 10 events, ${hundred} for 100)\n`);
    expect(hundred, `${hundred} statements for 100 events, ${ten} for 10`).to.equal(ten);
    expect(ten, 'the listener sees the statements').to.be.greaterThan(3);
    expect(hundred).to.be.at.most(15);
    const student = await t.signedIn('alice@example.org');
    const signedIn = await statementsFor(100, student);
    expect(signedIn, 'a signed-in viewer adds a constant few (session, clubs, memberships, grants)').to.be.at.most(
      hundred + 6,
    );
  });
});
