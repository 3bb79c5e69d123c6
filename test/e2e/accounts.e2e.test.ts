import { expect } from 'chai';
import { useApp } from '../support/app';
import {
  expectAccessible,
  expectNoHorizontalScroll,
  signInConsole,
  signInPortal,
  useBrowser,
} from '../support/browser';
import { createUser } from '../support/fixtures';
import { sql } from '../support/booking-fixtures';
import { mailbox } from '../support/mailbox';

describe('e2e (Chromium, 375 px): accounts in the portal and the console', function () {
  this.timeout(90_000);
  const t = useApp({ serveApps: true });
  const b = useBrowser();

  it('issue 16: sent to sign in from a page, a person who signs up instead comes back to it, signed in, from the verification link', async () => {
    const { page } = b;
    await page.goto(`${t.url}/signin?redirectTo=${encodeURIComponent('/bookings?from=mail')}`);
    await page.getByRole('link', { name: 'Pas encore de compte ? Créez-en un.' }).click();
    await page.waitForURL(/\/signup\?redirectTo=/);
    await page.fill('#email', 'retour.inscrit@example.org');
    await page.fill('#firstName', 'Rémi');
    await page.fill('#lastName', 'Retour');
    await page.fill('#password', 'mon mot de passe secret');
    await page.fill('#passwordConfirm', 'mon mot de passe secret');
    await page.click('[data-testid="sign-up-submit"]');
    await page.waitForSelector('[data-testid="sign-up-done"]');
    const mail = await mailbox.waitFor('retour.inscrit@example.org', (m) => m.subject.includes('Vérifiez'));
    const link = mail.links.find((l) => l.includes('/verify-email?token='))!;
    expect(new URL(link).searchParams.get('returnTo')).to.equal('/bookings?from=mail');
    await page.goto(link);
    await page.waitForURL(`${t.url}/bookings?from=mail`);
    await page.waitForSelector('[data-testid="viewer-name"]');
  });

  it('AC1: an external person signs up, verifies the email from the received mail, signs in and sees their name', async () => {
    const { page } = b;
    await page.goto(`${t.url}/signup`);
    expect(await page.getAttribute('html', 'lang')).to.equal('fr');
    await expectNoHorizontalScroll(page, 'sign-up page');
    await page.fill('#email', 'Zoe.Externe@example.org');
    await page.fill('#firstName', 'Zoé');
    await page.fill('#lastName', 'Externe');
    await page.fill('#password', 'mon mot de passe secret');
    await page.fill('#passwordConfirm', 'mon mot de passe secret');
    await page.click('[data-testid="sign-up-submit"]');
    await page.waitForSelector('[data-testid="sign-up-done"]');

    const mail = await mailbox.waitFor('zoe.externe@example.org', (m) => m.subject.includes('Vérifiez'));
    const link = mail.links.find((l) => l.includes('/verify-email?token='))!;
    await page.goto(link);
    await page.waitForSelector('[data-testid="verify-done"]');
    // Issue 16: the link signed her in.
    await page.waitForSelector('[data-testid="viewer-name"]');

    await page.goto(`${t.url}/signin`);
    await page.fill('#email', 'zoe.externe@example.org');
    await page.fill('#password', 'mon mot de passe secret');
    await page.click('[data-testid="sign-in-submit"]');
    await page.waitForSelector('[data-testid="viewer-name"]');
    expect(await page.textContent('[data-testid="viewer-name"]')).to.include('Zoé Externe');
    await expectNoHorizontalScroll(page, 'portal after sign-in');
  });

  it('AC1: a wrong password shows the coded error in French, then in English after switching language', async () => {
    const { page } = b;
    await page.goto(`${t.url}/signin`);
    await page.fill('#email', 'alice@example.org');
    await page.fill('#password', 'pas le bon mot de passe');
    await page.click('[data-testid="sign-in-submit"]');
    const error = page.locator('[data-error-code="INVALID_CREDENTIALS"]');
    await error.waitFor();
    const french = await error.textContent();
    await page.click('[data-testid="switch-language-en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.fill('#email', 'alice@example.org');
    await page.fill('#password', 'still not the password');
    await page.click('[data-testid="sign-in-submit"]');
    await error.waitFor();
    expect(await error.textContent()).not.to.equal(french);
  });

  it('AC1: a person picks the language of their mails, tickets and exports in “Mon compte”; it is stored and shown again', async () => {
    const { page } = b;
    await createUser(t, { email: 'lena.langue@example.org', firstName: 'Léna', lastName: 'Langue', kind: 'EXTERNAL' });
    await signInPortal(page, t.url, 'lena.langue@example.org');
    await page.goto(`${t.url}/account`);
    await expectAccessible(page, 'account page');
    expect(await page.inputValue('[data-testid="profile-language"]')).to.equal('FR');
    await page.selectOption('[data-testid="profile-language"]', 'EN');
    await page.click('[data-testid="profile-submit"]');
    await page.waitForSelector('[data-testid="profile-saved"]');
    const [row] = await sql(t).execute<Array<{ language: string }>>(`select language from users where email = ?`, [
      'lena.langue@example.org',
    ]);
    expect(row.language).to.equal('en');
    await page.reload();
    expect(await page.inputValue('[data-testid="profile-language"]')).to.equal('EN');
  });

  it('AC2: a platform admin imports school accounts in the console, and one of them sets a password and signs in', async () => {
    const { page } = b;
    await page.goto(`${t.url}/console`);
    await page.waitForURL(/\/console\/signin/);
    await page.fill('#email', 'admin@example.org');
    await page.fill('#password', 'billetterie-demo');
    await page.click('[data-testid="sign-in-submit"]');
    await page.waitForSelector('[data-testid="console-who"]');

    await page.goto(`${t.url}/console/admin/import`);
    const csv = [
      'email,first_name,last_name,school,class_year,associations,clubs',
      'ines.importee@example.org,Inès,Importée,enseeiht,2028,bde-n7:2028-08-31,net7:board',
      'paul.importe@example.org,Paul,Importé,ensiacet,2027,,',
    ].join('\n');
    await page.fill('#csv', `${csv}\nbroken-line@example.org,X,,nowhere,2027,,`);
    await page.click('[data-testid="import-submit"]');
    await page.waitForSelector('[data-testid="import-errors"]');
    expect(await page.textContent('[data-testid="import-errors"]')).to.include('4');
    expect(await page.getAttribute('[data-testid="import-applied"]', 'data-value')).to.equal('false');

    await page.fill('#csv', csv);
    await page.click('[data-testid="import-submit"]');
    await page.waitForSelector('[data-testid="import-applied"][data-value="true"]');
    expect((await page.textContent('[data-testid="import-created"]'))?.trim()).to.equal('2');
    await expectNoHorizontalScroll(page, 'school import done');

    const mail = await mailbox.waitFor('ines.importee@example.org', (m) => m.subject.includes('Votre compte'));
    await b.context.clearCookies(); // the admin leaves; the student uses the same phone
    const other = page;
    await other.goto(mail.links.find((l) => l.includes('/reset-password?token='))!);
    await other.fill('#password', 'le mot de passe d’Inès');
    await other.fill('#passwordConfirm', 'le mot de passe d’Inès');
    await other.click('[data-testid="reset-submit"]');
    await other.goto(`${t.url}/signin`);
    await other.fill('#email', 'ines.importee@example.org');
    await other.fill('#password', 'le mot de passe d’Inès');
    await other.click('[data-testid="sign-in-submit"]');
    await other.waitForSelector('[data-testid="viewer-name"]');
    expect(await other.textContent('[data-testid="viewer-name"]')).to.include('Inès Importée');
  });

  it('AC2: the import page’s example names this platform’s slugs and imports as shown', async () => {
    const { page } = b;
    await signInConsole(page, t.url, 'admin@example.org');
    await page.goto(`${t.url}/console/admin/import`);
    const example = (await page.textContent('[data-testid="import-example"]'))!;
    expect(example).to.include('enseeiht').and.to.include('bde-n7:').and.to.include(':board');
    await page.fill('#csv', example);
    await page.click('[data-testid="import-submit"]');
    await page.waitForSelector('[data-testid="import-applied"][data-value="true"]');
    expect((await page.textContent('[data-testid="import-created"]'))?.trim()).to.equal('1');
    await b.context.clearCookies();
  });

  it('the 404 pages of the console and the portal carry a title', async () => {
    const { page } = b;
    for (const url of [`${t.url}/console/nulle-part`, `${t.url}/nulle-part`]) {
      const res = await page.goto(url);
      expect(res?.status(), url).to.equal(404);
      expect(await page.title(), url).to.equal('Erreur 404 — Billetterie');
      await expectAccessible(page, `404 ${url}`);
    }
  });

  it('AC2: the import page is refused to people who are not platform admins', async () => {
    const { page } = b;
    await page.goto(`${t.url}/console/signin`);
    await page.fill('#email', 'bureau@example.org');
    await page.fill('#password', 'billetterie-demo');
    await page.click('[data-testid="sign-in-submit"]');
    await page.waitForSelector('[data-testid="console-who"]');
    const res = await page.goto(`${t.url}/console/admin/import`);
    expect(res?.status()).to.equal(403);
  });
});
