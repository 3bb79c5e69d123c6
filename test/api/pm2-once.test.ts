import { expect } from 'chai';
import { useApp } from '../support/app';
import { createUser, idOf, signInAll } from '../support/fixtures';
import { eventInput } from '../support/event-fixtures';

// PM2 is written once (permissions.policy.ts `grantsReaching`) and used three ways: the `mine` list of events
// (one SQL query), the level loader behind `viewerPermission`, and the one-event check behind `event(id)`
// (a DRAFT answers NOT_FOUND without a level). The same viewers × grants matrix asked all three ways must give
// the same answer, and the expected one: if one use is rewritten on its own and drifts, this fails. The list of an
// event's people (`event.admins`, permissions.service.ts) expands grants the other way round, so it is held to the
// same matrix.

type Level = 'VIEW' | 'VALIDATE' | 'EDIT' | 'ADMIN';
const VIEWERS = [
  'person',
  'boardNet7',
  'memberNet7',
  'boardSki',
  'memberSki',
  'both',
  'stranger',
  'external',
  'platform',
] as const;
type Viewer = (typeof VIEWERS)[number];
const EVENTS = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7'] as const;
type Ev = (typeof EVENTS)[number];

type Grant =
  | { level: Level; to: 'person' | 'memberNet7' }
  | { level: Level; board: 'net7' | 'ski-inp' }
  | { level: Level; members: 'net7' | 'ski-inp' };
// Every event also has its creator's ADMIN grant (bureau@, who is none of the viewers).
const GRANTS: Record<Ev, Grant[]> = {
  e1: [{ level: 'VIEW', to: 'person' }],
  e2: [{ level: 'EDIT', board: 'net7' }],
  e3: [{ level: 'VALIDATE', members: 'net7' }],
  e4: [
    { level: 'VIEW', board: 'ski-inp' },
    { level: 'VALIDATE', members: 'ski-inp' },
  ],
  e5: [
    { level: 'ADMIN', to: 'memberNet7' },
    { level: 'VIEW', members: 'net7' },
  ],
  e6: [
    { level: 'ADMIN', board: 'ski-inp' },
    { level: 'EDIT', to: 'person' },
  ],
  e7: [],
};

// The highest level reaching each viewer; absent means none. Board members are members too (CLUB_MEMBERS).
const ALL_ADMIN = Object.fromEntries(EVENTS.map((e) => [e, 'ADMIN'])) as Record<Ev, Level>;
const EXPECTED: Record<Viewer, Partial<Record<Ev, Level>>> = {
  person: { e1: 'VIEW', e6: 'EDIT' },
  boardNet7: { e2: 'EDIT', e3: 'VALIDATE', e5: 'VIEW' },
  memberNet7: { e3: 'VALIDATE', e5: 'ADMIN' },
  boardSki: { e4: 'VALIDATE', e6: 'ADMIN' },
  memberSki: { e4: 'VALIDATE' },
  both: { e3: 'VALIDATE', e4: 'VALIDATE', e5: 'VIEW', e6: 'ADMIN' },
  stranger: {},
  external: {},
  platform: ALL_ADMIN,
};

const WORD = 'Pmdeuxmatrice';
const MINE = `query($s: String!) { events(first: 100, filter: { mine: true, includePast: true, search: $s }) { nodes { id viewerPermission } } }`;
const ONE = `query($id: ID!) { event(id: $id) { id viewerPermission } }`;

describe('API: PM2 written once (issue 12)', () => {
  const t = useApp();
  const ids = {} as Record<Ev, string>;
  const emails = {} as Record<Viewer, string>;

  before(async function () {
    this.timeout(60_000);
    const n = Date.now();
    const mail = (v: Viewer) => (emails[v] = `pm2-${v.toLowerCase()}-${n}@example.org`);
    const school = { kind: 'SCHOOL' as const, schoolSlug: 'enseeiht', classYear: 2027 };
    await createUser(t, { ...school, email: mail('person') });
    await createUser(t, { ...school, email: mail('boardNet7'), clubs: [{ slug: 'net7', isBoard: true }] });
    await createUser(t, { ...school, email: mail('memberNet7'), clubs: [{ slug: 'net7', isBoard: false }] });
    await createUser(t, { ...school, email: mail('boardSki'), clubs: [{ slug: 'ski-inp', isBoard: true }] });
    await createUser(t, { ...school, email: mail('memberSki'), clubs: [{ slug: 'ski-inp', isBoard: false }] });
    await createUser(t, {
      ...school,
      email: mail('both'),
      clubs: [
        { slug: 'ski-inp', isBoard: true },
        { slug: 'net7', isBoard: false },
      ],
    });
    await createUser(t, { ...school, email: mail('stranger') });
    await createUser(t, { kind: 'EXTERNAL', email: mail('external') });
    await createUser(t, { ...school, email: mail('platform'), platformAdmin: true });

    const bureau = await t.signedIn('bureau@example.org');
    const clubs = { net7: await idOf(t, 'club', 'net7'), 'ski-inp': await idOf(t, 'club', 'ski-inp') };
    for (const e of EVENTS) {
      const input = eventInput(clubs.net7, { name: `${WORD} ${e}`, visibility: 'DRAFT' });
      ids[e] = (
        await bureau.data(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, { i: input })
      ).createEvent.id;
      for (const g of GRANTS[e]) {
        const i =
          'to' in g
            ? { level: g.level, granteeKind: 'USER', userEmail: emails[g.to] }
            : 'board' in g
              ? { level: g.level, granteeKind: 'CLUB_BOARD', clubId: clubs[g.board] }
              : { level: g.level, granteeKind: 'CLUB_MEMBERS', clubId: clubs[g.members] };
        await bureau.data(
          `mutation($e: ID!, $i: GrantPermissionInput!) { grantPermission(eventId: $e, input: $i) { id } }`,
          { e: ids[e], i },
        );
      }
    }
  });

  it('PM2: the mine list, the level loader and the one-event check agree on every viewer × grant of the matrix', async function () {
    this.timeout(60_000);
    const clients = await signInAll(t, emails);
    const nameOf = new Map(EVENTS.map((e) => [ids[e], e]));
    for (const v of VIEWERS) {
      const expected = Object.fromEntries(EVENTS.filter((e) => EXPECTED[v][e]).map((e) => [e, EXPECTED[v][e]]));

      // The SQL of the `mine` list, with the loader's level for each event it lists.
      const listed = (await clients[v].data(MINE, { s: WORD })).events.nodes as Array<{
        id: string;
        viewerPermission: Level | null;
      }>;
      const fromList = Object.fromEntries(
        listed.filter((n) => nameOf.has(n.id)).map((n) => [nameOf.get(n.id)!, n.viewerPermission]),
      );
      expect(fromList, `${v}: events(mine) and their viewerPermission`).to.deep.equal(expected);

      // The policy's one-event check: a DRAFT is seen only with a level (NOT_FOUND otherwise).
      const fromOne: Record<string, Level | null> = {};
      for (const e of EVENTS) {
        const res = await clients[v].request(ONE, { id: ids[e] });
        if (res.errors) expect(res.errors[0].extensions?.code, `${v} on ${e}`).to.equal('NOT_FOUND');
        else fromOne[e] = res.data!.event.viewerPermission;
      }
      expect(fromOne, `${v}: event(id) one by one`).to.deep.equal(expected);
    }
  });

  it('PM2: event.admins (grants expanded to people, for the ADMIN page and PY3 mails) gives every viewer of the matrix the same level', async function () {
    this.timeout(60_000);
    const bureau = await t.signedIn('bureau@example.org');
    const viewerOf = new Map(VIEWERS.map((v) => [emails[v], v]));
    for (const e of EVENTS) {
      const { admins } = (
        await bureau.data(`query($id: ID!) { event(id: $id) { admins { user { email } level } } }`, { id: ids[e] })
      ).event;
      const got = Object.fromEntries(
        (admins as Array<{ user: { email: string }; level: Level }>)
          .filter((a) => viewerOf.has(a.user.email))
          .map((a) => [viewerOf.get(a.user.email)!, a.level]),
      );
      const expected = Object.fromEntries(VIEWERS.filter((v) => EXPECTED[v][e]).map((v) => [v, EXPECTED[v][e]]));
      expect(got, `${e}: event.admins`).to.deep.equal(expected);
    }
  });
});
