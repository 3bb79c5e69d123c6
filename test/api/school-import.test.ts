import { expect } from 'chai';
import { useApp } from '../support/app';
import { mailbox } from '../support/mailbox';

const IMPORT = `mutation Import($csv: String!, $dryRun: Boolean) {
  importSchoolAccounts(csv: $csv, dryRun: $dryRun) { applied dryRun created updated unchanged errors { line field code message } }
}`;
const HEADER = 'email,first_name,last_name,school,class_year,associations,clubs';

describe('API: school accounts import (AC2)', () => {
  const t = useApp();
  const count = async (sql: string) => (await t.app.db.orm.em.fork().getConnection().execute(sql))[0].n as number;

  it('AC2: only platform admins may import (anonymous, external, student and board member are refused)', async () => {
    const csv = `${HEADER}\nnew@example.org,New,Person,enseeiht,2027,,\n`;
    expect((await t.client().error(IMPORT, { csv })).extensions?.code).to.equal('UNAUTHENTICATED');
    for (const email of ['exterieur@example.org', 'alice@example.org', 'bureau@example.org']) {
      const c = await t.signedIn(email);
      expect((await c.error(IMPORT, { csv })).extensions?.code, email).to.equal('FORBIDDEN');
    }
    expect(await count(`select count(*)::int n from users where email = 'new@example.org'`)).to.equal(0);
  });

  it('AC2: a file with bad lines writes nothing and reports every bad line with its number', async () => {
    const admin = await t.signedIn('admin@example.org');
    const csv = [
      HEADER,
      'ok1@example.org,Ok,One,enseeiht,2027,bde-n7:2027-08-31,net7:board',
      'broken-email,Bad,Email,enseeiht,2027,,',
      'ok2@example.org,Ok,Two,nowhere,2027,,',
      '"multi@example.org","Multi","Line',
      'Name",ensiacet,1800,,',
      'ok1@example.org,Dup,Licate,enseeiht,2027,,',
      'ok3@example.org,Ok,Three,enseeiht,2027,bde-n7:2027-02-30;ghost:2027-01-01,net7:chair;unknown-club',
    ].join('\n');
    const { importSchoolAccounts: r } = await admin.data(IMPORT, { csv });
    expect(r.applied).to.equal(false);
    expect(r.errors.map((e: any) => [e.line, e.field, e.code])).to.deep.equal([
      [3, 'email', 'INVALID_EMAIL'],
      [4, 'school', 'UNKNOWN_REFERENCE'],
      [5, 'class_year', 'OUT_OF_RANGE'],
      [7, 'email', 'DUPLICATE'],
      [8, 'associations', 'INVALID_FORMAT'],
      [8, 'clubs', 'INVALID_FORMAT'],
    ]);
    expect(await count(`select count(*)::int n from users where email like 'ok%@example.org'`)).to.equal(0);
  });

  it('AC2: unknown association and club slugs are reported; a missing column is reported on line 1', async () => {
    const admin = await t.signedIn('admin@example.org');
    const r1 = (
      await admin.data(IMPORT, { csv: `${HEADER}\nz@example.org,Z,Z,enseeiht,2027,ghost:2027-01-01,phantom\n` })
    ).importSchoolAccounts;
    expect(r1.errors.map((e: any) => [e.line, e.field, e.code])).to.deep.equal([
      [2, 'associations', 'UNKNOWN_REFERENCE'],
      [2, 'clubs', 'UNKNOWN_REFERENCE'],
    ]);
    const r2 = (await admin.data(IMPORT, { csv: `email,first_name,school\nz@example.org,Z,enseeiht\n` }))
      .importSchoolAccounts;
    expect(r2.errors.map((e: any) => [e.line, e.field, e.code])).to.deep.equal([
      [1, 'last_name', 'REQUIRED'],
      [1, 'class_year', 'REQUIRED'],
    ]);
  });

  it('AC2: a dry run counts without writing or mailing', async () => {
    const admin = await t.signedIn('admin@example.org');
    const { importSchoolAccounts: r } = await admin.data(IMPORT, {
      csv: `${HEADER}\ndry@example.org,Dry,Run,enseeiht,2029,,\nalice@example.org,Alice,Martin,enseeiht,2027,,\n`,
      dryRun: true,
    });
    expect(r).to.deep.include({ applied: false, dryRun: true, created: 1, updated: 1, unchanged: 0 });
    expect(await count(`select count(*)::int n from users where email = 'dry@example.org'`)).to.equal(0);
    expect(
      await count(
        `select count(*)::int n from association_memberships m join users u on u.id = m.user_id where u.email = 'alice@example.org'`,
      ),
    ).to.equal(2);
    await mailbox.expectNone(t, 'dry@example.org', () => true, 'a dry run mails nobody');
  });

  it('AC2: importing creates school accounts with memberships; they get an invitation, choose a password and sign in', async () => {
    const admin = await t.signedIn('admin@example.org');
    const csv = `${HEADER}\n"Hugo.Imported@Example.org",Hugo,Importé,ensiacet,2028,"bde-a7:2028-08-31;bds-inp:2027-08-31","theatre-a7:board;ski-inp"\n`;
    const { importSchoolAccounts: r } = await admin.data(IMPORT, { csv });
    expect(r).to.deep.include({ applied: true, created: 1, updated: 0, unchanged: 0, errors: [] });
    const mail = await mailbox.waitFor('hugo.imported@example.org', (m) => m.subject.includes('Votre compte'));
    const token = new URL(mail.links.find((l) => l.includes('/reset-password?token='))!).searchParams.get('token');
    const c = t.client();
    await c.data(`mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`, {
      i: { token, password: 'hugo chooses this one' },
    });
    await c.signIn('hugo.imported@example.org', 'hugo chooses this one');
    const { viewer } = await c.data(
      `{ viewer { kind classYear school { slug } associationMemberships { endsOn association { slug } } clubMemberships { isBoard club { slug } } } }`,
    );
    expect(viewer.kind).to.equal('SCHOOL');
    expect(viewer.classYear).to.equal(2028);
    expect(viewer.school.slug).to.equal('ensiacet');
    expect(viewer.associationMemberships.map((m: any) => `${m.association.slug}@${m.endsOn}`).sort()).to.deep.equal([
      'bde-a7@2028-08-31',
      'bds-inp@2027-08-31',
    ]);
    expect(viewer.clubMemberships.map((m: any) => `${m.club.slug}:${m.isBoard}`).sort()).to.deep.equal([
      'ski-inp:false',
      'theatre-a7:true',
    ]);
  });

  it('AC2: re-importing updates people instead of duplicating them, syncs memberships and mails nobody twice', async () => {
    const admin = await t.signedIn('admin@example.org');
    await mailbox.settled(t); // what earlier tests sent Hugo is in, so that only this test's mail is counted
    const mailsBefore = mailbox.to('hugo.imported@example.org').length;
    const csv = `${HEADER}\nhugo.imported@example.org,Hugo,Importé,ensiacet,2029,bde-a7:2029-08-31,ski-inp:board\n`;
    const first = (await admin.data(IMPORT, { csv })).importSchoolAccounts;
    expect(first).to.deep.include({ applied: true, created: 0, updated: 1, unchanged: 0 });
    const second = (await admin.data(IMPORT, { csv })).importSchoolAccounts;
    expect(second).to.deep.include({ applied: true, created: 0, updated: 0, unchanged: 1 });
    expect(await count(`select count(*)::int n from users where email = 'hugo.imported@example.org'`)).to.equal(1);
    const rows = await t.app.db.orm.em
      .fork()
      .getConnection()
      .execute(
        `select c.slug, m.is_board from club_memberships m join clubs c on c.id = m.club_id join users u on u.id = m.user_id where u.email = 'hugo.imported@example.org'`,
      );
    expect(rows).to.deep.equal([{ slug: 'ski-inp', is_board: true }]);
    // Without the optional columns, memberships are left as they are.
    const third = (
      await admin.data(IMPORT, {
        csv: `email,first_name,last_name,school,class_year\nhugo.imported@example.org,Hugo,Importé,ensiacet,2029\n`,
      })
    ).importSchoolAccounts;
    expect(third).to.deep.include({ applied: true, unchanged: 1 });
    expect(
      await count(
        `select count(*)::int n from club_memberships m join users u on u.id = m.user_id where u.email = 'hugo.imported@example.org'`,
      ),
    ).to.equal(1);
    await mailbox.settled(t); // every mail the re-imports queued has been delivered
    expect(mailbox.to('hugo.imported@example.org').length, 'no second invitation').to.equal(mailsBefore);
  });

  it('AC2: an unverified external account with a school email is taken over by the import (its password and sessions end)', async () => {
    const squatter = t.client();
    await squatter.data(
      `mutation { signUp(input: { email: "victim@example.org", password: "squatter password", firstName: "S", lastName: "Q" }) }`,
    );
    const admin = await t.signedIn('admin@example.org');
    const r = (await admin.data(IMPORT, { csv: `${HEADER}\nvictim@example.org,Victor,Real,enseeiht,2027,,\n` }))
      .importSchoolAccounts;
    expect(r).to.deep.include({ applied: true, created: 0, updated: 1 });
    const rows = await t.app.db.orm.em
      .fork()
      .getConnection()
      .execute(`select kind, password_hash, first_name from users where email = 'victim@example.org'`);
    expect(rows[0]).to.deep.equal({ kind: 'SCHOOL', password_hash: null, first_name: 'Victor' });
    await mailbox.waitFor('victim@example.org', (m) => m.subject.includes('Votre compte'));
  });

  it('AC2: the import is audited with who ran it', async () => {
    const rows = await t.app.db.orm.em
      .fork()
      .getConnection()
      .execute(
        `select a.action, u.email from audit_log a join users u on u.id = a.actor_id where a.action = 'school_accounts.imported' order by a.id`,
      );
    expect(rows.length).to.be.greaterThan(0);
    expect(rows.every((r: any) => r.email === 'admin@example.org')).to.equal(true);
  });
});
