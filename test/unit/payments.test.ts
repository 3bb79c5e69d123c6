import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { webhookRateLimit } from '../../server/src/http/webhook-limit';
import { lydiaSignature, signatureMatches } from '../../server/src/modules/payments/lydia';
import { ipnFacts, parseIpn } from '../../server/src/modules/payments/paypal';
import { formatAmount, parseAmountCents, printable } from '../../server/src/modules/payments/provider-http';
import { secretBox } from '../../server/src/crypto/secret-box';

describe('unit: payment protocol pieces (PY1, PY2, PY4)', () => {
  it('PY4: the Lydia signature matches test vectors computed by hand (sorted params without sig, then & and the private token, MD5)', () => {
    // printf '%s' 'amount=12.50&currency=EUR&request_id=42&signed=0&transaction_identifier=T1&vendor_token=v&p' | md5sum
    const params = {
      vendor_token: 'v',
      transaction_identifier: 'T1',
      signed: '0',
      request_id: '42',
      currency: 'EUR',
      amount: '12.50',
    };
    expect(lydiaSignature(params, 'p')).to.equal('f26734d73a54c35d9cb9ef982d006b4c');
    expect(lydiaSignature({ ...params, sig: 'anything' }, 'p'), 'sig itself is left out').to.equal(
      'f26734d73a54c35d9cb9ef982d006b4c',
    );
    const demo = {
      amount: '25.00',
      currency: 'EUR',
      request_id: '1337',
      signed: '0',
      transaction_identifier: '1337-ABC',
      vendor_token: 'demo-vendor-token-0001',
    };
    expect(lydiaSignature(demo, 'demo-private-token-0001')).to.equal('9e2ea0ad18db35cc39bc3d2ee6706a98');
    expect(signatureMatches({ ...demo, sig: '9e2ea0ad18db35cc39bc3d2ee6706a98' }, 'demo-private-token-0001')).to.equal(
      true,
    );
    expect(
      signatureMatches({ ...demo, sig: '9E2EA0AD18DB35CC39BC3D2EE6706A98' }, 'demo-private-token-0001'),
      'hex case does not matter',
    ).to.equal(true);
    expect(
      signatureMatches({ ...demo, amount: '2.50', sig: '9e2ea0ad18db35cc39bc3d2ee6706a98' }, 'demo-private-token-0001'),
    ).to.equal(false);
    expect(signatureMatches({ ...demo }, 'demo-private-token-0001'), 'no sig').to.equal(false);
  });

  it('PY2: IPN bodies are decoded in their declared charset, windows-1252 specials included; amounts are parsed in cents', () => {
    const body = Buffer.from(
      'mc_gross=12.50&first_name=Zo%E9&last_name=%8Cuvre+%80&charset=windows-1252&receiver_email=A%40B.fr&txn_id=T',
      'latin1',
    );
    const { fields, charset } = parseIpn(body);
    expect(charset).to.equal('windows-1252');
    expect(fields).to.include({ first_name: 'Zoé', last_name: 'Œuvre €', receiver_email: 'A@B.fr' });
    expect(ipnFacts(fields)).to.deep.include({ amountCents: 1250, txnId: 'T', receivers: ['a@b.fr'] });
    expect(parseIpn(Buffer.from('first_name=Zo%C3%A9&charset=UTF-8')).fields.first_name).to.equal('Zoé');
    expect(parseIpn(Buffer.from('first_name=Zo%E9')).charset, 'PayPal’s default').to.equal('windows-1252');
    expect(parseIpn(randomBytes(500)).fields).to.be.an('object');
    expect([
      parseAmountCents('12.5'),
      parseAmountCents('-3.00'),
      parseAmountCents('1e3'),
      parseAmountCents('12.505'),
      parseAmountCents(''),
    ]).to.deep.equal([1250, -300, null, null, null]);
    expect([formatAmount(1250), formatAmount(5), formatAmount(-300)]).to.deep.equal(['12.50', '0.05', '-3.00']);
  });

  it('PY1: private tokens are sealed with AES-256-GCM, bound to their row; altered, moved or foreign-key values do not open', () => {
    const box = secretBox(randomBytes(32));
    const sealed = box.seal('private-token', 'account-1');
    expect(sealed).to.not.include('private-token');
    expect(box.open(sealed, 'account-1')).to.equal('private-token');
    expect(box.seal('private-token', 'account-1'), 'a fresh IV each time').to.not.equal(sealed);
    expect(() => box.open(sealed, 'account-2')).to.throw();
    const parts = sealed.split('.');
    parts[3] = Buffer.from('x'.repeat(13)).toString('base64url');
    expect(() => box.open(parts.join('.'), 'account-1')).to.throw();
    expect(() => secretBox(randomBytes(32)).open(sealed, 'account-1')).to.throw();
    expect(() => secretBox(randomBytes(16))).to.throw();
  });
});

describe('unit: webhook rate limit and IPN values (SEC2, SEC3, PY3)', () => {
  /** Runs the middleware on a fake request; the answer's status (200: passed on) and Retry-After. */
  function limiter(burst: number, perMinute: number) {
    let now = 0;
    const mw = webhookRateLimit({ burst, perMinute, now: () => now });
    const hit = (ip: string, bytes = 100) => {
      let status = 200;
      let retryAfter: string | undefined;
      const res = {
        set: (k: string, v: string) => (k === 'Retry-After' ? (retryAfter = v) : undefined, res),
        status: (s: number) => ((status = s), res),
        json: () => res,
      };
      mw({ ip, headers: { 'content-length': String(bytes) }, socket: {} } as never, res as never, () => undefined);
      return { status, retryAfter };
    };
    return { hit, wait: (ms: number) => (now += ms) };
  }

  it('SEC2: each address has its own bucket: a burst, then a steady rate; large bodies cost one token per 4 KB; Retry-After tells when enough is back', () => {
    const l = limiter(10, 60);
    for (let i = 0; i < 10; i++) expect(l.hit('1.1.1.1').status).to.equal(200);
    expect(l.hit('1.1.1.1')).to.deep.equal({ status: 429, retryAfter: '1' });
    expect(l.hit('2.2.2.2').status, 'another address is not affected').to.equal(200);
    l.wait(1000);
    expect(l.hit('1.1.1.1').status).to.equal(200);
    expect(l.hit('1.1.1.1').status).to.equal(429);
    l.wait(60_000);
    expect(l.hit('1.1.1.1', 40 * 1024).status, '10 tokens').to.equal(200);
    expect(l.hit('1.1.1.1', 8 * 1024)).to.deep.equal({ status: 429, retryAfter: '2' });
  });

  it('SEC3 PY3: IPN values with control characters count as absent (the raw bytes keep them); printable() quotes them safely', () => {
    const f = ipnFacts(parseIpn(Buffer.from('txn_id=A%00B&invoice=X%0D%0AY&custom=ok&mc_gross=1.00')).fields);
    expect(f).to.include({ txnId: null, invoice: null, custom: 'ok', amountCents: 100 });
    expect(printable('a\u0000b\nc')).to.equal('a?b?c');
  });
});
