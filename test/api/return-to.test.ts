// Issue 16: signing in returns to the exact place; verifying one's email signs the person in and returns them.
import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { safeNext } from '../../server/src/modules/accounts';
import { safeRedirectTarget } from '../../ui/src/navigation/redirect-target';
import { useApp } from '../support/app';
import { mailbox } from '../support/mailbox';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) }`;
const VIEWER = `{ viewer { email emailVerified } }`;

/** Hostile or clumsy return targets: each must fall back, never leave the site. */
const HOSTILE = [
  '//evil.example/x',
  'https://evil.example/x',
  'http:evil.example',
  '/\\evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '\t//evil.example',
  ' /bookings',
  'javascript:alert(1)',
  'evil.example',
  '',
  '/\u0000x',
];

describe('unit: return targets stay on the site (issue 16, SEC)', () => {
  it('issue 16 SEC: the apps’ and the server’s checks refuse protocol-relative, absolute, backslash, control-character and non-path targets', () => {
    for (const target of HOSTILE) {
      expect(safeRedirectTarget(target, '/home'), JSON.stringify(target)).to.equal('/home');
      expect(safeNext(target, '/home'), JSON.stringify(target)).to.equal('/home');
    }
  });

  it('issue 16: same-site paths with their query come back whole, encoded slashes included (a path, not a host)', () => {
    for (const target of [
      '/events/42?ticket=7',
      '/bookings/abc?payment=paypal',
      '/%2F%2Fevil.example',
      '/console/events',
    ]) {
      expect(safeRedirectTarget(target, '/'), target).to.equal(target);
      expect(safeNext(target, '/'), target).to.equal(target);
    }
  });
});

describe('API: email verification returns the person where they were (issue 16)', function () {
  this.timeout(60_000);
  const t = useApp();

  const signUp = async (returnTo: string | null) => {
    const email = `retour-${randomBytes(4).toString('hex')}@example.org`;
    const c = t.client();
    await c.data(SIGN_UP, {
      input: { email, password: 'un mot de passe long', firstName: 'Léa', lastName: 'Retour', returnTo },
    });
    const mail = await mailbox.waitFor(email, (m) => m.links.some((l) => l.includes('/verify-email?token=')));
    return new URL(mail.links.find((l) => l.includes('/verify-email?token='))!);
  };

  it('issue 16: the verification link carries the same-site place the person signed up from; verifying signs them in', async () => {
    const link = await signUp('/events/42?ticket=7');
    expect(link.origin).to.equal(t.app.deps.config.publicUrl);
    expect(link.searchParams.get('returnTo')).to.equal('/events/42?ticket=7');
    const browser = t.client(); // another device: the link alone signs in
    expect((await browser.data(VIEWER)).viewer).to.equal(null);
    expect((await browser.data(VERIFY, { token: link.searchParams.get('token') })).verifyEmail).to.equal(true);
    expect((await browser.data(VIEWER)).viewer).to.include({ emailVerified: true });
  });

  it('issue 16 SEC: a hostile return target is left out of the link (no open redirect through our mail)', async () => {
    for (const target of ['//evil.example/x', 'https://evil.example', '/\\evil.example']) {
      const link = await signUp(target);
      expect(link.searchParams.has('returnTo'), target).to.equal(false);
    }
    const control = await t.client().request(SIGN_UP, {
      input: {
        email: `retour-${randomBytes(4).toString('hex')}@example.org`,
        password: 'un mot de passe long',
        firstName: 'Léa',
        lastName: 'Retour',
        returnTo: '/\t/evil.example',
      },
    });
    // SEC3 refuses control characters at the boundary; either way nothing leaves the site.
    if (!control.errors) expect(control.data!.signUp).to.equal(true);
    else expect(control.errors[0].extensions?.code).to.equal('BAD_USER_INPUT');
  });
});
