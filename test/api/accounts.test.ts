import { expect } from 'chai';
import { useApp } from '../support/app';
import { mailbox } from '../support/mailbox';

const SIGN_UP = `mutation SignUp($input: SignUpInput!) { signUp(input: $input) }`;
const VERIFY = `mutation Verify($token: String!) { verifyEmail(token: $token) }`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id fullName kind emailVerified } }`;
const VIEWER = `{ viewer { id email fullName kind isPlatformAdmin emailVerified school { slug } classYear } }`;

const tokenFrom = (link: string) => new URL(link).searchParams.get('token')!;

describe('API: external accounts (AC1)', () => {
  const t = useApp();

  it('AC1: an external person signs up, verifies the email from the received mail, signs in and is the viewer', async () => {
    const c = t.client();
    const email = 'Lea.Nouvelle@Example.org ';
    expect(
      (
        await c.data(SIGN_UP, {
          input: { email, password: 'un mot de passe long', firstName: ' Léa ', lastName: 'Nouvelle' },
        })
      ).signUp,
    ).to.equal(true);
    const mail = await mailbox.waitFor('lea.nouvelle@example.org', (m) => m.subject.includes('Vérifiez'));
    const link = mail.links.find((l) => l.includes('/verify-email?token='))!;
    expect(link.startsWith(`${t.app.deps.config.publicUrl}/verify-email?token=`)).to.equal(true);

    const early = await c.error(SIGN_IN, {
      input: { email: 'lea.nouvelle@example.org', password: 'un mot de passe long' },
    });
    expect(early.extensions?.code).to.equal('EMAIL_NOT_VERIFIED');

    expect((await c.data(VERIFY, { token: tokenFrom(link) })).verifyEmail).to.equal(true);
    const again = await c.error(VERIFY, { token: tokenFrom(link) });
    expect(again.extensions?.code, 'a link works once').to.equal('INVALID_TOKEN');

    const { signIn } = await c.data(SIGN_IN, {
      input: { email: 'LEA.nouvelle@example.org', password: 'un mot de passe long' },
    });
    expect(signIn).to.include({ fullName: 'Léa Nouvelle', kind: 'EXTERNAL', emailVerified: true });
    const { viewer } = await c.data(VIEWER);
    expect(viewer).to.include({
      email: 'lea.nouvelle@example.org',
      kind: 'EXTERNAL',
      isPlatformAdmin: false,
      school: null,
      classYear: null,
    });
  });

  it('AC1: the session cookie is HTTP-only, SameSite=Lax, and sign-out ends the session server-side', async () => {
    const c = t.client();
    const res = await c.request(SIGN_IN, { input: { email: 'exterieur@example.org', password: 'billetterie-demo' } });
    const cookie = res.headers.getSetCookie().find((l) => l.startsWith('billetterie_session='))!;
    expect(cookie)
      .to.match(/HttpOnly/i)
      .and.match(/SameSite=Lax/i)
      .and.match(/Path=\//i);
    const stolen = c.cookies.get('billetterie_session')!;
    expect((await c.data(VIEWER)).viewer.email).to.equal('exterieur@example.org');
    await c.data(`mutation { signOut }`);
    expect(c.cookies.size).to.equal(0);
    const replay = t.client();
    replay.cookies.set('billetterie_session', stolen);
    expect((await replay.data(VIEWER)).viewer, 'the old cookie no longer authenticates').to.equal(null);
  });

  it('AC1: unknown email and wrong password give the same error', async () => {
    const c = t.client();
    const unknown = await c.error(SIGN_IN, { input: { email: 'nobody@example.org', password: 'whatever-password' } });
    const wrong = await c.error(SIGN_IN, { input: { email: 'alice@example.org', password: 'whatever-password' } });
    expect(unknown.extensions?.code).to.equal('INVALID_CREDENTIALS');
    expect(wrong.extensions?.code).to.equal('INVALID_CREDENTIALS');
    expect(unknown.message).to.equal(wrong.message);
  });

  it('AC1: repeated sign-in failures are rate-limited, even with the right password afterwards', async () => {
    const c = t.client();
    const email = 'chloe@example.org';
    for (let i = 0; i < 5; i++) {
      expect((await c.error(SIGN_IN, { input: { email, password: `wrong-${i}-password` } })).extensions?.code).to.equal(
        'INVALID_CREDENTIALS',
      );
    }
    const blocked = await c.error(SIGN_IN, { input: { email, password: 'billetterie-demo' } });
    expect(blocked.extensions?.code).to.equal('RATE_LIMITED');
    expect(blocked.extensions?.retryAfterSeconds).to.be.a('number').greaterThan(0);
    // Another address from the same client is not blocked by this address's failures.
    expect((await c.signIn('bruno@example.org', 'billetterie-demo')).signIn.fullName).to.equal('Bruno Garcia');
  });

  it('AC1: signing up again with a taken email reveals nothing and mails the owner instead', async () => {
    const c = t.client();
    const before = mailbox.to('alice@example.org').length;
    expect(
      (
        await c.data(SIGN_UP, {
          input: { email: 'alice@example.org', password: 'another long password', firstName: 'Mallory', lastName: 'M' },
        })
      ).signUp,
    ).to.equal(true);
    const mail = await mailbox.waitFor('alice@example.org', (m) => m.subject.includes('déjà un compte'));
    expect(mail.links.some((l) => l.endsWith('/forgot-password'))).to.equal(true);
    expect(mailbox.to('alice@example.org').length).to.equal(before + 1);
    const { signIn } = await t.client().signIn('alice@example.org', 'billetterie-demo');
    expect(signIn.fullName, 'the existing account is untouched').to.equal('Alice Martin');
  });

  it('AC1: sign-up input is validated field by field with coded errors and nothing is written', async () => {
    const c = t.client();
    const err = await c.error(SIGN_UP, {
      input: { email: 'not-an-email', password: 'short', firstName: '   ', lastName: 'x'.repeat(101) },
    });
    expect(err.extensions?.code).to.equal('BAD_USER_INPUT');
    expect(err.extensions?.fields).to.deep.equal({
      email: 'INVALID_EMAIL',
      password: 'TOO_SHORT',
      lastName: 'TOO_LONG',
    });
    const blank = await c.error(SIGN_UP, {
      input: { email: 'blank@example.org', password: 'long enough password', firstName: '   ', lastName: 'B' },
    });
    expect(blank.extensions?.fields).to.deep.equal({ firstName: 'REQUIRED' });
    const rows = await t.app.db.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int as n from users where email = 'blank@example.org'`);
    expect(rows[0].n).to.equal(0);
  });

  it('AC1: password reset by email sets a new password, verifies the address and ends other sessions', async () => {
    const other = await t.signedIn('bruno@example.org');
    const c = t.client();
    expect(
      (await c.data(`mutation { requestPasswordReset(email: "BRUNO@example.org") }`)).requestPasswordReset,
    ).to.equal(true);
    expect(
      (await c.data(`mutation { requestPasswordReset(email: "ghost@example.org") }`)).requestPasswordReset,
      'no enumeration',
    ).to.equal(true);
    const mail = await mailbox.waitFor('bruno@example.org', (m) => m.subject.includes('Réinitialisation'));
    const token = tokenFrom(mail.links.find((l) => l.includes('/reset-password?token='))!);
    const weak = await c.error(`mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`, {
      i: { token, password: 'short' },
    });
    expect(weak.extensions?.fields).to.deep.equal({ password: 'TOO_SHORT' });
    await c.data(`mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`, {
      i: { token, password: 'a brand new password' },
    });
    expect((await other.data(VIEWER)).viewer, 'other sessions ended').to.equal(null);
    expect(
      (await c.error(SIGN_IN, { input: { email: 'bruno@example.org', password: 'billetterie-demo' } })).extensions
        ?.code,
    ).to.equal('INVALID_CREDENTIALS');
    expect((await c.signIn('bruno@example.org', 'a brand new password')).signIn.fullName).to.equal('Bruno Garcia');
    const reused = await c.error(`mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`, {
      i: { token, password: 'yet another password' },
    });
    expect(reused.extensions?.code).to.equal('INVALID_TOKEN');
  });

  it('AC1: changing the password needs the current one', async () => {
    const c = await t.signedIn('exterieur@example.org');
    const wrong = await c.error(
      `mutation { changePassword(input: { currentPassword: "nope-nope-nope", newPassword: "a new long password" }) }`,
    );
    expect(wrong.extensions).to.deep.include({ code: 'BAD_USER_INPUT', fields: { currentPassword: 'WRONG_PASSWORD' } });
    await c.data(
      `mutation { changePassword(input: { currentPassword: "billetterie-demo", newPassword: "a new long password" }) }`,
    );
    expect((await c.data(VIEWER)).viewer.email, 'the current session stays').to.equal('exterieur@example.org');
    await t.client().signIn('exterieur@example.org', 'a new long password');
  });

  it('AC1: an external account renames itself; a school account may not (AC2: the directory is authoritative)', async () => {
    const ext = await t.signedIn('exterieur@example.org', 'a new long password');
    const { updateProfile } = await ext.data(
      `mutation { updateProfile(input: { firstName: " Ève ", lastName: "Dupont" }) { fullName } }`,
    );
    expect(updateProfile.fullName).to.equal('Ève Dupont');
    const student = await t.signedIn('alice@example.org');
    const err = await student.error(
      `mutation { updateProfile(input: { firstName: "Hacked", lastName: "Name" }) { fullName } }`,
    );
    expect(err.extensions?.code).to.equal('FORBIDDEN');
  });

  it('AC1: anonymous visitors are refused account operations with UNAUTHENTICATED', async () => {
    const c = t.client();
    for (const op of [
      `{ apiTokens { id } }`,
      `mutation { createApiToken(name: "x") { token } }`,
      `mutation { changePassword(input: { currentPassword: "aaaaaaaaaa", newPassword: "bbbbbbbbbbbb" }) }`,
    ]) {
      expect((await c.error(op)).extensions?.code, op).to.equal('UNAUTHENTICATED');
    }
  });
});
