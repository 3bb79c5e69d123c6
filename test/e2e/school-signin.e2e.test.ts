import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { useApp } from '../support/app';
import { expectFrenchAndNarrow, signInConsole, useBrowser } from '../support/browser';

const VIEWER = `query { viewer { email kind firstName lastName classYear school { slug }
  associationMemberships { association { slug } endsOn } clubMemberships { club { slug } isBoard } } }`;

interface ViewerShape {
  email: string;
  kind: string;
  firstName: string;
  lastName: string;
  classYear: number;
  school: { slug: string };
  associationMemberships: Array<{ association: { slug: string }; endsOn: string }>;
  clubMemberships: Array<{ club: { slug: string }; isBoard: boolean }>;
}

/** Who the browser's session is, asked over the API with the browser's own cookies. */
async function viewerOf(page: Page, url: string): Promise<ViewerShape> {
  const res = await page.request.post(`${url}/graphql`, { data: { query: VIEWER } });
  return ((await res.json()) as { data: { viewer: ViewerShape } }).data.viewer;
}

/** On the local identity provider's page, picks who signs in. */
async function pick(page: Page, sub: string) {
  await page.waitForURL(/\/simulators\/oidc\/interaction\//);
  await page.click(`button[value="${sub}"]`);
}

describe('e2e (Chromium, 375 px): school sign-in through the local identity provider (AC2)', function () {
  this.timeout(90_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser();

  it('AC2: the first school sign-in from the portal creates the school account with the claims', async () => {
    const { page } = b;
    await page.goto(`${t.url}/signin`);
    const button = page.locator('[data-testid="school-sign-in"]');
    expect((await button.textContent())?.trim()).to.equal('Se connecter avec mon compte école');
    await expectFrenchAndNarrow(page, 'portal sign-in with school sign-in');
    await button.click();
    await pick(page, 'n7-diane-martin');
    await page.waitForSelector('[data-testid="viewer-name"]');
    expect(await page.textContent('[data-testid="viewer-name"]')).to.include('Diane Martin');
    const me = await viewerOf(page, t.url);
    expect(me).to.include({ email: 'diane@example.org', kind: 'SCHOOL', classYear: 2027 });
    expect(me.school.slug).to.equal('enseeiht');
    expect(me.associationMemberships).to.deep.equal([{ association: { slug: 'bde-n7' }, endsOn: '2027-08-31' }]);
    expect(me.clubMemberships).to.deep.equal([{ club: { slug: 'net7' }, isBoard: false }]);
  });

  it('AC2: a second sign-in, from the console, with changed claims updates class year and memberships', async () => {
    const { page } = b;
    await page.context().clearCookies(); // signed out of the app and of the provider
    const control = await page.request.post(`${t.url}/simulators/oidc/_control/people/n7-diane-martin`, {
      data: { class_year: 2028, associations: ['bde-n7:2028-08-31'], clubs: ['net7:board', 'gala-n7'] },
    });
    expect(control.status()).to.equal(200);
    await page.goto(`${t.url}/console/signin`);
    await expectFrenchAndNarrow(page, 'console sign-in with school sign-in');
    await page.click('[data-testid="school-sign-in"]');
    await pick(page, 'n7-diane-martin');
    await page.waitForSelector('[data-testid="console-who"]');
    const me = await viewerOf(page, t.url);
    expect(me.classYear).to.equal(2028);
    expect(me.associationMemberships).to.deep.equal([{ association: { slug: 'bde-n7' }, endsOn: '2028-08-31' }]);
    expect(me.clubMemberships.map((c) => `${c.club.slug}:${c.isBoard}`).sort()).to.deep.equal([
      'gala-n7:false',
      'net7:true',
    ]);
  });

  it('AC2: a school the platform does not know is explained on the sign-in page, in French then English', async () => {
    const { page } = b;
    await page.context().clearCookies();
    await page.goto(`${t.url}/signin`);
    await page.click('[data-testid="school-sign-in"]');
    await pick(page, 'x-unknown-school');
    const error = page.locator('[data-error-code="SCHOOL_SIGNIN_UNKNOWN_SCHOOL"]');
    await error.waitFor();
    expect(await error.textContent()).to.include('école n’est pas encore inscrite');
    await expectFrenchAndNarrow(page, 'sign-in page with a school sign-in error');
    await page.click('[data-testid="switch-language-en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('[data-testid="school-sign-in"]').textContent()).to.include(
      'Sign in with my school account',
    );
  });

  it('AC2: associations and clubs the platform does not know are left out, and the person is told', async () => {
    const { page } = b;
    await page.context().clearCookies();
    const control = await page.request.post(`${t.url}/simulators/oidc/_control/people/a7-etienne-roux`, {
      data: { clubs: ['theatre-a7:board', 'club-fantome'] },
    });
    expect(control.status()).to.equal(200);
    await page.goto(`${t.url}/signin`);
    await page.click('[data-testid="school-sign-in"]');
    await pick(page, 'a7-etienne-roux');
    await page.waitForSelector('[data-testid="school-sign-in-notice"]');
    expect(await page.textContent('[data-testid="viewer-name"]')).to.include('Étienne Roux');
    await expectFrenchAndNarrow(page, 'portal home with the school sign-in notice');
    const me = await viewerOf(page, t.url);
    expect(me.clubMemberships).to.deep.equal([{ club: { slug: 'theatre-a7' }, isBoard: true }]);
  });

  it('AC2: the console tells platform admins whether school sign-in works (no alert on the home page while it does)', async () => {
    const { page } = b;
    await page.context().clearCookies();
    await signInConsole(page, t.url, 'admin@example.org');
    expect(await page.locator('[data-testid="console-admin"]').count(), 'on the console home').to.equal(1);
    expect(await page.locator('[data-testid="school-sign-in-alert"]').count(), 'no alert while it works').to.equal(0);
    await page.goto(`${t.url}/console/admin/import`);
    const status = page.locator('[data-testid="school-sign-in-status"] [data-state="available"]');
    await status.waitFor();
    expect(await status.textContent()).to.include(`${t.url}/simulators/oidc`);
    await expectFrenchAndNarrow(page, 'console import page with the school sign-in status');
  });
});

describe('e2e (Chromium, 375 px): school accounts without passwords, SCHOOL_PASSWORDS=false (AC2)', function () {
  this.timeout(90_000);
  const t = useApp({ serveApps: true, env: { SCHOOL_PASSWORDS: 'false' } });
  const b = useBrowser();

  for (const [app, path] of [
    ['portal', '/signin'],
    ['console', '/console/signin'],
  ] as const) {
    it(`AC2: the ${app} sign-in page answers a school account's right password with the school button and why`, async () => {
      const { page } = b;
      await page.context().clearCookies();
      await page.goto(`${t.url}${path}`);
      await page.fill('#email', 'chloe@example.org');
      await page.fill('#password', 'billetterie-demo');
      await page.click('[data-testid="sign-in-submit"]');
      const error = page.locator('.school-sign-in [data-error-code="SCHOOL_SIGNIN_REQUIRED"]');
      await error.waitFor();
      expect(await error.textContent()).to.include('« Se connecter avec mon compte école »');
      expect(
        await page.locator('[data-testid="sign-in-error"] [data-error-code]').count(),
        'said once, by the button',
      ).to.equal(0);
      expect(await page.locator('[data-testid="school-sign-in"]').isVisible()).to.equal(true);
      await expectFrenchAndNarrow(page, `${app} sign-in with SCHOOL_SIGNIN_REQUIRED`);
    });
  }

  it('AC2: "Mon compte" of a school account says why there is no password form', async () => {
    const { page } = b;
    await page.context().clearCookies();
    await page.goto(`${t.url}/signin`);
    await page.click('[data-testid="school-sign-in"]');
    await pick(page, 'n7-alice');
    await page.waitForSelector('[data-testid="viewer-name"]');
    await page.goto(`${t.url}/account`);
    const why = page.locator('[data-testid="password-school-only"]');
    await why.waitFor();
    expect(await why.textContent()).to.include('Les comptes école se connectent avec le compte de l’école');
    expect(await page.locator('form[action="?/changePassword"]').count()).to.equal(0);
    await expectFrenchAndNarrow(page, 'account page of a school account without password');
  });
});
