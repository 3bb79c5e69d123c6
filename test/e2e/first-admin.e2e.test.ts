import { expect } from 'chai';
import fs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { startApp, type RunningApp } from '../../server/src/app';
import { loadConfig } from '../../server/src/core/config';
import { createLogger } from '../../server/src/core/logger';
import { dropDatabase, withAdminClient, withDatabase } from '../../server/src/db/admin';
import { freePort } from '../../server/src/db/embedded';
import { runAdminCommand } from '../support/admin-command';
import { expectFrenchAndNarrow, useBrowser } from '../support/browser';
import { testAdminUrl } from '../support/database';
import { testEnv } from '../support/env';
import { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';

const ADMIN = 'premiere.admin@example.org';
const ADMIN_PASSWORD = 'la toute première admin';
const BOARD = 'lucie.bureau@example.org';
const BOARD_PASSWORD = 'lucie organise des choses';

// A real 1×1 PNG.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a3a5b0e20000000049454e44ae426082',
  'hex',
);

const linkFrom = async (email: string, path: string) => {
  const mail = await mailbox.waitFor(email, (m) => m.links.some((l) => l.includes(path)));
  return new URL(mail.links.find((l) => l.includes(path))!).searchParams.get('token')!;
};

async function signIn(page: Page, url: string, email: string, password: string) {
  await page.goto(`${url}/console/signin`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await page.click('[data-testid="sign-in-submit"]');
  await page.waitForSelector('[data-testid="console-who"]');
}

describe('e2e (Chromium, 375 px): a fresh installation, from the first admin to an event made by a club board (issue 13)', function () {
  this.timeout(180_000);
  const b = useBrowser();
  let app: RunningApp | undefined;
  let dbName = '';

  before(async function () {
    this.timeout(120_000);
    // An empty database — no demo data, no template: what `SEED_DEMO=false npm start` sees the first time.
    dbName = `billetterie_t_${process.pid}_${randomBytes(4).toString('hex')}`;
    await withAdminClient(testAdminUrl(), (c) => c.query(`create database "${dbName}"`));
    const port = await freePort();
    const env = {
      ...testEnv(),
      DATABASE_URL: withDatabase(testAdminUrl(), dbName),
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      SMTP_URL: mailbox.url,
      SERVE_APPS: 'true',
    };
    const config = loadConfig(env);
    await fs.mkdir(config.dataDir, { recursive: true });
    app = await startApp(config, { log: createLogger('silent') });
  });
  after(async function () {
    this.timeout(30_000);
    await app?.close();
    if (dbName) await dropDatabase(testAdminUrl(), dbName);
  });

  it('PM2, EV2, AC1: the first admin (npm run admin) creates a school and a club (with its logo) in the console, adds its board member, who creates an event — no SQL', async () => {
    const url = app!.url;
    const env = { DATABASE_URL: withDatabase(testAdminUrl(), dbName), LOG_LEVEL: 'silent' };
    const page = b.page;

    // 1. The first person signs up like anyone (portal API), verifies the address, then the command makes them admin.
    const first = new ApiClient(url);
    await first.data(`mutation($i: SignUpInput!) { signUp(input: $i) }`, {
      i: { email: ADMIN, password: ADMIN_PASSWORD, firstName: 'Première', lastName: 'Admin' },
    });
    await first.data(`mutation($t: String!) { verifyEmail(token: $t) }`, { t: await linkFrom(ADMIN, '/verify-email') });
    const granted = await runAdminCommand(['grant', ADMIN], env);
    expect(granted.code, granted.stderr).to.equal(0);

    // 2. In the console: a school, then a club.
    await signIn(page, url, ADMIN, ADMIN_PASSWORD);
    await page.click('[data-testid="nav-organizations"]');
    await page.waitForURL(/\/console\/admin\/organizations$/);
    await expectFrenchAndNarrow(page, 'organizations');
    await page.fill('#school-slug', 'upssitech');
    await page.fill('#school-name', 'UPSSITECH');
    await page.click('[data-testid="organization-create-submit-school"]');
    await page.waitForSelector('[data-testid="organizations-school"] [data-slug="upssitech"]');
    await page.fill('#club-slug', 'robotique');
    await page.fill('#club-name', 'Club robotique');
    await page.click('[data-testid="organization-create-submit-club"]');
    await page.waitForSelector('[data-testid="organizations-club"] [data-slug="robotique"]');
    const clubRow = page.locator('[data-testid="organizations-club"] [data-slug="robotique"]');
    await clubRow.locator('input[type="file"]').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: PNG });
    await clubRow.locator('[data-testid="club-logo-submit"]').click();
    await page.waitForSelector('[data-testid="organizations-club"] [data-slug="robotique"] [data-testid="club-logo"]');

    // 3. The board member's school account comes from the directory (the console's CSV import); she chooses her password.
    await page.goto(`${url}/console/admin/import`);
    await page.fill('#csv', `email,first_name,last_name,school,class_year\n${BOARD},Lucie,Bureau,upssitech,2027\n`);
    await page.click('[data-testid="import-submit"]');
    await page.waitForSelector('[data-testid="import-created"]');
    expect(await page.textContent('[data-testid="import-created"]')).to.equal('1');
    const token = await linkFrom(BOARD, '/reset-password');
    await new ApiClient(url).data(`mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`, {
      i: { token, password: BOARD_PASSWORD },
    });

    // 4. The club's members page: Lucie joins its board.
    await page.goto(`${url}/console/admin/organizations`);
    await page.click('[data-testid="organizations-club"] [data-slug="robotique"] [data-testid="organization-members"]');
    await page.waitForSelector('[data-testid="club-member-none"]');
    await expectFrenchAndNarrow(page, 'club members');
    await page.fill('#memberEmail', BOARD);
    await page.check('[data-testid="club-member-add-board"]');
    await page.click('[data-testid="club-member-add-submit"]');
    await page.waitForSelector(`[data-testid="club-member-row"][data-email="${BOARD}"][data-board="true"]`);

    // The platform admins page: the only admin can't demote herself (the last one stays).
    await page.click('[data-testid="nav-platform-admins"]');
    await page.waitForSelector(`[data-testid="platform-admin-row"][data-email="${ADMIN}"]`);
    await expectFrenchAndNarrow(page, 'platform admins');
    await page.click('[data-testid="platform-admin-demote"]');
    await page.waitForSelector('[data-testid="platform-admin-demote-error"] >> text=au moins un administrateur');

    // 5. Lucie, who is no platform admin, creates the club's first event.
    await page.context().clearCookies();
    await signIn(page, url, BOARD, BOARD_PASSWORD);
    expect(await page.locator('[data-testid="nav-organizations"]').count()).to.equal(0);
    await page.click('[data-testid="event-create"]');
    await page.waitForURL(/\/console\/events\/new$/);
    expect((await page.locator('#clubId option').allTextContents()).map((c) => c.trim())).to.deep.equal([
      'Club robotique',
    ]);
    await page.fill('#name', 'Rencontre robotique');
    await page.fill('#location', 'Hall UPSSITECH');
    await page.fill('#startsAt', '2027-05-20T18:00');
    await page.fill('#endsAt', '2027-05-20T22:00');
    await page.click('[data-testid="event-submit"]');
    await page.waitForURL(/\/console\/events\/[0-9a-f-]{36}\/tickets$/);
    expect(await page.textContent('[data-testid="event-title"]')).to.equal('Rencontre robotique');

    // Her board seat also lets her manage the club's members, from "Mes clubs".
    await page.click('[data-testid="nav-my-clubs"]');
    await page.click('[data-testid="my-club-link"]');
    await page.waitForSelector(`[data-testid="club-member-row"][data-email="${BOARD}"]`);
  });
});
