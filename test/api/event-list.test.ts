import { expect } from 'chai';
import { useApp } from '../support/app';
import { code, fields, GIVE } from '../support/booking-fixtures';
import { book, organizerEvent } from '../support/event-fixtures';
import type { ApiClient } from '../support/graphql';
import { Club, Event, EventGrant, EventVisibility, GranteeKind, PermissionLevel } from '../../server/src/model';

// Issue 15: the console's home ("my events") — upcoming first then past, searched case and accents aside, paged by
// offset with the total count, each event with its key figures — for viewers with more than 100 events.

const DAY = 86_400_000;
const MINE = `query($f: EventFilter, $first: Int, $offset: Int, $after: String) {
  events(filter: $f, first: $first, offset: $offset, after: $after) {
    totalCount hasNextPage endCursor
    nodes { id name startsAt endsAt viewerPermission figures { placesTaken capacity reservations preReservations } }
  } }`;

describe('API: listing events for the console’s home (issue 15, EV1)', function () {
  this.timeout(60_000);
  const t = useApp({ env: { GRAPHQL_MAX_COMPLEXITY: '100000' } });
  let board: ApiClient;
  /** The 131 "Réunion" events in the expected order: not ended by start, then ended by start, latest first. */
  let expected: string[];

  before(async () => {
    const em = t.app.db.orm.em.fork();
    const club = await em.findOneOrFail(Club, { slug: 'net7' });
    const now = Date.now();
    const made: Array<{ id: string; startsAt: number; endsAt: number }> = [];
    const add = (name: string, startsAt: number, endsAt: number) => {
      const e = Object.assign(new Event(), {
        name,
        description: '',
        descriptionHtml: '',
        location: 'Foyer',
        startsAt: new Date(startsAt),
        endsAt: new Date(endsAt),
        club,
        visibility: EventVisibility.DRAFT,
      });
      em.persist([e, new EventGrant(e, PermissionLevel.VIEW, { kind: GranteeKind.CLUB_BOARD, club }, null)]);
      made.push({ id: e.id, startsAt, endsAt });
    };
    // Created in shuffled order so that the list's order comes from the query, not from insertion.
    for (const i of [...Array(130).keys()].sort((a, b) => ((a * 37) % 130) - ((b * 37) % 130))) {
      const start = now + (i - 65) * DAY + 3600_000;
      add(`Réunion ${String(i).padStart(3, '0')}`, start, start + 2 * 3600_000);
    }
    add('REUNION en cours', now - DAY, now + DAY); // started, not ended: upcoming
    await em.flush();
    const upcoming = made.filter((e) => e.endsAt >= now).sort((a, b) => a.startsAt - b.startsAt);
    const past = made.filter((e) => e.endsAt < now).sort((a, b) => b.startsAt - a.startsAt);
    expected = [...upcoming, ...past].map((e) => e.id);
    board = await t.signedIn('bureau@example.org');
  });

  const home = (search: string, offset: number, first = 50) =>
    board.data(MINE, { f: { mine: true, includePast: true, order: 'UPCOMING_FIRST', search }, first, offset });

  it('EV1: upcoming events by start, then past ones latest first, in offset pages with the total count (131 events)', async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 200; offset += 50) {
      const { events } = await home('reunion', offset);
      expect(events.totalCount).to.equal(131);
      expect(events.hasNextPage).to.equal(offset + 50 < 131);
      expect(events.endCursor).to.equal(null);
      seen.push(...events.nodes.map((n: any) => n.id));
    }
    expect(seen).to.deep.equal(expected);
    expect(seen[0], 'the event under way comes first').to.equal(expected[0]);
  });

  it('EV1: a platform admin’s home shows the upcoming events first, whatever the number of past ones', async () => {
    const admin = await t.signedIn('admin@example.org');
    const { events } = await admin.data(MINE, {
      f: { mine: true, includePast: true, order: 'UPCOMING_FIRST' },
      first: 20,
      offset: 0,
    });
    expect(events.totalCount).to.be.at.least(131);
    const now = Date.now();
    expect(Date.parse(events.nodes[0].endsAt)).to.be.at.least(now);
    const starts = events.nodes.map((n: any) => Date.parse(n.startsAt));
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  it('EV1: the search ignores case and accents, each word must match', async () => {
    for (const search of ['réunion 042', 'REUNION 042', 'Reúnion 042']) {
      const { events } = await home(search, 0);
      expect(
        events.nodes.map((n: any) => n.name),
        search,
      ).to.deep.equal(['Réunion 042']);
      expect(events.totalCount).to.equal(1);
    }
    expect((await home('en cours', 0)).events.nodes.map((n: any) => n.name)).to.deep.equal(['REUNION en cours']);
    expect((await home('100%', 0)).events.totalCount, 'LIKE wildcards are literal').to.equal(0);
    expect((await home('nothing-like-this', 10)).events).to.deep.include({ totalCount: 0, nodes: [] });
  });

  it('EV1: the default order (by start) still pages by cursor, now with the total count', async () => {
    const f = { mine: true, includePast: true, search: 'reunion' };
    const first = (await board.data(MINE, { f, first: 100 })).events;
    expect(first).to.deep.include({ totalCount: 131, hasNextPage: true });
    const second = (await board.data(MINE, { f, first: 100, after: first.endCursor })).events;
    expect(second).to.deep.include({ totalCount: 131, hasNextPage: false });
    const starts = [...first.nodes, ...second.nodes].map((n: any) => Date.parse(n.startsAt));
    expect(starts).to.have.length(131);
    expect(starts).to.deep.equal([...starts].sort((a, b) => a - b));
  });

  it('EV1: paging refuses what it can’t honour with a field error', async () => {
    const f = { mine: true, includePast: true, order: 'UPCOMING_FIRST' };
    const cursor = (await board.data(MINE, { f: { mine: true }, first: 1 })).events.endCursor;
    expect(fields(await board.request(MINE, { f, first: 10, after: cursor }))).to.deep.equal({ after: 'NOT_ALLOWED' });
    expect(fields(await board.request(MINE, { f, first: 10, offset: -1 }))).to.deep.equal({ offset: 'OUT_OF_RANGE' });
    expect(fields(await board.request(MINE, { f, first: 10, offset: 10_001 }))).to.deep.equal({
      offset: 'OUT_OF_RANGE',
    });
    expect(fields(await board.request(MINE, { f: { mine: true }, first: 10, offset: 5, after: cursor }))).to.deep.equal(
      { offset: 'NOT_ALLOWED' },
    );
  });

  it('EV1 BK9: each event’s key figures (places taken / on sale, reservations, pre-reservations), for VIEW+ only', async () => {
    const ev = await organizerEvent(t, { name: 'Chiffres', visibility: 'PUBLIC' });
    const paid = await ev.ticket({ capacity: 10 });
    const free = await ev.ticket({ name: 'Gratuit', priceCents: 0, capacity: 5 });
    const alice = await t.signedIn('alice@example.org');
    expect((await book(alice, paid)).errors).to.equal(undefined);
    expect(
      (await ev.board.request(GIVE, { i: { ticketId: free, userEmail: 'chloe@example.org', optionIds: [] } })).errors,
    ).to.equal(undefined);
    const mine = (await ev.board.data(MINE, { f: { mine: true, search: 'chiffres' }, first: 5 })).events.nodes;
    expect(mine.map((n: any) => n.figures)).to.deep.equal([
      { placesTaken: 2, capacity: 15, reservations: 1, preReservations: 1 },
    ]);
    await ev.ticket({ name: 'Illimité', capacity: null });
    const again = (await ev.board.data(MINE, { f: { mine: true, search: 'chiffres' }, first: 5 })).events.nodes;
    expect(again[0].figures.capacity, 'an unlimited ticket: no total').to.equal(null);
    // The public list shows the event to anyone, its figures to nobody without VIEW.
    const listed = (await alice.data(MINE, { f: { search: 'chiffres' }, first: 5 })).events.nodes;
    expect(listed.map((n: any) => [n.name, n.figures])).to.deep.equal([['Chiffres', null]]);
    expect(code(await t.client().request(MINE, { f: { search: 'chiffres' }, first: 5 }))).to.equal(undefined);
  });

  it('EV1: a page of 100 events with their figures and levels runs as many SQL statements as a page of 10', async () => {
    const knex = (
      t.app.db.orm.em.getConnection() as unknown as {
        getKnex(): { on: (e: string, fn: () => void) => void; off: (e: string, fn: () => void) => void };
      }
    ).getKnex();
    const count = async (first: number) => {
      let n = 0;
      const listener = () => n++;
      knex.on('query', listener);
      try {
        const { events } = await home('reunion', 0, first);
        expect(events.nodes).to.have.length(first);
        expect(events.nodes.every((e: any) => e.figures && e.viewerPermission === 'VIEW')).to.equal(true);
      } finally {
        knex.off('query', listener);
      }
      return n;
    };
    const ten = await count(10);
    const hundred = await count(100);
    expect(hundred, `${hundred} statements for 100 events, ${ten} for 10`).to.equal(ten);
    expect(hundred).to.be.at.most(10);
  });
});
