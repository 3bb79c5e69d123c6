/**
 * Lydia's merchant API, simulated in memory: login, vendor token check, payment requests (do / state / cancel),
 * the payer's "phone" page and the signed callbacks (retried until the merchant answers 200). JSON controls under
 * `/_control` script the scenarios tests need.
 *
 * API errors are HTTP 200 with `{ error: <code>, message }`: "1" authentication (credentials, vendor token),
 * "2" missing or invalid parameter, "3" unknown request, "4" request not waiting any more.
 */
import { createHash, randomUUID } from 'node:crypto';
import { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Logger } from '../core/logger';
import { encodeForm, formRecord, parseForm } from './forms';
import { formatAmount, html, sendPage } from './pages';
import {
  bodyBytes,
  Deliverer,
  isHttpUrl,
  jsonBody,
  linkBase,
  loopbackOnly,
  parseControl,
  positiveAmountCents,
  randomChars,
  rawBody,
  retryOverrides,
  UPPER_ALNUM,
  type RetryPolicy,
} from './support';

export interface LydiaBusiness {
  name: string;
  vendorToken: string;
  privateToken: string;
}

export interface LydiaAccount {
  phone: string;
  password: string;
  businesses: LydiaBusiness[];
}

export const LYDIA_DEMO_ACCOUNT: LydiaAccount = {
  phone: '0601020304',
  password: 'lydia-demo',
  businesses: [{ name: 'BDE Démo', vendorToken: 'demo-vendor-token-0001', privateToken: 'demo-private-token-0001' }],
};

/**
 * Lydia's callback signature: the parameters other than `sig`, sorted by name, joined as `name=value` with `&`
 * (no URL-encoding), then `&` and the private token; MD5, hex.
 */
export function lydiaSignature(params: Record<string, string>, privateToken: string): string {
  const signed = Object.keys(params)
    .filter((name) => name !== 'sig')
    .sort()
    .map((name) => `${name}=${params[name]}`)
    .join('&');
  return createHash('md5').update(`${signed}&${privateToken}`, 'utf8').digest('hex');
}

/** `+33 6 01.02-03-04` → `0601020304`. */
export const normalizePhone = (phone: string) => phone.replace(/[\s.-]/g, '').replace(/^\+33/, '0');

const TITLE = 'Lydia (simulateur)';
const DELIVERY_DEFAULTS: RetryPolicy = { retries: 3, retryDelayMs: 200 };
/** setTimeout's ceiling (about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** "0" waiting, "1" paid, "5" refused or expired, "6" cancelled by the vendor, "-1" error. */
type LydiaState = '0' | '1' | '5' | '6' | '-1';

interface SentCallback {
  url: string;
  body: Buffer;
  deliveries: number[];
}

interface PaymentRequest {
  requestId: string;
  uuid: string;
  business: LydiaBusiness;
  recipient: string;
  amount: string;
  currency: string;
  message: string;
  orderRef: string;
  confirmUrl: string;
  cancelUrl?: string;
  expireUrl?: string;
  browserSuccessUrl?: string;
  browserFailUrl?: string;
  state: LydiaState;
  createdAt: string;
  callbacks: SentCallback[];
  expiryTimer?: NodeJS.Timeout;
}

interface CallbackOptions extends Partial<RetryPolicy> {
  amount?: string;
  currency?: string;
  vendorToken?: string;
  badSignature?: boolean;
}

const apiError = (error: string, message: string) => ({ error, message });

const accountSchema = z.object({
  phone: z.string().min(1),
  password: z.string().min(1),
  businesses: z
    .array(z.object({ name: z.string().min(1), vendorToken: z.string().min(1), privateToken: z.string().min(1) }))
    .min(1),
});
const acceptSchema = z.object({
  callback: z.boolean().default(true),
  amount: z.string().optional(),
  currency: z.string().optional(),
  badSignature: z.boolean().default(false),
  vendorToken: z.string().optional(),
  wait: z.boolean().default(true),
  ...retryOverrides,
});
const sendSchema = z.object({ wait: z.boolean().default(true), ...retryOverrides });
const modeSchema = z.object({ down: z.boolean() });

const DO_REQUIRED = [
  'vendor_token',
  'recipient',
  'type',
  'amount',
  'currency',
  'message',
  'order_ref',
  'confirm_url',
] as const;
const DO_URLS = ['confirm_url', 'cancel_url', 'expire_url', 'browser_success_url', 'browser_fail_url'] as const;

export function lydiaSimulator(opts: { log: Logger }): Router {
  const log = opts.log.child({ simulator: 'lydia' });
  const deliverer = new Deliverer(log, DELIVERY_DEFAULTS);
  let accounts: LydiaAccount[] = [LYDIA_DEMO_ACCOUNT];
  let requests: PaymentRequest[] = [];
  let down = false;
  let lastRequestId = 0;

  /** Increasing ids that stay unique across restarts (a merchant's database outlives this memory). */
  const nextRequestId = () => String((lastRequestId = Math.max(lastRequestId + 1, Date.now())));
  const businessByVendorToken = (token: string | undefined) =>
    accounts.flatMap((a) => a.businesses).find((b) => token !== undefined && b.vendorToken === token);

  function sendCallback(request: PaymentRequest, url: string, o: CallbackOptions) {
    const params: Record<string, string> = {
      request_id: request.requestId,
      amount: o.amount ?? request.amount,
      currency: o.currency ?? request.currency,
      signed: '0',
      transaction_identifier: randomChars(UPPER_ALNUM, 20),
      vendor_token: o.vendorToken ?? request.business.vendorToken,
    };
    const privateToken = request.business.privateToken;
    const sig = o.badSignature
      ? lydiaSignature({ ...params, signed: '1' }, privateToken)
      : lydiaSignature(params, privateToken);
    return deliverRecorded(request, url, encodeForm([...Object.entries(params), ['sig', sig]]), o);
  }

  function deliverRecorded(request: PaymentRequest, url: string, body: Buffer, o: Partial<RetryPolicy>) {
    const delivery = deliverer.send(url, body, o);
    const callback: SentCallback = { url, body, deliveries: delivery.statuses };
    request.callbacks.push(callback);
    return { callback, delivery };
  }

  /** Moves a waiting request to its final state and sends the matching callback, if there is a URL for it. */
  function settle(request: PaymentRequest, state: '1' | '5', url: string | undefined, o: CallbackOptions = {}) {
    request.state = state;
    clearTimeout(request.expiryTimer);
    log.info({ requestId: request.requestId, state }, 'lydia simulator: request settled');
    return url ? sendCallback(request, url, o) : undefined;
  }

  const accept = (r: PaymentRequest, o: CallbackOptions & { callback?: boolean } = {}) =>
    settle(r, '1', o.callback === false ? undefined : r.confirmUrl, o);
  const refuse = (r: PaymentRequest, o: CallbackOptions = {}) => settle(r, '5', r.cancelUrl, o);
  const expire = (r: PaymentRequest, o: CallbackOptions = {}) => settle(r, '5', r.expireUrl, o);

  const router = Router();

  /** Form-encoded API endpoint answering JSON. */
  const api = (path: string, handler: (form: Record<string, string>, req: Request) => object) =>
    router.post(path, rawBody, (req, res) => {
      res.json(handler(formRecord(parseForm(bodyBytes(req))), req));
    });

  router.use('/api', (_req: Request, res: Response, next: NextFunction) => {
    if (down) res.status(503).json(apiError('503', 'Service momentanément indisponible (simulateur).'));
    else next();
  });

  api('/api/auth/login.json', (form) => {
    const phone = normalizePhone(form.phone ?? '');
    const account = accounts.find((a) => normalizePhone(a.phone) === phone && a.password === form.password);
    if (!account) return apiError('1', 'Identifiants incorrects.');
    return {
      error: '0',
      businesses: account.businesses.map((b) => ({
        name: b.name,
        api_token: b.vendorToken,
        api_token_id: b.privateToken,
      })),
    };
  });

  api('/api/auth/vendortoken.json', (form) => {
    const business = businessByVendorToken(form.vendor_token);
    return business && business.privateToken === form.vendor_id ? { error: '0' } : apiError('1', 'Jetons inconnus.');
  });

  api('/api/request/do.json', (form, req) => {
    const missing = DO_REQUIRED.find((name) => !form[name]?.trim());
    if (missing) return apiError('2', `Paramètre manquant : ${missing}.`);
    const business = businessByVendorToken(form.vendor_token);
    if (!business) return apiError('1', 'vendor_token inconnu.');
    if (form.type !== 'phone') return apiError('2', 'type doit valoir « phone ».');
    if (positiveAmountCents(form.amount) === null)
      return apiError('2', 'amount doit être un montant positif avec au plus deux décimales.');
    if (form.currency !== 'EUR') return apiError('2', 'currency doit valoir « EUR ».');
    const badUrl = DO_URLS.find((name) => form[name] && !isHttpUrl(form[name]));
    if (badUrl) return apiError('2', `${badUrl} doit être une adresse http ou https.`);
    const expireSeconds = form.expire_time ? Number(form.expire_time) : undefined;
    if (expireSeconds !== undefined && !(Number.isInteger(expireSeconds) && expireSeconds > 0))
      return apiError('2', 'expire_time doit être un nombre entier de secondes.');
    const request: PaymentRequest = {
      requestId: nextRequestId(),
      uuid: randomUUID(),
      business,
      recipient: form.recipient,
      amount: form.amount,
      currency: form.currency,
      message: form.message,
      orderRef: form.order_ref,
      confirmUrl: form.confirm_url,
      cancelUrl: form.cancel_url || undefined,
      expireUrl: form.expire_url || undefined,
      browserSuccessUrl: form.browser_success_url || undefined,
      browserFailUrl: form.browser_fail_url || undefined,
      state: '0',
      createdAt: new Date().toISOString(),
      callbacks: [],
    };
    if (expireSeconds !== undefined) {
      request.expiryTimer = setTimeout(
        () => request.state === '0' && expire(request),
        Math.min(expireSeconds * 1000, MAX_TIMER_MS),
      );
      request.expiryTimer.unref();
    }
    requests.push(request);
    log.info({ requestId: request.requestId, orderRef: request.orderRef }, 'lydia simulator: request');
    return {
      error: '0',
      request_id: request.requestId,
      request_uuid: request.uuid,
      mobile_url: `${linkBase(req)}/requests/${request.uuid}`,
    };
  });

  const requestFor = (form: Record<string, string>) => {
    if (!form.request_id) return apiError('2', 'Paramètre manquant : request_id.');
    const request = requests.find((r) => r.requestId === form.request_id);
    if (!request) return apiError('3', 'Demande inconnue.');
    if (form.vendor_token !== undefined && form.vendor_token !== request.business.vendorToken)
      return apiError('1', 'vendor_token ne correspond pas à cette demande.');
    return request;
  };

  api('/api/request/state.json', (form) => {
    const request = requestFor(form);
    return 'error' in request ? request : { state: request.state };
  });

  api('/api/request/cancel.json', (form) => {
    if (!form.vendor_token) return apiError('2', 'Paramètre manquant : vendor_token.');
    const request = requestFor(form);
    if ('error' in request) return request;
    if (request.state !== '0')
      return apiError('4', request.state === '1' ? 'Demande déjà payée.' : 'Demande déjà close.');
    request.state = '6';
    clearTimeout(request.expiryTimer);
    return { error: '0' };
  });

  const STATE_TEXT: Record<LydiaState, string> = {
    '0': 'En attente de votre réponse',
    '1': 'Paiement accepté',
    '5': 'Paiement refusé ou expiré',
    '6': 'Demande annulée par le vendeur',
    '-1': 'Erreur',
  };

  const findByUuid = (req: Request, res: Response) => {
    const request = requests.find((r) => r.uuid === req.params.uuid);
    if (!request) sendPage(res, 404, TITLE, html`<p>Cette demande de paiement n’existe pas.</p>`);
    return request;
  };

  router.get('/requests/:uuid', (req, res) => {
    const request = findByUuid(req, res);
    if (!request) return;
    const self = `${linkBase(req)}/requests/${request.uuid}`;
    const actions =
      request.state === '0'
        ? html`<form method="post" action="${self}/accept">
              <button type="submit" class="button primary">Accepter</button>
            </form>
            <form method="post" action="${self}/refuse">
              <button type="submit" class="button danger">Refuser</button>
            </form>`
        : html``;
    sendPage(
      res,
      200,
      TITLE,
      html`<p>Demande de paiement de <strong>${request.business.name}</strong></p>
        <dl>
          <dt>Montant</dt>
          <dd class="amount">${formatAmount(request.amount, request.currency)}</dd>
          <dt>Message</dt>
          <dd>${request.message}</dd>
          <dt>Destinataire</dt>
          <dd>${request.recipient}</dd>
          <dt>État</dt>
          <dd class="status">${STATE_TEXT[request.state]}</dd>
        </dl>
        ${actions}`,
    );
  });

  const answerPhone = (outcome: 'accept' | 'refuse') => (req: Request, res: Response) => {
    const request = findByUuid(req, res);
    if (!request) return;
    if (request.state !== '0') {
      sendPage(res, 409, TITLE, html`<p>Cette demande n’est plus en attente : ${STATE_TEXT[request.state]}.</p>`);
      return;
    }
    if (outcome === 'accept') accept(request);
    else refuse(request);
    const browserUrl = outcome === 'accept' ? request.browserSuccessUrl : request.browserFailUrl;
    res.redirect(303, browserUrl ?? `${linkBase(req)}/requests/${request.uuid}`);
  };
  router.post('/requests/:uuid/accept', rawBody, answerPhone('accept'));
  router.post('/requests/:uuid/refuse', rawBody, answerPhone('refuse'));

  const control = Router();
  control.use(jsonBody);

  control.post('/accounts', (req, res) => {
    const body = parseControl(accountSchema, req, res);
    if (!body) return;
    accounts = [...accounts.filter((a) => normalizePhone(a.phone) !== normalizePhone(body.phone)), body];
    res.status(201).json(body);
  });

  control.get('/requests', (req, res) => {
    const orderRef = typeof req.query.order_ref === 'string' ? req.query.order_ref : undefined;
    res.json(
      requests
        .filter((r) => orderRef === undefined || r.orderRef === orderRef)
        .reverse()
        .map((r) => ({
          requestId: r.requestId,
          requestUuid: r.uuid,
          orderRef: r.orderRef,
          amount: r.amount,
          currency: r.currency,
          recipient: r.recipient,
          state: r.state,
          confirmUrl: r.confirmUrl,
          createdAt: r.createdAt,
        })),
    );
  });

  /** The waiting request named in the path, or an answer (404 / 409) already sent. */
  const waitingRequest = (req: Request, res: Response) => {
    const request = requests.find((r) => r.requestId === req.params.requestId);
    if (!request) res.status(404).json({ error: `no request ${req.params.requestId}` });
    else if (request.state !== '0')
      res.status(409).json({ error: `request ${request.requestId} is not waiting`, state: request.state });
    else return request;
    return undefined;
  };

  const callbackJson = async (sent: ReturnType<typeof sendCallback> | undefined, wait: boolean) => {
    if (!sent) return null;
    if (wait) await sent.delivery.firstAttempt;
    return { body: sent.callback.body.toString('latin1'), deliveries: [...sent.callback.deliveries] };
  };

  control.post('/requests/:requestId/accept', async (req, res) => {
    const body = parseControl(acceptSchema, req, res);
    const request = body && waitingRequest(req, res);
    if (!body || !request) return;
    const sent = accept(request, body);
    res.json({ state: request.state, callback: await callbackJson(sent, body.wait) });
  });

  for (const [action, settleWith] of [
    ['refuse', refuse],
    ['expire', expire],
  ] as const) {
    control.post(`/requests/:requestId/${action}`, async (req, res) => {
      const body = parseControl(sendSchema, req, res);
      const request = body && waitingRequest(req, res);
      if (!body || !request) return;
      const sent = settleWith(request, body);
      await callbackJson(sent, body.wait);
      res.json({ state: request.state });
    });
  }

  control.post('/requests/:requestId/replay', async (req, res) => {
    const body = parseControl(sendSchema, req, res);
    if (!body) return;
    const request = requests.find((r) => r.requestId === req.params.requestId);
    const last = request?.callbacks.at(-1);
    if (!request || !last) {
      res.status(404).json({ error: `no callback sent for request ${req.params.requestId}` });
      return;
    }
    res.json(await callbackJson(deliverRecorded(request, last.url, last.body, body), body.wait));
  });

  control.post('/mode', (req, res) => {
    const body = parseControl(modeSchema, req, res);
    if (!body) return;
    down = body.down;
    res.json({ down });
  });

  control.post('/reset', (_req, res) => {
    deliverer.cancelAll();
    for (const r of requests) clearTimeout(r.expiryTimer);
    requests = [];
    accounts = [LYDIA_DEMO_ACCOUNT];
    down = false;
    res.json({ ok: true });
  });

  router.use('/_control', loopbackOnly, control);
  return router;
}
