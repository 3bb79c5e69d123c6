import { expect } from 'chai';
import { expectFrenchAndNarrow, expectNoHorizontalScroll, launchBrowser, type Browser } from '../support/browser';

/** The e2e helpers that guard phone-width layouts must be able to fail, or every page check they make proves nothing. */
describe('e2e (Chromium, 375 px): the layout helpers fail on a page that scrolls sideways', function () {
  this.timeout(30_000);
  let b: Browser;
  before(async function () {
    b = await launchBrowser(this);
  });
  after(async () => {
    await b?.close();
  });

  const rejection = async (p: Promise<unknown>) =>
    p.then(
      () => null,
      (e: Error) => e,
    );

  it('expectNoHorizontalScroll throws, naming the page and its width, when the page is wider than the window', async () => {
    await b.page.setContent(
      '<html lang="fr"><head><title>Page de test</title></head><body style="margin:0"><div style="width:900px">large</div></body></html>',
    );
    const error = await rejection(expectNoHorizontalScroll(b.page, 'a wide page'));
    expect(error, 'a 900 px page in a 375 px window must fail').to.be.instanceOf(Error);
    expect(error!.message).to.include('a wide page').and.include('900 px');
    expect(await rejection(expectFrenchAndNarrow(b.page, 'a wide page')), 'expectFrenchAndNarrow too').to.be.instanceOf(
      Error,
    );
  });

  it('expectNoHorizontalScroll passes on a page that fits the window', async () => {
    await b.page.setContent(
      '<html lang="fr"><head><title>Page de test</title></head><body style="margin:0"><div style="max-width:100%">étroit</div></body></html>',
    );
    await expectNoHorizontalScroll(b.page, 'a narrow page');
    await expectFrenchAndNarrow(b.page, 'a narrow page');
  });
});
