import { expect } from 'chai';
import { useApp } from '../support/app';
import { idOf } from '../support/fixtures';
import { eventInput } from '../support/event-fixtures';
import type { ApiClient } from '../support/graphql';

const CREATE = `mutation Create($input: CreateEventInput!) { createEvent(input: $input) { id name descriptionHtml visibility viewerPermission club { slug } } }`;
const UPDATE = `mutation Update($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id name } }`;
const LIST = `query List($filter: EventFilter, $first: Int, $after: String) { events(filter: $filter, first: $first, after: $after) { nodes { id name } endCursor hasNextPage } }`;

export { eventInput };
const { clubId: _c, ...updateOf } = eventInput('x');

describe('API: events (EV1–EV4)', () => {
  const t = useApp();
  let board: ApiClient;
  let net7: string;
  const ids: Record<string, string> = {};

  before(async () => {
    board = await t.signedIn('bureau@example.org');
    net7 = await idOf(t, 'club', 'net7');
    for (const v of ['PUBLIC', 'INTERNAL', 'UNLISTED', 'DRAFT']) {
      ids[v] = (
        await board.data(CREATE, { input: eventInput(net7, { name: `Soirée ${v} astronomie`, visibility: v }) })
      ).createEvent.id;
    }
  });

  it('EV2: a club board member creates an event for their club and gets ADMIN; not for another club', async () => {
    const { createEvent } = await board.data(CREATE, { input: eventInput(net7) });
    expect(createEvent).to.deep.include({ viewerPermission: 'ADMIN', visibility: 'PUBLIC' });
    expect(createEvent.club.slug).to.equal('net7');
    const other = await idOf(t, 'club', 'theatre-a7');
    expect((await board.error(CREATE, { input: eventInput(other) })).extensions?.code).to.equal('FORBIDDEN');
    const admin = await t.signedIn('admin@example.org');
    expect((await admin.data(CREATE, { input: eventInput(other) })).createEvent.viewerPermission).to.equal('ADMIN');
  });

  it('EV1: lists show PUBLIC events to everyone, INTERNAL ones to school accounts only, never UNLISTED or DRAFT', async () => {
    const names = async (c: ApiClient) =>
      (await c.data(LIST, { filter: { search: 'astronomie' } })).events.nodes.map((n: any) => n.name).sort();
    expect(await names(t.client())).to.deep.equal(['Soirée PUBLIC astronomie']);
    expect(await names(await t.signedIn('exterieur@example.org'))).to.deep.equal(['Soirée PUBLIC astronomie']);
    expect(await names(await t.signedIn('chloe@example.org'))).to.deep.equal([
      'Soirée INTERNAL astronomie',
      'Soirée PUBLIC astronomie',
    ]);
    const mine = (await board.data(LIST, { filter: { mine: true, search: 'astronomie' } })).events.nodes
      .map((n: any) => n.name)
      .sort();
    expect(mine).to.deep.equal([
      'Soirée DRAFT astronomie',
      'Soirée INTERNAL astronomie',
      'Soirée PUBLIC astronomie',
      'Soirée UNLISTED astronomie',
    ]);
  });

  it('EV1: by link, UNLISTED is open to anyone, INTERNAL to school accounts, DRAFT to its admins; others get NOT_FOUND', async () => {
    const get = async (c: ApiClient, id: string) => {
      const res = await c.request(`query($id: ID!) { event(id: $id) { id tickets { id } } }`, { id });
      return res.errors ? res.errors[0].extensions?.code : 'ok';
    };
    const anon = t.client();
    const external = await t.signedIn('exterieur@example.org');
    const student = await t.signedIn('chloe@example.org');
    expect([await get(anon, ids.UNLISTED), await get(anon, ids.INTERNAL), await get(anon, ids.DRAFT)]).to.deep.equal([
      'ok',
      'NOT_FOUND',
      'NOT_FOUND',
    ]);
    expect([
      await get(external, ids.UNLISTED),
      await get(external, ids.INTERNAL),
      await get(external, ids.DRAFT),
    ]).to.deep.equal(['ok', 'NOT_FOUND', 'NOT_FOUND']);
    expect([
      await get(student, ids.UNLISTED),
      await get(student, ids.INTERNAL),
      await get(student, ids.DRAFT),
    ]).to.deep.equal(['ok', 'ok', 'NOT_FOUND']);
    expect(await get(board, ids.DRAFT)).to.equal('ok');
    expect(await get(anon, '00000000-0000-4000-8000-000000000000')).to.equal('NOT_FOUND');
    expect(await get(anon, 'not-an-id')).to.equal('NOT_FOUND');
  });

  it('EV1: a hidden event is not reachable through nested fields either (a ticket mutation answers NOT_FOUND)', async () => {
    const { createTicket } = await board.data(
      `mutation($e: ID!) { createTicket(eventId: $e, input: { kind: OPEN, name: "T", description: "", priceCents: 0, sponsorshipAllowed: false, schoolIds: [], classYears: [], associationIds: [] }) { id } }`,
      { e: ids.DRAFT },
    );
    const { createOption } = await board.data(
      `mutation($t: ID!) { createOption(ticketId: $t, input: { name: "Vestiaire", description: "", priceCents: 200 }) { id } }`,
      { t: createTicket.id },
    );
    const student = await t.signedIn('chloe@example.org');
    const err = await student.error(
      `mutation($id: ID!) { updateOption(id: $id, input: { name: "x", description: "", priceCents: 0 }) { id } }`,
      { id: createOption.id },
    );
    expect(err.extensions?.code).to.equal('NOT_FOUND');
    const search = (await student.data(LIST, { filter: { search: 'DRAFT' } })).events.nodes;
    expect(search).to.deep.equal([]);
  });

  it('EV3: the Markdown description is rendered to sanitized HTML (no script, no handler, no javascript: link)', async () => {
    const description =
      '# Titre\n\n**gras** <script>alert(1)</script> <img src=x onerror=alert(2)> [lien](javascript:alert(3)) [ok](https://example.org)';
    const { createEvent } = await board.data(CREATE, { input: eventInput(net7, { description }) });
    const html: string = createEvent.descriptionHtml;
    expect(html).to.include('<h2>Titre</h2>').and.include('<strong>gras</strong>');
    expect(html).not.to.match(/script|onerror|javascript:|<img/i);
    expect(html).to.include('href="https://example.org"').and.include('rel="noopener noreferrer nofollow"');
  });

  it('EV3: events carry name, place, dates, club, visibility, contact, sponsorship limit and payment deadline', async () => {
    const { event } = await board.data(
      `query($id: ID!) { event(id: $id) { name location startsAt endsAt visibility contactEmail sponsorshipLimit paymentDeadlineHours showPlacesLeft club { slug } coverUrl cancelled } }`,
      { id: ids.PUBLIC },
    );
    expect(event).to.deep.include({
      location: 'Toulouse',
      contactEmail: 'gala@example.org',
      sponsorshipLimit: 2,
      paymentDeadlineHours: 48,
      showPlacesLeft: true,
      coverUrl: null,
      cancelled: false,
    });
  });

  it('EV4: editing needs EDIT, validates its input and writes nothing on error', async () => {
    const { updateEvent } = await board.data(UPDATE, {
      id: ids.PUBLIC,
      input: { ...updateOf, name: 'Soirée PUBLIC astronomie (modifiée)' },
    });
    expect(updateEvent.name).to.equal('Soirée PUBLIC astronomie (modifiée)');
    const bad = await board.error(UPDATE, {
      id: ids.PUBLIC,
      input: {
        ...updateOf,
        name: '  ',
        endsAt: new Date(Date.now()).toISOString(),
        sponsorshipLimit: -1,
        contactEmail: 'nope',
      },
    });
    expect(bad.extensions?.code).to.equal('BAD_USER_INPUT');
    expect(bad.extensions?.fields).to.include({ sponsorshipLimit: 'OUT_OF_RANGE', contactEmail: 'INVALID_EMAIL' });
    const dates = await board.error(UPDATE, {
      id: ids.PUBLIC,
      input: { ...updateOf, endsAt: new Date(Date.now()).toISOString() },
    });
    expect(dates.extensions?.fields).to.deep.equal({ endsAt: 'BEFORE_OPENING' });
    const { event } = await board.data(`query($id: ID!) { event(id: $id) { name sponsorshipLimit } }`, {
      id: ids.PUBLIC,
    });
    expect(event).to.deep.equal({ name: 'Soirée PUBLIC astronomie (modifiée)', sponsorshipLimit: 2 });
    const student = await t.signedIn('alice@example.org');
    expect((await student.error(UPDATE, { id: ids.PUBLIC, input: updateOf })).extensions?.code).to.equal('FORBIDDEN');
  });

  it('EV1: lists are paginated by start date with a cursor', async () => {
    const first = (await board.data(LIST, { filter: { mine: true, search: 'astronomie' }, first: 2 })).events;
    expect(first.nodes).to.have.length(2);
    expect(first.hasNextPage).to.equal(true);
    const second = (
      await board.data(LIST, { filter: { mine: true, search: 'astronomie' }, first: 2, after: first.endCursor })
    ).events;
    expect(second.nodes).to.have.length(2);
    expect(second.nodes.map((n: any) => n.id)).not.to.include.members(first.nodes.map((n: any) => n.id));
    expect((await board.error(LIST, { after: 'garbage' })).extensions?.code).to.equal('BAD_USER_INPUT');
  });
});
