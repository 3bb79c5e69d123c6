import { expect } from 'chai';
import { issueEmailToken } from '../../server/src/modules/accounts/email-tokens';
import { EmailTokenPurpose, User } from '../../server/src/model';
import { useApp, type TestApp } from '../support/app';
import { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';
import { RedirectWalker, schoolSignInWithSimulator, setPerson } from '../support/oidc';

const SIGN_IN = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const CHANGE = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const RESET = `mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) }`;
const VIEWER = `query { viewer { id email kind canSetPassword } }`;
const IMPORT = `mutation ($csv: String!) { importSchoolAccounts(csv: $csv) { applied created errors { line code } } }`;

/** Signs in through the local identity provider as `sub`; a GraphQL client holding that session. */
async function schoolClient(url: string, sub: string): Promise<ApiClient> {
  const walker = new RedirectWalker(url);
  const landed = await schoolSignInWithSimulator(walker, sub);
  expect(landed.searchParams.get('schoolError'), 'school sign-in succeeded').to.equal(null);
  const c = new ApiClient(url);
  c.cookies.set('billetterie_session', walker.cookies.get('billetterie_session')!);
  return c;
}

/** A reset link for the account as one mailed earlier would be (before the setting changed, or an invitation). */
async function resetTokenFor(t: TestApp, email: string): Promise<string> {
  const em = t.app.db.orm.em.fork();
  const user = await em.findOneOrFail(User, { email });
  const token = issueEmailToken(em, user, EmailTokenPurpose.RESET_PASSWORD);
  await em.flush();
  return token;
}

async function passwordHashOf(t: TestApp, email: string): Promise<string | null> {
  const rows = await t.app.db.orm.em
    .fork()
    .execute<Array<{ password_hash: string | null }>>(`select password_hash from users where email = ?`, [email]);
  return rows[0].password_hash;
}

describe('API: school accounts sign in with the school only when SCHOOL_PASSWORDS=false (AC2)', () => {
  const t = useApp({ env: { SCHOOL_PASSWORDS: 'false' } });

  it('AC2: a school account’s right password answers SCHOOL_SIGNIN_REQUIRED, a wrong one INVALID_CREDENTIALS; no session either way', async () => {
    const c = t.client();
    const right = await c.error(SIGN_IN, { input: { email: 'chloe@example.org', password: 'billetterie-demo' } });
    expect(right.extensions?.code).to.equal('SCHOOL_SIGNIN_REQUIRED');
    const wrong = await c.error(SIGN_IN, { input: { email: 'chloe@example.org', password: 'not-her-password' } });
    expect(wrong.extensions?.code).to.equal('INVALID_CREDENTIALS');
    // The same answer as an unknown address: wrong passwords don't tell school accounts apart.
    const unknown = await c.error(SIGN_IN, { input: { email: 'nobody@example.org', password: 'not-her-password' } });
    expect(unknown.extensions?.code).to.equal('INVALID_CREDENTIALS');
    expect(c.cookies.has('billetterie_session')).to.equal(false);
    expect((await c.data<{ viewer: unknown }>(VIEWER)).viewer).to.equal(null);
  });

  it('AC2: a school account can’t change its password (SCHOOL_PASSWORD_DISABLED), canSetPassword says so, and the stored hash is kept', async () => {
    const before = await passwordHashOf(t, 'alice@example.org');
    expect(before).to.be.a('string');
    const alice = await schoolClient(t.url, 'n7-alice');
    const { viewer } = await alice.data<{ viewer: { email: string; kind: string; canSetPassword: boolean } }>(VIEWER);
    expect(viewer).to.include({ email: 'alice@example.org', kind: 'SCHOOL', canSetPassword: false });
    const refused = await alice.error(CHANGE, {
      input: { currentPassword: 'billetterie-demo', newPassword: 'a-new-password-123' },
    });
    expect(refused.extensions?.code).to.equal('SCHOOL_PASSWORD_DISABLED');
    expect(await passwordHashOf(t, 'alice@example.org')).to.equal(before);
  });

  it('AC2: a reset link of a school account sets no password (SCHOOL_PASSWORD_DISABLED), and the link stays unused', async () => {
    const before = await passwordHashOf(t, 'chloe@example.org');
    const token = await resetTokenFor(t, 'chloe@example.org');
    const refused = await t.client().error(RESET, { input: { token, password: 'a-new-password-123' } });
    expect(refused.extensions?.code).to.equal('SCHOOL_PASSWORD_DISABLED');
    expect(await passwordHashOf(t, 'chloe@example.org')).to.equal(before);
    const [row] = await t.app.db.orm.em
      .fork()
      .execute<Array<{ used: boolean }>>(
        `select bool_and(t.used_at is null) as used from email_tokens t join users u on u.id = t.user_id where u.email = ?`,
        ['chloe@example.org'],
      );
    expect(row.used).to.equal(true);
  });

  it('AC2: asking a reset for a school address answers true and mails the school sign-in, in the person’s language, with no reset link', async () => {
    const c = t.client();
    expect(
      (await c.data<{ requestPasswordReset: boolean }>(REQUEST_RESET, { email: 'chloe@example.org' }))
        .requestPasswordReset,
    ).to.equal(true);
    const fr = await mailbox.waitFor(
      'chloe@example.org',
      (m) => m.subject === 'Connectez-vous avec votre compte école',
    );
    expect(fr.text).to.include('« Se connecter avec mon compte école »');
    expect(fr.links).to.deep.equal([`${t.url}/signin`]);
    expect(fr.text).to.not.include('reset-password');
    expect(fr.text).to.not.include('token=');

    await t.app.db.orm.em.fork().execute(`update users set language = 'en' where email = ?`, ['bruno@example.org']);
    await c.data(REQUEST_RESET, { email: 'bruno@example.org' });
    const en = await mailbox.waitFor('bruno@example.org', (m) => m.subject === 'Sign in with your school account');
    expect(en.text).to.include('“Sign in with my school account”');
    expect(en.text).to.not.include('Se connecter');
    expect(en.links).to.deep.equal([`${t.url}/signin`]);
  });

  it('AC2: signing up with a school address mails the owner the school sign-in, not a password reset', async () => {
    const input = { email: 'bureau@example.org', password: 'another long password', firstName: 'M', lastName: 'M' };
    expect((await t.client().data<{ signUp: boolean }>(SIGN_UP, { input })).signUp).to.equal(true);
    const mail = await mailbox.waitFor('bureau@example.org', (m) => m.text.includes('déjà un compte école'));
    expect(mail.subject).to.equal('Connectez-vous avec votre compte école');
    expect(mail.links).to.deep.equal([`${t.url}/signin`]);
  });

  it('AC2: external accounts are unaffected: password sign-in, change, reset by mail', async () => {
    const ext = await t.signedIn('exterieur@example.org');
    const { viewer } = await ext.data<{ viewer: { kind: string; canSetPassword: boolean } }>(VIEWER);
    expect(viewer).to.include({ kind: 'EXTERNAL', canSetPassword: true });
    await ext.data(CHANGE, { input: { currentPassword: 'billetterie-demo', newPassword: 'changed-password-1' } });
    await ext.data(REQUEST_RESET, { email: 'exterieur@example.org' });
    const mail = await mailbox.waitFor('exterieur@example.org', (m) => m.subject.includes('Réinitialisation'));
    const link = mail.links.find((l) => l.includes('/reset-password?token='))!;
    const token = new URL(link).searchParams.get('token')!;
    await t.client().data(RESET, { input: { token, password: 'billetterie-demo' } });
    await t.signedIn('exterieur@example.org', 'billetterie-demo');
  });

  it('AC2: a school-account import invites new people to sign in with the school account, never to choose a password', async () => {
    // The platform admin is a school account too: they sign in with the school (the provider knows them as `p-admin`).
    await setPerson(t.url, 'p-admin', {
      email: 'admin@example.org',
      given_name: 'Admin',
      family_name: 'Plateforme',
      school: 'enseeiht',
      class_year: 2026,
    });
    const admin = await schoolClient(t.url, 'p-admin');
    const csv = 'email,first_name,last_name,school,class_year\nnina.nouvelle@example.org,Nina,Nouvelle,enseeiht,2029\n';
    const { importSchoolAccounts: r } = await admin.data<{
      importSchoolAccounts: { applied: boolean; created: number };
    }>(IMPORT, { csv });
    expect(r).to.include({ applied: true, created: 1 });
    const mail = await mailbox.waitFor('nina.nouvelle@example.org');
    expect(mail.subject).to.equal('Connectez-vous avec votre compte école / Sign in with your school account');
    expect(mail.text).to.include('« Se connecter avec mon compte école »');
    expect(mail.links).to.deep.equal([`${t.url}/signin`]);
    const [tokens] = await t.app.db.orm.em
      .fork()
      .execute<Array<{ n: string }>>(
        `select count(*) as n from email_tokens t join users u on u.id = t.user_id where u.email = ?`,
        ['nina.nouvelle@example.org'],
      );
    expect(Number(tokens.n)).to.equal(0);
  });
});

describe('API: without a real identity provider school accounts keep their passwords (AC2, default)', () => {
  const t = useApp();

  it('AC2: by default (no OIDC_ISSUER) a school account signs in with its password and may change it', async () => {
    expect(t.app.deps.config.schoolPasswords).to.equal(true);
    const alice = await t.signedIn('alice@example.org');
    const { viewer } = await alice.data<{ viewer: { kind: string; canSetPassword: boolean } }>(VIEWER);
    expect(viewer).to.include({ kind: 'SCHOOL', canSetPassword: true });
    await alice.data(CHANGE, { input: { currentPassword: 'billetterie-demo', newPassword: 'alice-new-password' } });
    await t.signedIn('alice@example.org', 'alice-new-password');
  });
});
