import { expect } from 'chai';
import { useApp } from '../support/app';

const CREATE_CLUB = `mutation($input: CreateClubInput!) { createClub(input: $input) { id slug name archivedAt association { slug } } }`;
const CREATE_SCHOOL = `mutation($input: CreateSchoolInput!) { createSchool(input: $input) { id slug name archivedAt } }`;
const CREATE_ASSOCIATION = `mutation($input: CreateAssociationInput!) { createAssociation(input: $input) { id slug name school { slug } } }`;
const RENAME_SCHOOL = `mutation($id: ID!, $name: String!) { renameSchool(id: $id, name: $name) { id name } }`;
const RENAME_ASSOCIATION = `mutation($id: ID!, $name: String!) { renameAssociation(id: $id, name: $name) { id name } }`;
const UPDATE_CLUB = `mutation($id: ID!, $input: UpdateClubInput!) { updateClub(id: $id, input: $input) { id name association { slug } } }`;
const ARCHIVE = (kind: string) => `mutation($id: ID!) { archive${kind}(id: $id) { id archivedAt } }`;
const UNARCHIVE = (kind: string) => `mutation($id: ID!) { unarchive${kind}(id: $id) { id archivedAt } }`;
const SET_CLUB_MEMBER = `mutation($clubId: ID!, $email: String!, $isBoard: Boolean!) {
  setClubMembership(clubId: $clubId, email: $email, isBoard: $isBoard) { id isBoard user { email } club { slug } }
}`;
const REMOVE_CLUB_MEMBER = `mutation($clubId: ID!, $userId: ID!) { removeClubMembership(clubId: $clubId, userId: $userId) }`;
const CLUB_MEMBERS = `query($clubId: ID!) { clubMembers(clubId: $clubId) { isBoard user { id email } } }`;
const SET_ASSOCIATION_MEMBER = `mutation($associationId: ID!, $email: String!, $endsOn: LocalDate!) {
  setAssociationMembership(associationId: $associationId, email: $email, endsOn: $endsOn) { id endsOn user { email } }
}`;
const REMOVE_ASSOCIATION_MEMBER = `mutation($associationId: ID!, $userId: ID!) { removeAssociationMembership(associationId: $associationId, userId: $userId) }`;
const ASSOCIATION_MEMBERS = `query($associationId: ID!) { associationMembers(associationId: $associationId) { endsOn user { id email } } }`;
const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id } }`;

describe('API: schools, associations, clubs and their memberships (issue 13, AC1, PM2, EV2)', () => {
  const t = useApp();
  const sql = async (q: string, params: unknown[] = []) =>
    (await t.app.db.orm.em.fork().getConnection().execute(q, params)) as any[];
  const idOf = async (table: string, slug: string) =>
    (await sql(`select id from ${table} where slug = ?`, [slug]))[0].id;
  const userId = async (email: string) => (await sql(`select id from users where email = ?`, [email]))[0].id;
  const auditCount = async (action: string, subjectId: string) =>
    (await sql(`select count(*)::int n from audit_log where action = ? and subject_id = ?`, [action, subjectId]))[0].n;
  const eventInput = (clubId: string) => ({
    clubId,
    name: 'Soirée',
    description: '',
    location: 'Foyer',
    startsAt: '2027-03-01T19:00:00Z',
    endsAt: '2027-03-01T23:00:00Z',
    visibility: 'DRAFT',
    sponsorshipLimit: 0,
    showPlacesLeft: false,
  });

  it('AC1: platform admins only create, rename, archive and restore organizations (anonymous, external, student, board refused)', async () => {
    const ops: Array<[string, Record<string, unknown>]> = [
      [CREATE_SCHOOL, { input: { slug: 'x-school', name: 'X' } }],
      [CREATE_ASSOCIATION, { input: { slug: 'x-asso', name: 'X' } }],
      [CREATE_CLUB, { input: { slug: 'x-club', name: 'X' } }],
      [RENAME_SCHOOL, { id: await idOf('schools', 'enseeiht'), name: 'X' }],
      [RENAME_ASSOCIATION, { id: await idOf('associations', 'bde-n7'), name: 'X' }],
      [UPDATE_CLUB, { id: await idOf('clubs', 'net7'), input: { name: 'X' } }],
      [ARCHIVE('School'), { id: await idOf('schools', 'enseeiht') }],
      [ARCHIVE('Association'), { id: await idOf('associations', 'bde-n7') }],
      [ARCHIVE('Club'), { id: await idOf('clubs', 'net7') }],
      [UNARCHIVE('School'), { id: await idOf('schools', 'enseeiht') }],
      [UNARCHIVE('Association'), { id: await idOf('associations', 'bde-n7') }],
      [UNARCHIVE('Club'), { id: await idOf('clubs', 'net7') }],
      [ASSOCIATION_MEMBERS, { associationId: await idOf('associations', 'bde-n7') }],
      [
        SET_ASSOCIATION_MEMBER,
        { associationId: await idOf('associations', 'bde-n7'), email: 'chloe@example.org', endsOn: '2027-08-31' },
      ],
      [
        REMOVE_ASSOCIATION_MEMBER,
        { associationId: await idOf('associations', 'bde-n7'), userId: await userId('alice@example.org') },
      ],
    ];
    for (const [op, vars] of ops) {
      expect((await t.client().error(op, vars)).extensions?.code, op).to.equal('UNAUTHENTICATED');
      for (const email of ['exterieur@example.org', 'alice@example.org', 'bureau@example.org']) {
        const c = await t.signedIn(email);
        expect((await c.error(op, vars)).extensions?.code, `${email} ${op}`).to.equal('FORBIDDEN');
      }
    }
    expect((await sql(`select count(*)::int n from schools where name = 'X'`))[0].n).to.equal(0);
    expect((await sql(`select count(*)::int n from clubs where archived_at is not null`))[0].n).to.equal(0);
  });

  it('AC1: a platform admin creates a school, an association in it and a club in that; renames them; all audited', async () => {
    const admin = await t.signedIn('admin@example.org');
    const school = (await admin.data(CREATE_SCHOOL, { input: { slug: 'insa', name: 'INSA' } })).createSchool;
    expect(school).to.include({ slug: 'insa', name: 'INSA', archivedAt: null });
    const association = (
      await admin.data(CREATE_ASSOCIATION, { input: { slug: 'bde-insa', name: 'BDE INSA', schoolId: school.id } })
    ).createAssociation;
    expect(association.school.slug).to.equal('insa');
    const club = (
      await admin.data(CREATE_CLUB, { input: { slug: 'robot-insa', name: 'Robot', associationId: association.id } })
    ).createClub;
    expect(club.association.slug).to.equal('bde-insa');
    expect((await admin.data(RENAME_SCHOOL, { id: school.id, name: ' INSA Toulouse ' })).renameSchool.name).to.equal(
      'INSA Toulouse',
    );
    expect((await admin.data(RENAME_ASSOCIATION, { id: association.id, name: 'BDE' })).renameAssociation.name).to.equal(
      'BDE',
    );
    const moved = (
      await admin.data(UPDATE_CLUB, { id: club.id, input: { name: 'Club robotique', associationId: null } })
    ).updateClub;
    expect(moved).to.deep.equal({ id: club.id, name: 'Club robotique', association: null });
    expect(await auditCount('school.created', school.id)).to.equal(1);
    expect(await auditCount('school.renamed', school.id)).to.equal(1);
    expect(await auditCount('association.created', association.id)).to.equal(1);
    expect(await auditCount('club.created', club.id)).to.equal(1);
    expect(await auditCount('club.updated', club.id)).to.equal(1);
    // The public lists show them at once.
    const { clubs } = await t.client().data(`{ clubs { slug name } }`);
    expect(clubs).to.deep.include({ slug: 'robot-insa', name: 'Club robotique' });
  });

  it('AC1: bad input is coded: a duplicate or malformed slug, an empty name, an unknown parent', async () => {
    const admin = await t.signedIn('admin@example.org');
    const fields = async (op: string, vars: Record<string, unknown>) =>
      (await admin.error(op, vars)).extensions?.fields;
    expect(await fields(CREATE_CLUB, { input: { slug: 'net7', name: 'Again' } })).to.deep.equal({ slug: 'DUPLICATE' });
    expect(await fields(CREATE_SCHOOL, { input: { slug: 'Bad Slug', name: 'X' } })).to.deep.equal({
      slug: 'INVALID_FORMAT',
    });
    expect(await fields(CREATE_SCHOOL, { input: { slug: 'ok', name: '   ' } })).to.deep.equal({ name: 'REQUIRED' });
    expect(
      await fields(CREATE_CLUB, {
        input: { slug: 'orphan', name: 'X', associationId: '00000000-0000-4000-8000-000000000000' },
      }),
    ).to.deep.equal({ associationId: 'UNKNOWN_REFERENCE' });
  });

  it('EV2: an archived club keeps its events and grants but creates no event (ORGANIZATION_ARCHIVED); archived parents take no child', async () => {
    const admin = await t.signedIn('admin@example.org');
    const club = (await admin.data(CREATE_CLUB, { input: { slug: 'old-club', name: 'Old' } })).createClub;
    const event = (await admin.data(CREATE_EVENT, { input: eventInput(club.id) })).createEvent;
    const archived = (await admin.data(ARCHIVE('Club'), { id: club.id })).archiveClub;
    expect(archived.archivedAt).to.be.a('string');
    expect((await admin.data(ARCHIVE('Club'), { id: club.id })).archiveClub.archivedAt).to.equal(archived.archivedAt);
    expect(await auditCount('club.archived', club.id)).to.equal(1);
    expect((await admin.error(CREATE_EVENT, { input: eventInput(club.id) })).extensions?.code).to.equal(
      'ORGANIZATION_ARCHIVED',
    );
    expect((await sql(`select count(*)::int n from events where id = ?`, [event.id]))[0].n).to.equal(1);
    expect((await sql(`select count(*)::int n from event_grants where event_id = ?`, [event.id]))[0].n).to.equal(1);
    expect(
      (await admin.error(SET_CLUB_MEMBER, { clubId: club.id, email: 'alice@example.org', isBoard: false })).extensions
        ?.code,
    ).to.equal('ORGANIZATION_ARCHIVED');

    const association = (await admin.data(CREATE_ASSOCIATION, { input: { slug: 'old-asso', name: 'Old' } }))
      .createAssociation;
    await admin.data(ARCHIVE('Association'), { id: association.id });
    expect(
      (await admin.error(CREATE_CLUB, { input: { slug: 'late', name: 'Late', associationId: association.id } }))
        .extensions?.code,
    ).to.equal('ORGANIZATION_ARCHIVED');
  });

  it("PM2: a club's board manages its own club's members and board (audited); members, other boards, others and anonymous can't", async () => {
    const net7 = await idOf('clubs', 'net7');
    const bureau = await t.signedIn('bureau@example.org');
    // Anonymous, an external account, a plain member of Net7 (Alice), a student outside it.
    expect((await t.client().error(CLUB_MEMBERS, { clubId: net7 })).extensions?.code).to.equal('UNAUTHENTICATED');
    const vars = { clubId: net7, email: 'chloe@example.org', isBoard: true };
    expect((await t.client().error(SET_CLUB_MEMBER, vars)).extensions?.code).to.equal('UNAUTHENTICATED');
    for (const email of ['exterieur@example.org', 'alice@example.org', 'chloe@example.org']) {
      const c = await t.signedIn(email);
      expect((await c.error(CLUB_MEMBERS, { clubId: net7 })).extensions?.code, email).to.equal('FORBIDDEN');
      expect((await c.error(SET_CLUB_MEMBER, vars)).extensions?.code, email).to.equal('FORBIDDEN');
      expect(
        (await c.error(REMOVE_CLUB_MEMBER, { clubId: net7, userId: await userId('alice@example.org') })).extensions
          ?.code,
        email,
      ).to.equal('FORBIDDEN');
    }
    // Net7's board adds Chloé to the board; she then manages it too, and creates an event for it (EV2).
    const added = (await bureau.data(SET_CLUB_MEMBER, vars)).setClubMembership;
    expect(added).to.deep.include({ isBoard: true, user: { email: 'chloe@example.org' }, club: { slug: 'net7' } });
    expect(await auditCount('club_membership.added', net7)).to.equal(1);
    const chloe = await t.signedIn('chloe@example.org');
    expect((await chloe.data(CREATE_EVENT, { input: eventInput(net7) })).createEvent.id).to.be.a('string');
    const members = (await chloe.data(CLUB_MEMBERS, { clubId: net7 })).clubMembers;
    expect(members.map((m: any) => [m.user.email, m.isBoard])).to.deep.include.members([
      ['bureau@example.org', true],
      ['chloe@example.org', true],
      ['alice@example.org', false],
    ]);
    // The board of Net7 is nobody on another club's board: it can't manage the ski club.
    const ski = await idOf('clubs', 'ski-inp');
    expect((await bureau.error(SET_CLUB_MEMBER, { ...vars, clubId: ski })).extensions?.code).to.equal('FORBIDDEN');
    // Stepping Chloé down, then removing her: audited; she can no longer manage the club.
    expect((await bureau.data(SET_CLUB_MEMBER, { ...vars, isBoard: false })).setClubMembership.isBoard).to.equal(false);
    expect(await auditCount('club_membership.changed', net7)).to.equal(1);
    expect((await chloe.error(CLUB_MEMBERS, { clubId: net7 })).extensions?.code).to.equal('FORBIDDEN');
    expect(
      (await bureau.data(REMOVE_CLUB_MEMBER, { clubId: net7, userId: await userId('chloe@example.org') }))
        .removeClubMembership,
    ).to.equal(true);
    expect(await auditCount('club_membership.removed', net7)).to.equal(1);
    expect(
      (await bureau.error(REMOVE_CLUB_MEMBER, { clubId: net7, userId: await userId('chloe@example.org') })).extensions
        ?.code,
    ).to.equal('NOT_FOUND');
  });

  it('EV2: a restored club creates events again (audited, idempotent); restoring refused while its association is archived, and for non-admins', async () => {
    const admin = await t.signedIn('admin@example.org');
    const association = (await admin.data(CREATE_ASSOCIATION, { input: { slug: 'back-asso', name: 'Back' } }))
      .createAssociation;
    const club = (
      await admin.data(CREATE_CLUB, { input: { slug: 'back-club', name: 'Back', associationId: association.id } })
    ).createClub;
    await admin.data(ARCHIVE('Club'), { id: club.id });
    expect((await admin.error(CREATE_EVENT, { input: eventInput(club.id) })).extensions?.code).to.equal(
      'ORGANIZATION_ARCHIVED',
    );
    // Non-admins can't restore it (Net7's board included), anonymous neither.
    expect((await t.client().error(UNARCHIVE('Club'), { id: club.id })).extensions?.code).to.equal('UNAUTHENTICATED');
    for (const email of ['exterieur@example.org', 'alice@example.org', 'bureau@example.org']) {
      const c = await t.signedIn(email);
      expect((await c.error(UNARCHIVE('Club'), { id: club.id })).extensions?.code, email).to.equal('FORBIDDEN');
    }
    // While its association is archived, the club stays archived: the association is named.
    await admin.data(ARCHIVE('Association'), { id: association.id });
    const refused = await admin.error(UNARCHIVE('Club'), { id: club.id });
    expect(refused.extensions?.code).to.equal('ORGANIZATION_ARCHIVED');
    expect(refused.message).to.contain('back-asso');
    expect((await sql(`select archived_at from clubs where id = ?`, [club.id]))[0].archived_at).to.not.equal(null);
    // Restoring the association, then the club (twice: the second changes nothing).
    expect(
      (await admin.data(UNARCHIVE('Association'), { id: association.id })).unarchiveAssociation.archivedAt,
    ).to.equal(null);
    expect((await admin.data(UNARCHIVE('Club'), { id: club.id })).unarchiveClub).to.deep.equal({
      id: club.id,
      archivedAt: null,
    });
    expect((await admin.data(UNARCHIVE('Club'), { id: club.id })).unarchiveClub.archivedAt).to.equal(null);
    expect(await auditCount('club.unarchived', club.id)).to.equal(1);
    expect(await auditCount('association.unarchived', association.id)).to.equal(1);
    // EV2: the club creates events and takes members again.
    expect((await admin.data(CREATE_EVENT, { input: eventInput(club.id) })).createEvent.id).to.be.a('string');
    expect(
      (await admin.data(SET_CLUB_MEMBER, { clubId: club.id, email: 'alice@example.org', isBoard: true }))
        .setClubMembership.isBoard,
    ).to.equal(true);
  });

  it('AC1: an association is not restored while its school is archived; a school is', async () => {
    const admin = await t.signedIn('admin@example.org');
    const school = (await admin.data(CREATE_SCHOOL, { input: { slug: 'back-school', name: 'Back' } })).createSchool;
    const association = (
      await admin.data(CREATE_ASSOCIATION, { input: { slug: 'back-bde', name: 'BDE', schoolId: school.id } })
    ).createAssociation;
    await admin.data(ARCHIVE('Association'), { id: association.id });
    await admin.data(ARCHIVE('School'), { id: school.id });
    expect((await admin.error(UNARCHIVE('Association'), { id: association.id })).extensions?.code).to.equal(
      'ORGANIZATION_ARCHIVED',
    );
    expect((await admin.data(UNARCHIVE('School'), { id: school.id })).unarchiveSchool.archivedAt).to.equal(null);
    expect(await auditCount('school.unarchived', school.id)).to.equal(1);
    expect(
      (await admin.data(UNARCHIVE('Association'), { id: association.id })).unarchiveAssociation.archivedAt,
    ).to.equal(null);
    expect(
      (await admin.error(UNARCHIVE('School'), { id: '00000000-0000-4000-8000-000000000000' })).extensions?.code,
    ).to.equal('NOT_FOUND');
  });

  /** A new club (platform admin) with these board members and plain members. */
  const clubWith = async (slug: string, board: string[], members: string[] = []) => {
    const admin = await t.signedIn('admin@example.org');
    const club = (await admin.data(CREATE_CLUB, { input: { slug, name: slug } })).createClub;
    for (const email of [...board, ...members])
      await admin.data(SET_CLUB_MEMBER, { clubId: club.id, email, isBoard: board.includes(email) });
    return club.id as string;
  };
  const boardSize = async (clubId: string) =>
    (await sql(`select count(*)::int n from club_memberships where club_id = ? and is_board`, [clubId]))[0].n;

  it("PM2: a club's board keeps one board member: the last one can't step down or be removed (LAST_BOARD_MEMBER)", async () => {
    const clubId = await clubWith('board-last', ['bureau@example.org'], ['alice@example.org']);
    const bureauId = await userId('bureau@example.org');
    const bureau = await t.signedIn('bureau@example.org');
    const demoteSelf = { clubId, email: 'bureau@example.org', isBoard: false };
    expect((await bureau.error(SET_CLUB_MEMBER, demoteSelf)).extensions?.code).to.equal('LAST_BOARD_MEMBER');
    expect((await bureau.error(REMOVE_CLUB_MEMBER, { clubId, userId: bureauId })).extensions?.code).to.equal(
      'LAST_BOARD_MEMBER',
    );
    expect(await boardSize(clubId)).to.equal(1);
    expect(await auditCount('club_membership.changed', clubId)).to.equal(0);
    expect(await auditCount('club_membership.removed', clubId)).to.equal(0);
    // With a second board member, one may step down: the board is never empty.
    await bureau.data(SET_CLUB_MEMBER, { clubId, email: 'alice@example.org', isBoard: true });
    expect((await bureau.data(SET_CLUB_MEMBER, demoteSelf)).setClubMembership.isBoard).to.equal(false);
    const alice = await t.signedIn('alice@example.org');
    const aliceId = await userId('alice@example.org');
    expect((await alice.error(REMOVE_CLUB_MEMBER, { clubId, userId: aliceId })).extensions?.code).to.equal(
      'LAST_BOARD_MEMBER',
    );
    // Removing a plain member is not about the board.
    expect((await alice.data(REMOVE_CLUB_MEMBER, { clubId, userId: bureauId })).removeClubMembership).to.equal(true);
    expect(await boardSize(clubId)).to.equal(1);
  });

  it('PM2: two board members demoting, or removing, each other at once leave one board member (the club row is locked)', async () => {
    const clubId = await clubWith('board-race', ['bureau@example.org', 'chloe@example.org']);
    const bureau = await t.signedIn('bureau@example.org');
    const chloe = await t.signedIn('chloe@example.org');
    const demotions = await Promise.all([
      bureau.request(SET_CLUB_MEMBER, { clubId, email: 'chloe@example.org', isBoard: false }),
      chloe.request(SET_CLUB_MEMBER, { clubId, email: 'bureau@example.org', isBoard: false }),
    ]);
    const codes = demotions.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK');
    expect(
      codes.filter((c) => c === 'OK'),
      JSON.stringify(codes),
    ).to.have.length(1);
    // The one who lost the race is off the board when their change runs (FORBIDDEN), or would empty it.
    expect(codes.find((c) => c !== 'OK')).to.be.oneOf(['FORBIDDEN', 'LAST_BOARD_MEMBER']);
    expect(await boardSize(clubId)).to.equal(1);

    // The same race, removing each other from the club.
    const [stays, goes] = codes[0] === 'OK' ? [bureau, chloe] : [chloe, bureau];
    const [staysEmail, goesEmail] =
      codes[0] === 'OK' ? ['bureau@example.org', 'chloe@example.org'] : ['chloe@example.org', 'bureau@example.org'];
    await stays.data(SET_CLUB_MEMBER, { clubId, email: goesEmail, isBoard: true });
    expect(await boardSize(clubId)).to.equal(2);
    const removals = await Promise.all([
      stays.request(REMOVE_CLUB_MEMBER, { clubId, userId: await userId(goesEmail) }),
      goes.request(REMOVE_CLUB_MEMBER, { clubId, userId: await userId(staysEmail) }),
    ]);
    expect(
      removals.filter((r) => !r.errors),
      JSON.stringify(removals.map((r) => r.errors)),
    ).to.have.length(1);
    expect(await boardSize(clubId)).to.equal(1);
  });

  it('PM2: a platform admin may empty a club’s board, and name a new one', async () => {
    const clubId = await clubWith('board-admin', ['bureau@example.org'], ['alice@example.org']);
    const admin = await t.signedIn('admin@example.org');
    const demote = { clubId, email: 'bureau@example.org', isBoard: false };
    expect((await admin.data(SET_CLUB_MEMBER, demote)).setClubMembership.isBoard).to.equal(false);
    expect(await boardSize(clubId)).to.equal(0);
    await admin.data(SET_CLUB_MEMBER, { clubId, email: 'alice@example.org', isBoard: true });
    expect(
      (await admin.data(REMOVE_CLUB_MEMBER, { clubId, userId: await userId('alice@example.org') }))
        .removeClubMembership,
    ).to.equal(true);
    expect(await boardSize(clubId)).to.equal(0);
  });

  it('AC1: memberships belong to school accounts: an external account or an unknown email is refused on its field', async () => {
    const admin = await t.signedIn('admin@example.org');
    const net7 = await idOf('clubs', 'net7');
    const bde = await idOf('associations', 'bde-n7');
    const field = async (op: string, vars: Record<string, unknown>) => (await admin.error(op, vars)).extensions?.fields;
    expect(
      await field(SET_CLUB_MEMBER, { clubId: net7, email: 'exterieur@example.org', isBoard: false }),
    ).to.deep.equal({ email: 'NOT_ALLOWED' });
    expect(await field(SET_CLUB_MEMBER, { clubId: net7, email: 'nobody@example.org', isBoard: false })).to.deep.equal({
      email: 'UNKNOWN_REFERENCE',
    });
    expect(
      await field(SET_ASSOCIATION_MEMBER, { associationId: bde, email: 'exterieur@example.org', endsOn: '2027-08-31' }),
    ).to.deep.equal({ email: 'NOT_ALLOWED' });
  });

  it('AC1: a platform admin manages association memberships one by one, with their end date (audited)', async () => {
    const admin = await t.signedIn('admin@example.org');
    const bde = await idOf('associations', 'bde-n7');
    const set = (endsOn: string) =>
      admin.data(SET_ASSOCIATION_MEMBER, { associationId: bde, email: 'chloe@example.org', endsOn });
    expect((await set('2027-08-31')).setAssociationMembership).to.deep.include({
      endsOn: '2027-08-31',
      user: { email: 'chloe@example.org' },
    });
    expect((await set('2028-08-31')).setAssociationMembership.endsOn).to.equal('2028-08-31');
    const list = (await admin.data(ASSOCIATION_MEMBERS, { associationId: bde })).associationMembers;
    expect(list.find((m: any) => m.user.email === 'chloe@example.org').endsOn).to.equal('2028-08-31');
    // Chloé now sees her membership on her account.
    const chloe = await t.signedIn('chloe@example.org');
    const { viewer } = await chloe.data(`{ viewer { associationMemberships { endsOn association { slug } } } }`);
    expect(viewer.associationMemberships).to.deep.equal([{ endsOn: '2028-08-31', association: { slug: 'bde-n7' } }]);
    const chloeId = await userId('chloe@example.org');
    expect(
      (await admin.data(REMOVE_ASSOCIATION_MEMBER, { associationId: bde, userId: chloeId }))
        .removeAssociationMembership,
    ).to.equal(true);
    expect(await auditCount('association_membership.added', bde)).to.equal(1);
    expect(await auditCount('association_membership.changed', bde)).to.equal(1);
    expect(await auditCount('association_membership.removed', bde)).to.equal(1);
  });
});

// A real 1×1 PNG.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3a5b0e20000000049454e44ae426082',
  'hex',
);

describe('API: club logos (issue 13)', () => {
  const t = useApp();
  const upload = async (cookie: string, clubId: string, bytes: Buffer, name: string) => {
    const form = new FormData();
    form.append(
      'operations',
      JSON.stringify({
        query: `mutation($id: ID!, $f: Upload!) { setClubLogo(id: $id, file: $f) { logoUrl } }`,
        variables: { id: clubId, f: null },
      }),
    );
    form.append('map', JSON.stringify({ 0: ['variables.f'] }));
    form.append('0', new Blob([new Uint8Array(bytes)]), name);
    const res = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      body: form,
      headers: { cookie, 'apollo-require-preflight': 'true' },
    });
    return (await res.json()) as any;
  };
  const cookieOf = async (email: string) =>
    [...(await t.signedIn(email)).cookies].map(([k, v]) => `${k}=${v}`).join('; ');

  it('AC1: a platform admin sets a club logo checked by content, served publicly, then removes it; others are refused', async () => {
    const clubId = (
      (await t.app.db.orm.em.fork().getConnection().execute(`select id from clubs where slug = 'net7'`)) as any[]
    )[0].id;
    const refused = await upload(await cookieOf('bureau@example.org'), clubId, PNG, 'logo.png');
    expect(refused.errors[0].extensions.code).to.equal('FORBIDDEN');
    const admin = await cookieOf('admin@example.org');
    const notImage = await upload(admin, clubId, Buffer.from('%PDF-1.4 not an image'), 'logo.png');
    expect(notImage.errors[0].extensions.fields).to.deep.equal({ file: 'UNSUPPORTED_TYPE' });
    const done = await upload(admin, clubId, PNG, 'logo.png');
    const logoUrl = done.data.setClubLogo.logoUrl as string;
    expect(logoUrl).to.match(new RegExp(`^/media/clubs/${clubId}/logo\\?v=`));
    const img = await fetch(`${t.url}${logoUrl}`);
    expect(img.status).to.equal(200);
    expect(img.headers.get('content-type')).to.equal('image/png');
    expect(Buffer.from(await img.arrayBuffer()).equals(PNG)).to.equal(true);
    const { clubs } = await t.client().data(`{ clubs { slug logoUrl } }`);
    expect(clubs.find((c: any) => c.slug === 'net7').logoUrl).to.equal(logoUrl);

    const c = await t.signedIn('admin@example.org');
    const removed = await c.data(`mutation($id: ID!) { removeClubLogo(id: $id) { logoUrl } }`, { id: clubId });
    expect(removed.removeClubLogo.logoUrl).to.equal(null);
    expect((await fetch(`${t.url}${logoUrl}`)).status).to.equal(404);
  });
});
