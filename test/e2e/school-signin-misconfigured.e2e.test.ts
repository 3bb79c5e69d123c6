import { expect } from 'chai';
import { freePort } from '../../server/src/db/embedded';
import { useApp } from '../support/app';
import { expectFrenchAndNarrow, signInConsole, useBrowser } from '../support/browser';

/**
 * AC2, issue 13: "A misconfigured provider (bad issuer, unreachable) stops nothing else: password sign-in keeps
 * working and the console says what is wrong." The app starts with an issuer nobody answers at.
 */
describe('e2e (Chromium, 375 px): an unreachable identity provider — the console says what is wrong (AC2)', function () {
  this.timeout(120_000);
  // SCHOOL_PASSWORDS=true: this platform lets school accounts keep their password (with OIDC_ISSUER the default is
  // not to), so the demo's school accounts (admin@, bureau@) sign in with it while the provider is down.
  const env: Record<string, string> = { OIDC_CLIENT_ID: 'billetterie-test', SCHOOL_PASSWORDS: 'true' };
  before(async () => {
    env.OIDC_ISSUER = `http://127.0.0.1:${await freePort()}/nobody-here`;
  });
  const t = useApp({ serveApps: true, env });
  const b = useBrowser();

  it('AC2: the console home shows a platform admin that school sign-in fails, with the cause and a link to the details', async () => {
    const { page } = b;
    await signInConsole(page, t.url, 'admin@example.org');
    const alert = page.locator('[data-testid="school-sign-in-alert"]');
    await alert.waitFor();
    expect(await alert.textContent())
      .to.include('Connexion avec le compte école')
      .and.include('Indisponible')
      .and.include('La connexion par mot de passe fonctionne toujours')
      .and.include(`${env.OIDC_ISSUER}/.well-known/openid-configuration`);
    await expectFrenchAndNarrow(page, 'console home with the school sign-in alert');

    await page.click('[data-testid="school-sign-in-alert-details"]');
    await page.waitForURL(`${t.url}/console/admin/import`);
    const status = page.locator('[data-testid="school-sign-in-status"] [data-state="unavailable"]');
    await status.waitFor();
    expect(await status.textContent()).to.include('/nobody-here/.well-known/openid-configuration');
    await expectFrenchAndNarrow(page, 'console import page with school sign-in unavailable');
  });

  it('AC2: the school button explains that school sign-in is unavailable; password sign-in still works, and a non-admin sees no alert', async () => {
    const { page } = b;
    for (const signIn of ['/signin', '/console/signin']) {
      await page.goto(`${t.url}${signIn}`);
      await page.click('[data-testid="school-sign-in"]');
      await page.waitForURL((url) => url.pathname === signIn && url.searchParams.has('schoolError'));
      const error = page.locator('[data-testid="school-sign-in-error"]');
      await error.waitFor();
      expect(await error.textContent(), signIn)
        .to.include('indisponible')
        .and.include('mot de passe');
      await expectFrenchAndNarrow(page, `${signIn} after a school sign-in with the provider down`);
    }
    // Still on the console's sign-in page: the password form works.
    await page.fill('#email', 'bureau@example.org');
    await page.fill('#password', 'billetterie-demo');
    await page.click('[data-testid="sign-in-submit"]');
    await page.waitForSelector('[data-testid="console-who"]');
    expect(await page.textContent('[data-testid="console-who"]')).to.include('bureau@example.org');
    expect(await page.locator('[data-testid="school-sign-in-alert"]').count(), 'no alert for a non-admin').to.equal(0);
  });
});
