import { expect } from 'chai';

/** A tiny browser for redirect chains: a cookie jar (names only, one host), no JavaScript. */
export class RedirectWalker {
  cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0/i.test(line) || /expires=thu, 01 jan 1970/i.test(line) || !value) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** One request, no redirect followed. */
  async hop(url: string, init: RequestInit = {}): Promise<Response> {
    const res = await fetch(new URL(url, this.baseUrl), {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), cookie: this.cookieHeader() },
    });
    this.keep(res);
    return res;
  }

  /** Follows GET redirects while `until` says to go on; returns the last response and its URL. */
  async follow(url: string, stop: (u: URL) => boolean = () => false): Promise<{ res: Response; url: URL }> {
    let current = new URL(url, this.baseUrl);
    for (let i = 0; i < 20; i++) {
      if (stop(current)) return { res: new Response(null, { status: 204 }), url: current };
      const res = await this.hop(current.href);
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { res, url: current };
      await res.arrayBuffer();
      current = new URL(location, current);
    }
    throw new Error('too many redirects');
  }
}

/**
 * Signs in through the local identity provider as `sub`, the way a browser does (start, the provider's pick page,
 * the callback). Returns where the app finally sent the browser.
 */
export async function schoolSignInWithSimulator(
  walker: RedirectWalker,
  sub: string,
  start = '/auth/school/start?app=portal&next=/bookings',
): Promise<URL> {
  const toPick = await walker.follow(start, (u) => u.pathname.includes('/interaction/'));
  if (!toPick.url.pathname.includes('/interaction/')) return toPick.url; // refused before the provider
  const page = await walker.hop(toPick.url.href);
  expect(page.status).to.equal(200);
  const form = (await page.text()).match(/action="([^"]+\/login)"/);
  expect(form, 'the pick page has a login form').to.not.equal(null);
  const posted = await walker.hop(
    form![1].replace(/&#(\d+);/g, (_m, c: string) => String.fromCharCode(Number(c))),
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ sub }).toString(),
    },
  );
  expect(posted.status, await posted.clone().text()).to.be.within(300, 399);
  const back = await walker.follow(new URL(posted.headers.get('location')!, toPick.url).href, (u) =>
    u.pathname.startsWith('/auth/school/callback')
      ? false
      : !u.pathname.startsWith('/simulators/') && !u.pathname.startsWith('/auth/'),
  );
  return back.url;
}

/** Changes what the local identity provider says of one of its people (the claims of their next sign-in). */
export async function setPerson(url: string, sub: string, claims: Record<string, unknown>) {
  const res = await fetch(`${url}/simulators/oidc/_control/people/${sub}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(claims),
  });
  expect(res.status).to.equal(200);
}
