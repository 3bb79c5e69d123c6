import { expect } from 'chai';
import express from 'express';
import { createHash } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../server/src/core/logger';
import { simulatorsRouter } from '../../server/src/simulators';
import { decodeWindows1252, encodeWindows1252 } from '../../server/src/simulators/forms';
import { lydiaSignature } from '../../server/src/simulators/lydia';

interface Hit {
  path: string;
  body: Buffer;
  contentType: string | undefined;
  userAgent: string | undefined;
}

async function listen(app: express.Express): Promise<{ server: Server; url: string }> {
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function waitFor<T>(
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 5_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Field names of a form body, in order (test-side parsing, independent of the simulator's). */
const fieldNames = (body: Buffer) => [...new URLSearchParams(body.toString('latin1')).keys()];
const fieldsOf = (body: Buffer) => Object.fromEntries(new URLSearchParams(body.toString('latin1')));

describe('API: PayPal and Lydia simulators (PY6)', () => {
  let sim: { server: Server; url: string };
  let receiver: { server: Server; url: string };
  /** Everything the merchant side received. */
  let hits: Hit[] = [];
  /** Statuses the receiver answers per path, in turn; 200 once exhausted. */
  const script = new Map<string, number[]>();
  let base: string;

  before(async () => {
    const simApp = express();
    simApp.use('/sim', simulatorsRouter({ log: createLogger('silent') }));
    sim = await listen(simApp);
    base = `${sim.url}/sim`;
    const rec = express();
    rec.post('/{*path}', express.raw({ type: () => true }), (req, res) => {
      hits.push({
        path: req.path,
        body: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
        contentType: req.get('content-type'),
        userAgent: req.get('user-agent'),
      });
      res.status(script.get(req.path)?.shift() ?? 200).end();
    });
    receiver = await listen(rec);
  });

  after(async () => {
    await Promise.all([sim, receiver].map(({ server }) => new Promise((r) => server.close(r))));
  });

  beforeEach(async () => {
    await control('/paypal/_control/reset');
    await control('/lydia/_control/reset');
    hits = [];
    script.clear();
  });

  async function control(path: string, body: unknown = {}, method = 'POST') {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: method === 'POST' ? { 'content-type': 'application/json' } : {},
      body: method === 'POST' ? JSON.stringify(body) : undefined,
    });
    return { status: res.status, json: (await res.json()) as any };
  }
  const postForm = (url: string, fields: Record<string, string> | string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: typeof fields === 'string' ? fields : new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
  const hitsOn = (path: string) => hits.filter((h) => h.path === path);

  describe('PayPal', () => {
    const webscr = () => `${base}/paypal/cgi-bin/webscr`;
    const xclick = (over: Record<string, string> = {}) => ({
      cmd: '_xclick',
      business: 'tresorier@bde.example.org',
      item_name: 'Gala — place adulte',
      amount: '12.50',
      currency_code: 'EUR',
      invoice: 'INV-1',
      custom: 'booking-42',
      notify_url: `${receiver.url}/ipn`,
      return: 'http://shop.example/merci',
      cancel_return: 'http://shop.example/annule',
      charset: 'utf-8',
      no_shipping: '1',
      ...over,
    });
    const postback = (body: Buffer) =>
      postForm(webscr(), Buffer.concat([Buffer.from('cmd=_notify-validate&'), body]).toString('latin1'));
    const checkoutFor = async (fields: Record<string, string>) => {
      const res = await postForm(webscr(), fields);
      expect(res.status).to.equal(303);
      return res.headers.get('location')!;
    };

    it('PY6: checkout → page → Payer sends an IPN whose postback is VERIFIED; one changed byte is INVALID', async () => {
      const location = await checkoutFor(xclick());
      expect(location).to.match(new RegExp(`^${base}/paypal/checkout/[0-9a-f]+$`));

      const page = await fetch(location);
      const text = await page.text();
      expect(page.status).to.equal(200);
      expect(text).to.include('<html lang="fr">').and.include('name="viewport"').and.include('PayPal (simulateur)');
      expect(text).to.include('tresorier@bde.example.org').and.include('Gala — place adulte').and.include('12,50');
      expect(text).to.match(/<button[^>]*>Payer<\/button>/);
      expect(text).to.include('href="http://shop.example/annule">Annuler</a>');

      const pay = await postForm(`${location}/pay`, {});
      expect(pay.status).to.equal(303);
      expect(pay.headers.get('location')).to.equal('http://shop.example/merci');

      const ipn = await waitFor(() => hitsOn('/ipn')[0], 'the IPN');
      expect(ipn.contentType).to.equal('application/x-www-form-urlencoded');
      expect(ipn.userAgent).to.include('PayPal IPN');
      const f = fieldsOf(ipn.body);
      expect(fieldNames(ipn.body)).to.deep.equal([
        'mc_gross',
        'protection_eligibility',
        'payer_id',
        'payment_date',
        'payment_status',
        'charset',
        'first_name',
        'mc_fee',
        'notify_version',
        'custom',
        'payer_status',
        'business',
        'quantity',
        'verify_sign',
        'payer_email',
        'txn_id',
        'payment_type',
        'last_name',
        'receiver_email',
        'payment_fee',
        'receiver_id',
        'txn_type',
        'item_name',
        'mc_currency',
        'item_number',
        'residence_country',
        'test_ipn',
        'invoice',
        'ipn_track_id',
      ]);
      expect(f).to.include({
        mc_gross: '12.50',
        payment_status: 'Completed',
        charset: 'utf-8',
        notify_version: '3.9',
        custom: 'booking-42',
        txn_type: 'web_accept',
        business: 'tresorier@bde.example.org',
        receiver_email: 'tresorier@bde.example.org',
        mc_currency: 'EUR',
        invoice: 'INV-1',
        item_name: 'Gala — place adulte',
        test_ipn: '1',
        payer_email: 'zoe.lefevre@example.com',
      });
      expect(f.txn_id).to.match(/^[A-Z0-9]{17}$/);
      expect(f.payment_date).to.match(/^\d\d:\d\d:\d\d [A-Z][a-z]{2} \d\d, \d{4} P[SD]T$/);
      expect(ipn.body.toString('latin1'))
        .to.include('first_name=Zo%C3%A9&')
        .and.include('last_name=Lef%C3%A8vre-M%C3%BCller&');

      const verified = await postback(ipn.body);
      expect(verified.status).to.equal(200);
      expect(verified.headers.get('content-type')).to.match(/^text\/plain/);
      expect(await verified.text()).to.equal('VERIFIED');
      const tampered = Buffer.from(ipn.body);
      tampered[tampered.indexOf('12.50') + 1] = '3'.charCodeAt(0);
      expect(await (await postback(tampered)).text()).to.equal('INVALID');
      expect(await (await postForm(webscr(), 'cmd=_notify-validate')).text()).to.equal('INVALID');
    });

    it('PY6: refuses an incomplete or wrong checkout with a 400 page naming the field; escapes what it shows', async () => {
      for (const missing of ['business', 'amount', 'notify_url', 'cancel_return']) {
        const fields = xclick();
        delete (fields as Record<string, string>)[missing];
        const res = await postForm(webscr(), fields);
        expect(res.status, missing).to.equal(400);
        expect(await res.text()).to.include(`<code>${missing}</code>`);
      }
      for (const amount of ['0', '12.505', '-3', '1e3', '12,50'])
        expect((await postForm(webscr(), xclick({ amount }))).status, amount).to.equal(400);
      const js = await postForm(webscr(), xclick({ cancel_return: 'javascript:alert(1)' }));
      expect(js.status).to.equal(400);
      expect(await js.text()).to.include('<code>cancel_return</code>');
      const huge = await postForm(webscr(), xclick({ item_name: 'x'.repeat(70_000) }));
      expect(huge.status).to.equal(413);
      const badJson = await fetch(`${base}/paypal/_control/verify-mode`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"mode":',
      });
      expect(badJson.status).to.equal(400);
      expect(((await badJson.json()) as any).error).to.equal('400');
      const location = await checkoutFor(xclick({ item_name: '<script>alert("x")</script>' }));
      const text = await (await fetch(location)).text();
      expect(text).not.to.include('<script>alert');
      expect(text).to.include('&#60;script&#62;alert(&#34;x&#34;)');
      expect((await fetch(`${base}/paypal/checkout/nope`)).status).to.equal(404);
    });

    it('PY6: lists checkouts by invoice (newest first) and 404s a payment for an unknown invoice', async () => {
      await checkoutFor(xclick({ invoice: 'INV-A', amount: '5' }));
      await checkoutFor(xclick({ invoice: 'INV-A', amount: '7.5' }));
      await checkoutFor(xclick({ invoice: 'INV-B' }));
      const { json } = await control('/paypal/_control/checkouts?invoice=INV-A', undefined, 'GET');
      expect(json.map((c: any) => c.amount)).to.deep.equal(['7.5', '5']);
      expect(json[0]).to.include({
        invoice: 'INV-A',
        custom: 'booking-42',
        business: 'tresorier@bde.example.org',
        currency: 'EUR',
        notifyUrl: `${receiver.url}/ipn`,
        returnUrl: 'http://shop.example/merci',
      });
      // The newest checkout of the invoice is paid, amount normalised to two decimals.
      const paid = await control('/paypal/_control/checkouts/INV-A/pay');
      expect(fieldsOf(Buffer.from(paid.json.body, 'latin1')).mc_gross).to.equal('7.50');
      expect((await control('/paypal/_control/checkouts/INV-Z/pay')).status).to.equal(404);
    });

    it('PY6: windows-1252 messages encode é as %E9 (and € ’ — as single bytes); utf-8 ones as %C3%A9', async () => {
      await checkoutFor(xclick({ invoice: 'INV-W', item_name: 'Soirée d’intégration — 5 €', custom: 'Œuvre' }));
      const w = await control('/paypal/_control/checkouts/INV-W/pay', { charset: 'windows-1252' });
      expect(w.json.body).to.include('charset=windows-1252&');
      expect(w.json.body).to.include('first_name=Zo%E9&').and.include('last_name=Lef%E8vre-M%FCller&');
      expect(w.json.body).to.include('item_name=Soir%E9e+d%92int%E9gration+%97+5+%80&').and.include('custom=%8Cuvre&');
      const ipn = hitsOn('/ipn')[0];
      expect(ipn.body.toString('latin1')).to.equal(w.json.body);
      expect(await (await postback(ipn.body)).text()).to.equal('VERIFIED');

      const u = await control('/paypal/_control/checkouts/INV-W/pay', { payerFirstName: 'Élodie' });
      expect(u.json.body).to.include('charset=utf-8&').and.include('first_name=%C3%89lodie&').and.include('%E2%82%AC');
    });

    it('PY6: the windows-1252 codec maps all 256 bytes as the WHATWG table does, both ways', () => {
      // Written out from the standard (Node 20's TextDecoder('windows-1252') wrongly decodes 0x80–0x9F as Latin-1).
      const specials = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
      for (let b = 0; b < 256; b++) {
        const ch = b >= 0x80 && b <= 0x9f ? specials[b - 0x80] : String.fromCharCode(b);
        expect(decodeWindows1252(Uint8Array.of(b)), `byte ${b}`).to.equal(ch);
        expect([...encodeWindows1252(ch)], `char of byte ${b}`).to.deep.equal([b]);
      }
      expect([...encodeWindows1252('€œŒ’“”–—')]).to.deep.equal([0x80, 0x9c, 0x8c, 0x92, 0x93, 0x94, 0x96, 0x97]);
      expect(encodeWindows1252('日').toString('latin1')).to.equal('?');
    });

    it('PY6: verification modes: error → 500, invalid → INVALID, slow → waits, reset → normal', async () => {
      await checkoutFor(xclick({ invoice: 'INV-V' }));
      const { json } = await control('/paypal/_control/checkouts/INV-V/pay');
      const body = Buffer.from(json.body, 'latin1');
      await control('/paypal/_control/verify-mode', { mode: 'error' });
      const err = await postback(body);
      expect(err.status).to.equal(500);
      expect(await err.text()).to.equal('error');
      await control('/paypal/_control/verify-mode', { mode: 'invalid' });
      expect(await (await postback(body)).text()).to.equal('INVALID');
      await control('/paypal/_control/verify-mode', { mode: 'slow', delayMs: 300 });
      const started = Date.now();
      expect(await (await postback(body)).text()).to.equal('VERIFIED');
      expect(Date.now() - started).to.be.at.least(290);
      expect((await control('/paypal/_control/verify-mode', { mode: 'sideways' })).status).to.equal(400);
      await control('/paypal/_control/reset');
      expect(await (await postback(body)).text()).to.equal('INVALID'); // forgotten
    });

    it('PY6: retries delivery while the listener answers 500, then stops at 200', async () => {
      script.set('/flaky', [500, 500]);
      await checkoutFor(xclick({ invoice: 'INV-R', notify_url: `${receiver.url}/flaky` }));
      const { json } = await control('/paypal/_control/checkouts/INV-R/pay');
      expect(json.deliveries).to.deep.equal([500]);
      const messages = async () => (await control('/paypal/_control/messages', undefined, 'GET')).json as any[];
      await waitFor(async () => (await messages())[0].deliveries.length === 3, 'three attempts');
      expect((await messages())[0].deliveries).to.deep.equal([500, 500, 200]);
      expect(hitsOn('/flaky')).to.have.lengthOf(3);
      expect(new Set(hitsOn('/flaky').map((h) => h.body.toString('latin1')))).to.have.lengthOf(1);
      // An unreachable listener gets 1 + retries attempts, recorded as 0.
      await checkoutFor(xclick({ invoice: 'INV-X', notify_url: 'http://127.0.0.1:9/ipn' }));
      const dead = await control('/paypal/_control/checkouts/INV-X/pay', { retries: 1, retryDelayMs: 10 });
      expect(dead.json.deliveries).to.deep.equal([0]);
      const deadMessage = async () => (await messages()).find((m) => m.invoice === 'INV-X');
      await waitFor(async () => (await deadMessage()).deliveries.length === 2, 'the retry');
      await new Promise((r) => setTimeout(r, 100));
      expect((await deadMessage()).deliveries).to.deep.equal([0, 0]);
    });

    it('PY6: tampered amount/receiver/currency, Pending then Completed, duplicates, resend, refund, reversal, forge', async () => {
      await checkoutFor(xclick({ invoice: 'INV-S' }));
      const tampered = await control('/paypal/_control/checkouts/INV-S/pay', {
        amount: '1.00',
        receiverEmail: 'pirate@example.org',
        currency: 'USD',
      });
      expect(fieldsOf(Buffer.from(tampered.json.body, 'latin1'))).to.include({
        mc_gross: '1.00',
        business: 'pirate@example.org',
        receiver_email: 'pirate@example.org',
        mc_currency: 'USD',
      });
      expect(await (await postback(Buffer.from(tampered.json.body, 'latin1'))).text()).to.equal('VERIFIED');

      const pending = await control('/paypal/_control/checkouts/INV-S/pay', { status: 'Pending' });
      const completed = await control('/paypal/_control/checkouts/INV-S/pay', {
        txnId: pending.json.txnId,
        duplicates: 2,
      });
      expect(completed.json.txnId).to.equal(pending.json.txnId);
      expect(completed.json.deliveries).to.deep.equal([200, 200]);
      expect(fieldsOf(Buffer.from(pending.json.body, 'latin1'))).to.include({
        payment_status: 'Pending',
        pending_reason: 'paymentreview',
      });
      const copies = hitsOn('/ipn').filter((h) => h.body.toString('latin1') === completed.json.body);
      expect(copies).to.have.lengthOf(2);

      const resent = await control('/paypal/_control/resend', { txnId: pending.json.txnId });
      expect(resent.json.body).to.equal(completed.json.body);
      expect(hitsOn('/ipn').at(-1)!.body.equals(copies[0].body)).to.equal(true);

      const refund = await control('/paypal/_control/refund', { txnId: pending.json.txnId });
      const r = fieldsOf(Buffer.from(refund.json.body, 'latin1'));
      expect(r).to.include({
        payment_status: 'Refunded',
        parent_txn_id: pending.json.txnId,
        mc_gross: '-12.50',
        reason_code: 'refund',
        invoice: 'INV-S',
        custom: 'booking-42',
        receiver_email: 'tresorier@bde.example.org',
      });
      expect(r.txn_id)
        .to.match(/^[A-Z0-9]{17}$/)
        .and.not.equal(pending.json.txnId);
      expect(refund.json.txnId).to.equal(r.txn_id);
      expect(r).not.to.have.property('txn_type');
      expect(await (await postback(Buffer.from(refund.json.body, 'latin1'))).text()).to.equal('VERIFIED');
      const reversal = await control('/paypal/_control/refund', { txnId: pending.json.txnId, status: 'Reversed' });
      expect(fieldsOf(Buffer.from(reversal.json.body, 'latin1'))).to.include({
        payment_status: 'Reversed',
        reason_code: 'chargeback',
        mc_gross: '-12.50',
      });
      expect((await control('/paypal/_control/refund', { txnId: 'NOPE' })).status).to.equal(404);

      const forged = await control('/paypal/_control/forge', {
        notifyUrl: `${receiver.url}/ipn`,
        fields: { ...fieldsOf(Buffer.from(completed.json.body, 'latin1')), mc_gross: '0.01' },
      });
      expect(forged.json.deliveries).to.deep.equal([200]);
      expect(hitsOn('/ipn').at(-1)!.body.toString('latin1')).to.equal(forged.json.body);
      expect(await (await postback(Buffer.from(forged.json.body, 'latin1'))).text()).to.equal('INVALID');

      const messages = (await control('/paypal/_control/messages', undefined, 'GET')).json;
      expect(messages.map((m: any) => m.status)).to.deep.equal([
        'Completed',
        'Pending',
        'Completed',
        'Completed',
        'Completed',
        'Refunded',
        'Reversed',
        'Completed',
      ]);
      expect(messages.at(-1).forged).to.equal(true);
    });
  });

  describe('Lydia', () => {
    const api = (path: string, fields: Record<string, string>) =>
      postForm(`${base}/lydia/api${path}`, fields).then(async (r) => ({
        status: r.status,
        json: (await r.json()) as any,
      }));
    const demo = { vendor_token: 'demo-vendor-token-0001', private: 'demo-private-token-0001' };
    const request = (over: Record<string, string> = {}) =>
      api('/request/do.json', {
        vendor_token: demo.vendor_token,
        recipient: '0611223344',
        type: 'phone',
        amount: '12.50',
        currency: 'EUR',
        message: 'Gala — place adulte',
        order_ref: 'BK-1',
        confirm_url: `${receiver.url}/lydia/confirm`,
        cancel_url: `${receiver.url}/lydia/cancel`,
        expire_url: `${receiver.url}/lydia/expire`,
        browser_success_url: 'http://shop.example/ok',
        browser_fail_url: 'http://shop.example/ko',
        ...over,
      });
    const state = async (requestId: string) => (await api('/request/state.json', { request_id: requestId })).json.state;
    const callbackOn = (path: string) => waitFor(() => hitsOn(path).at(-1), `a callback on ${path}`);

    it('PY6: the signature is MD5 of the sorted name=value pairs, & and the private token (hand-computed vector)', () => {
      const params = {
        amount: '12.50',
        currency: 'EUR',
        request_id: '42',
        signed: '0',
        transaction_identifier: 'T1',
        vendor_token: 'v',
      };
      const byHand = createHash('md5')
        .update('amount=12.50&currency=EUR&request_id=42&signed=0&transaction_identifier=T1&vendor_token=v&p')
        .digest('hex');
      expect(byHand).to.equal('f26734d73a54c35d9cb9ef982d006b4c');
      expect(lydiaSignature(params, 'p')).to.equal('f26734d73a54c35d9cb9ef982d006b4c');
      // Order of the given parameters does not matter; a `sig` among them is left out.
      const shuffled = {
        vendor_token: 'v',
        signed: '0',
        request_id: '42',
        transaction_identifier: 'T1',
        currency: 'EUR',
        amount: '12.50',
        sig: 'whatever',
      };
      expect(lydiaSignature(shuffled, 'p')).to.equal('f26734d73a54c35d9cb9ef982d006b4c');
    });

    it('PY6: login.json returns the demo business; vendortoken.json checks the pair; accounts can be added', async () => {
      const ok = await api('/auth/login.json', { phone: '+33 6 01 02 03 04', password: 'lydia-demo' });
      expect(ok.json).to.deep.equal({
        error: '0',
        businesses: [
          { name: 'BDE Démo', api_token: 'demo-vendor-token-0001', api_token_id: 'demo-private-token-0001' },
        ],
      });
      expect((await api('/auth/login.json', { phone: '06.01.02.03.04', password: 'lydia-demo' })).json.error).to.equal(
        '0',
      );
      const bad = await api('/auth/login.json', { phone: '0601020304', password: 'wrong' });
      expect(bad.json.error).to.equal('1');
      expect(bad.json.message).to.be.a('string');
      expect(
        (await api('/auth/vendortoken.json', { vendor_token: demo.vendor_token, vendor_id: demo.private })).json,
      ).to.deep.equal({ error: '0' });
      expect(
        (await api('/auth/vendortoken.json', { vendor_token: demo.vendor_token, vendor_id: 'other' })).json.error,
      ).to.equal('1');

      const added = await control('/lydia/_control/accounts', {
        phone: '0700000001',
        password: 'pw',
        businesses: [{ name: 'Club Ciné', vendorToken: 'vt-2', privateToken: 'pt-2' }],
      });
      expect(added.status).to.equal(201);
      expect((await api('/auth/login.json', { phone: '0700000001', password: 'pw' })).json.businesses[0]).to.include({
        api_token: 'vt-2',
        api_token_id: 'pt-2',
      });
      expect((await request({ vendor_token: 'vt-2' })).json.error).to.equal('0');
    });

    it('PY6: do.json validates its input, state.json and cancel.json follow the request', async () => {
      const first = (await request()).json;
      expect(first.error).to.equal('0');
      expect(first.request_id).to.match(/^\d+$/);
      expect(first.request_uuid).to.match(/^[0-9a-f-]{36}$/);
      expect(first.mobile_url).to.equal(`${base}/lydia/requests/${first.request_uuid}`);
      const second = (await request({ order_ref: 'BK-2' })).json;
      expect(BigInt(second.request_id) > BigInt(first.request_id)).to.equal(true);

      for (const [over, hint] of [
        [{ amount: '12.505' }, 'amount'],
        [{ amount: '0' }, 'amount'],
        [{ currency: 'USD' }, 'currency'],
        [{ type: 'email' }, 'type'],
        [{ confirm_url: '' }, 'confirm_url'],
        [{ cancel_url: 'ftp://example.org/x' }, 'cancel_url'],
        [{ vendor_token: 'unknown' }, 'vendor_token'],
      ] as const) {
        const { status, json } = await request(over);
        expect(status).to.equal(200);
        expect(json.error, hint).to.not.equal('0');
        expect(json.message, hint).to.include(hint);
      }

      expect(await state(first.request_id)).to.equal('0');
      expect(
        (await api('/request/state.json', { request_id: first.request_id, vendor_token: demo.vendor_token })).json,
      ).to.deep.equal({ state: '0' });
      expect(
        (await api('/request/state.json', { request_id: first.request_id, vendor_token: 'other' })).json.error,
      ).to.not.equal('0');
      expect((await api('/request/state.json', { request_id: '1' })).json.error).to.equal('3');
      expect(
        (await api('/request/cancel.json', { request_id: first.request_id, vendor_token: demo.vendor_token })).json,
      ).to.deep.equal({ error: '0' });
      expect(await state(first.request_id)).to.equal('6');
      expect(
        (await api('/request/cancel.json', { request_id: first.request_id, vendor_token: demo.vendor_token })).json
          .error,
      ).to.not.equal('0');

      const listed = (await control('/lydia/_control/requests?order_ref=BK-2', undefined, 'GET')).json;
      expect(listed).to.have.lengthOf(1);
      expect(listed[0]).to.include({
        requestId: second.request_id,
        requestUuid: second.request_uuid,
        orderRef: 'BK-2',
        amount: '12.50',
        currency: 'EUR',
        recipient: '0611223344',
        state: '0',
      });
    });

    it('PY6: the phone page accepts: state 1, signed callback to confirm_url, browser sent to browser_success_url', async () => {
      const r = (await request()).json;
      const page = await fetch(r.mobile_url);
      const text = await page.text();
      expect(text)
        .to.include('<html lang="fr">')
        .and.include('Lydia (simulateur)')
        .and.include('12,50')
        .and.include('Gala — place adulte')
        .and.include('0611223344');
      expect(text)
        .to.match(/<button[^>]*>Accepter<\/button>/)
        .and.match(/<button[^>]*>Refuser<\/button>/);

      const accepted = await postForm(`${r.mobile_url}/accept`, {});
      expect(accepted.status).to.equal(303);
      expect(accepted.headers.get('location')).to.equal('http://shop.example/ok');
      expect(await state(r.request_id)).to.equal('1');
      expect((await postForm(`${r.mobile_url}/accept`, {})).status).to.equal(409);

      const cb = await callbackOn('/lydia/confirm');
      expect(fieldNames(cb.body)).to.deep.equal([
        'request_id',
        'amount',
        'currency',
        'signed',
        'transaction_identifier',
        'vendor_token',
        'sig',
      ]);
      const { sig, ...params } = fieldsOf(cb.body);
      expect(params).to.include({
        request_id: r.request_id,
        amount: '12.50',
        currency: 'EUR',
        signed: '0',
        vendor_token: demo.vendor_token,
      });
      const byHand = createHash('md5')
        .update(
          `amount=12.50&currency=EUR&request_id=${r.request_id}&signed=0&transaction_identifier=${params.transaction_identifier}&vendor_token=${demo.vendor_token}&${demo.private}`,
        )
        .digest('hex');
      expect(sig).to.equal(byHand);
      // After paying, the page shows the outcome and no more buttons.
      const after = await (await fetch(r.mobile_url)).text();
      expect(after).to.include('Paiement accepté').and.not.include('Accepter</button>');
    });

    it('PY6: refuse and expire give state 5 (signed message to cancel_url / expire_url); expire_time expires by itself', async () => {
      const refused = (await request()).json;
      const res = await postForm(`${refused.mobile_url}/refuse`, {});
      expect(res.headers.get('location')).to.equal('http://shop.example/ko');
      expect(await state(refused.request_id)).to.equal('5');
      const cancelCb = fieldsOf((await callbackOn('/lydia/cancel')).body);
      expect(cancelCb.request_id).to.equal(refused.request_id);
      const { sig, ...rest } = cancelCb;
      expect(sig).to.equal(lydiaSignature(rest, demo.private));

      const viaControl = (await request()).json;
      expect((await control(`/lydia/_control/requests/${viaControl.request_id}/refuse`)).json).to.deep.equal({
        state: '5',
      });
      const expired = (await request()).json;
      expect((await control(`/lydia/_control/requests/${expired.request_id}/expire`)).json).to.deep.equal({
        state: '5',
      });
      expect(await state(expired.request_id)).to.equal('5');
      expect(fieldsOf((await callbackOn('/lydia/expire')).body).request_id).to.equal(expired.request_id);
      expect((await control(`/lydia/_control/requests/${expired.request_id}/accept`)).status).to.equal(409);
      expect((await control('/lydia/_control/requests/999/accept')).status).to.equal(404);

      const short = (await request({ expire_time: '1' })).json;
      expect(await state(short.request_id)).to.equal('0');
      await new Promise((r) => setTimeout(r, 1_100));
      expect(await state(short.request_id)).to.equal('5');
    });

    it('PY6: control accept can tamper the amount, break the signature, change vendor_token or skip the callback; replay resends the bytes', async () => {
      const verify = (body: Buffer) => {
        const { sig, ...rest } = fieldsOf(body);
        return sig === lydiaSignature(rest, demo.private);
      };
      const a = (await request()).json;
      const tampered = await control(`/lydia/_control/requests/${a.request_id}/accept`, { amount: '1.00' });
      expect(tampered.json.state).to.equal('1');
      expect(tampered.json.callback.deliveries).to.deep.equal([200]);
      const tamperedBody = Buffer.from(tampered.json.callback.body, 'latin1');
      expect(fieldsOf(tamperedBody).amount).to.equal('1.00');
      expect(verify(tamperedBody)).to.equal(true);

      const b = (await request()).json;
      const bad = await control(`/lydia/_control/requests/${b.request_id}/accept`, { badSignature: true });
      expect(verify(Buffer.from(bad.json.callback.body, 'latin1'))).to.equal(false);

      const c = (await request()).json;
      const other = await control(`/lydia/_control/requests/${c.request_id}/accept`, {
        vendorToken: 'someone-else',
        currency: 'USD',
      });
      const otherBody = Buffer.from(other.json.callback.body, 'latin1');
      expect(fieldsOf(otherBody)).to.include({ vendor_token: 'someone-else', currency: 'USD' });
      expect(verify(otherBody)).to.equal(true);

      const d = (await request()).json;
      const silent = await control(`/lydia/_control/requests/${d.request_id}/accept`, { callback: false });
      expect(silent.json).to.deep.equal({ state: '1', callback: null });
      expect(await state(d.request_id)).to.equal('1');

      const before = hitsOn('/lydia/confirm').length;
      const replay = await control(`/lydia/_control/requests/${a.request_id}/replay`);
      expect(replay.json.body).to.equal(tampered.json.callback.body);
      expect(replay.json.deliveries).to.deep.equal([200]);
      expect(hitsOn('/lydia/confirm')).to.have.lengthOf(before + 1);
      expect(hitsOn('/lydia/confirm').at(-1)!.body.equals(tamperedBody)).to.equal(true);
      expect((await control(`/lydia/_control/requests/${d.request_id}/replay`)).status).to.equal(404);
    });

    it('PY6: retries the callback on non-200 answers', async () => {
      script.set('/lydia/confirm', [503, 500]);
      const r = (await request()).json;
      const accepted = await control(`/lydia/_control/requests/${r.request_id}/accept`);
      expect(accepted.json.callback.deliveries).to.deep.equal([503]);
      await waitFor(() => hitsOn('/lydia/confirm').length === 3, 'three attempts');
      const bodies = new Set(hitsOn('/lydia/confirm').map((h) => h.body.toString('latin1')));
      expect(bodies).to.have.lengthOf(1);
    });

    it('PY6: down mode answers 503 on every API endpoint until it is lifted', async () => {
      const r = (await request()).json;
      await control('/lydia/_control/mode', { down: true });
      for (const path of [
        '/auth/login.json',
        '/auth/vendortoken.json',
        '/request/do.json',
        '/request/state.json',
        '/request/cancel.json',
      ]) {
        expect((await api(path, { request_id: r.request_id })).status, path).to.equal(503);
      }
      // The phone page still works: only the merchant API is down.
      expect((await fetch(r.mobile_url)).status).to.equal(200);
      await control('/lydia/_control/mode', { down: false });
      expect(await state(r.request_id)).to.equal('0');
    });
  });

  it('PY6: an index page links both simulators under the mount path', async () => {
    const res = await fetch(`${base}/`);
    const text = await res.text();
    expect(res.status).to.equal(200);
    expect(text).to.include(`${base}/paypal/cgi-bin/webscr`).and.include(`${base}/lydia`);
  });
});
