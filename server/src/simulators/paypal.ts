/**
 * PayPal Payments Standard + IPN, simulated in memory: the `_xclick` checkout, the payer's page, IPN messages
 * (retried until the listener answers 200) and the `_notify-validate` postback, which answers VERIFIED only for
 * bytes this simulator really sent. JSON controls under `/_control` script the scenarios tests need.
 */
import { createHash, randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { Logger } from '../core/logger';
import { charsetFromLabel, encodeForm, formRecord, parseForm, type Charset, type FormFields } from './forms';
import { formatAmount, html, sendPage } from './pages';
import {
  bodyBytes,
  Deliverer,
  formatCents,
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

export const PAYPAL_DEFAULT_PAYER = {
  firstName: 'Zoé',
  lastName: 'Lefèvre-Müller',
  email: 'zoe.lefevre@example.com',
} as const;

const TITLE = 'PayPal (simulateur)';
const NOTIFY_VALIDATE = Buffer.from('cmd=_notify-validate&', 'latin1');
const XCLICK_REQUIRED = [
  'business',
  'item_name',
  'amount',
  'currency_code',
  'invoice',
  'notify_url',
  'return',
  'cancel_return',
] as const;
const XCLICK_URLS = ['notify_url', 'return', 'cancel_return'] as const;
const DELIVERY_DEFAULTS: RetryPolicy = { retries: 4, retryDelayMs: 200 };
const IPN_HEADERS = { 'user-agent': 'PayPal IPN ( https://www.paypal.com/ipn )' };
const VERIFY_SIGN_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-';
const DEFAULT_SLOW_MS = 2_000;

type PaymentStatus = 'Completed' | 'Pending';
type ReversalStatus = 'Refunded' | 'Reversed';
type VerifyMode = 'normal' | 'invalid' | 'error' | 'slow';

interface Checkout {
  id: string;
  /** Every field of the `_xclick` form, decoded. */
  fields: Record<string, string>;
  createdAt: string;
}

interface SentMessage {
  txnId: string;
  status: string;
  invoice: string;
  notifyUrl: string;
  charset: Charset;
  fields: FormFields;
  body: Buffer;
  /** Status of each delivery attempt (0: network error); grows while retries run. */
  deliveries: number[];
  /** Forged messages are delivered but never VERIFIED. */
  forged: boolean;
  sentAt: string;
}

interface PaymentOptions {
  status: PaymentStatus;
  charset: Charset;
  amount?: string;
  receiverEmail?: string;
  currency?: string;
  payerFirstName?: string;
  payerLastName?: string;
  txnId?: string;
}

const newTxnId = () => randomChars(UPPER_ALNUM, 17);
const newTrackId = () => randomBytes(7).toString('hex').slice(0, 13);

/** A stable upper-case id derived from a seed (receiver_id from the business, payer_id from the payer's email). */
function stableId(seed: string, length = 13): string {
  const digest = createHash('sha256').update(seed).digest();
  return Array.from(digest.subarray(0, length), (b) => UPPER_ALNUM[b % UPPER_ALNUM.length]).join('');
}

/** PayPal's IPN date: `20:12:59 Jan 13, 2009 PST`, in Pacific time. */
function paymentDate(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: 'America/Los_Angeles',
      hourCycle: 'h23',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      month: 'short',
      day: '2-digit',
      year: 'numeric',
      timeZoneName: 'short',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.hour}:${parts.minute}:${parts.second} ${parts.month} ${parts.day}, ${parts.year} ${parts.timeZoneName}`;
}

/** A plausible fee (2.9 % + 0.35) for a gross amount; `0.00` when the amount is not a positive decimal. */
function feeFor(gross: string): string {
  const cents = positiveAmountCents(gross);
  return cents === null ? '0.00' : formatCents(Math.round(cents * 0.029) + 35);
}

const negate = (amount: string) => (amount === '' ? '' : amount.startsWith('-') ? amount.slice(1) : `-${amount}`);

/** The fields of a web_accept payment IPN, in the order PayPal sends them. */
function paymentFields(checkout: Checkout, o: PaymentOptions): FormFields {
  const f = checkout.fields;
  const business = o.receiverEmail ?? f.business;
  const gross = o.amount ?? formatCents(positiveAmountCents(f.amount) ?? 0);
  const currency = o.currency ?? f.currency_code;
  const fee = feeFor(gross);
  const fields: FormFields = [
    ['mc_gross', gross],
    ['protection_eligibility', 'Eligible'],
    ['payer_id', stableId(PAYPAL_DEFAULT_PAYER.email)],
    ['payment_date', paymentDate(new Date())],
    ['payment_status', o.status],
    ...(o.status === 'Pending' ? ([['pending_reason', 'paymentreview']] as FormFields) : []),
    ['charset', o.charset],
    ['first_name', o.payerFirstName ?? PAYPAL_DEFAULT_PAYER.firstName],
    ['mc_fee', fee],
    ['notify_version', '3.9'],
    ['custom', f.custom ?? ''],
    ['payer_status', 'verified'],
    ['business', business],
    ['quantity', '1'],
    ['verify_sign', randomChars(VERIFY_SIGN_ALPHABET, 56)],
    ['payer_email', PAYPAL_DEFAULT_PAYER.email],
    ['txn_id', o.txnId ?? newTxnId()],
    ['payment_type', 'instant'],
    ['last_name', o.payerLastName ?? PAYPAL_DEFAULT_PAYER.lastName],
    ['receiver_email', business],
    // PayPal fills payment_fee / payment_gross only for USD payments.
    ['payment_fee', currency === 'USD' ? fee : ''],
    ['receiver_id', stableId(business)],
    ['txn_type', 'web_accept'],
    ['item_name', f.item_name],
    ['mc_currency', currency],
    ['item_number', f.item_number ?? ''],
    ['residence_country', 'FR'],
    ['test_ipn', '1'],
    ['invoice', f.invoice],
    ['ipn_track_id', newTrackId()],
  ];
  return fields;
}

/**
 * A refund or reversal of a sent payment: new txn_id, parent_txn_id, negative amounts, reason_code, same
 * invoice/custom/receiver. Like PayPal, these messages carry no txn_type.
 */
function reversalFields(original: FormFields, status: ReversalStatus, txnId: string): FormFields {
  const out: FormFields = [];
  for (const [name, value] of original) {
    switch (name) {
      case 'mc_gross':
      case 'mc_fee':
      case 'payment_fee':
        out.push([name, negate(value)]);
        break;
      case 'payment_date':
        out.push([name, paymentDate(new Date())]);
        break;
      case 'payment_status':
        out.push([name, status]);
        break;
      case 'verify_sign':
        out.push([name, randomChars(VERIFY_SIGN_ALPHABET, 56)]);
        break;
      case 'txn_id':
        out.push(['parent_txn_id', value], [name, txnId]);
        break;
      case 'payment_type':
        out.push([name, value], ['reason_code', status === 'Refunded' ? 'refund' : 'chargeback']);
        break;
      case 'ipn_track_id':
        out.push([name, newTrackId()]);
        break;
      case 'txn_type':
      case 'pending_reason':
        break;
      default:
        out.push([name, value]);
    }
  }
  return out;
}

const field = (fields: FormFields, name: string) => fields.find(([k]) => k === name)?.[1] ?? '';

const paySchema = z.object({
  status: z.enum(['Completed', 'Pending']).default('Completed'),
  amount: z.string().optional(),
  receiverEmail: z.string().optional(),
  currency: z.string().optional(),
  charset: z.enum(['utf-8', 'windows-1252']).default('utf-8'),
  payerFirstName: z.string().optional(),
  payerLastName: z.string().optional(),
  txnId: z.string().min(1).optional(),
  duplicates: z.number().int().min(1).max(20).default(1),
  wait: z.boolean().default(true),
  ...retryOverrides,
});
const refundSchema = z.object({
  txnId: z.string().min(1),
  status: z.enum(['Refunded', 'Reversed']).default('Refunded'),
  wait: z.boolean().default(true),
  ...retryOverrides,
});
const resendSchema = z.object({ txnId: z.string().min(1), wait: z.boolean().default(true), ...retryOverrides });
const forgeSchema = z.object({
  notifyUrl: z.url(),
  fields: z.record(z.string(), z.string()),
  wait: z.boolean().default(true),
  ...retryOverrides,
});
const verifyModeSchema = z.object({
  mode: z.enum(['normal', 'invalid', 'error', 'slow']),
  delayMs: z.number().int().min(0).max(120_000).optional(),
});

export function paypalSimulator(opts: { log: Logger }): Router {
  const log = opts.log.child({ simulator: 'paypal' });
  const deliverer = new Deliverer(log, DELIVERY_DEFAULTS, IPN_HEADERS);
  let checkouts: Checkout[] = [];
  let messages: SentMessage[] = [];
  let verify: { mode: VerifyMode; delayMs: number } = { mode: 'normal', delayMs: DEFAULT_SLOW_MS };

  /** Records and delivers `copies` identical messages, one after the other; resolves when wanted (see `wait`). */
  async function send(
    notifyUrl: string,
    fields: FormFields,
    charset: Charset,
    o: { forged?: boolean; copies?: number; wait: boolean } & Partial<RetryPolicy>,
  ) {
    const body = encodeForm(fields, charset);
    const sent: SentMessage[] = [];
    const run = (async () => {
      for (let i = 0; i < (o.copies ?? 1); i++) {
        const delivery = deliverer.send(notifyUrl, body, o);
        const message: SentMessage = {
          txnId: field(fields, 'txn_id'),
          status: field(fields, 'payment_status'),
          invoice: field(fields, 'invoice'),
          notifyUrl,
          charset,
          fields,
          body,
          deliveries: delivery.statuses,
          forged: o.forged ?? false,
          sentAt: new Date().toISOString(),
        };
        messages.push(message);
        sent.push(message);
        await delivery.firstAttempt;
      }
    })();
    if (o.wait) await run;
    return {
      txnId: field(fields, 'txn_id'),
      body: body.toString('latin1'),
      deliveries: sent.flatMap((m) => [...m.deliveries]),
    };
  }

  function payCheckout(
    checkout: Checkout,
    o: PaymentOptions & { copies?: number; wait: boolean } & Partial<RetryPolicy>,
  ) {
    log.info({ invoice: checkout.fields.invoice, status: o.status, charset: o.charset }, 'paypal simulator: payment');
    return send(checkout.fields.notify_url, paymentFields(checkout, o), o.charset, o);
  }

  const lastSent = (txnId: string) => messages.findLast((m) => m.txnId === txnId && !m.forged);

  async function answerPostback(message: Buffer, res: Response) {
    if (verify.mode === 'error') {
      res.status(500).type('text/plain').send('error');
      return;
    }
    if (verify.mode === 'slow') await sleep(verify.delayMs);
    const known = verify.mode !== 'invalid' && messages.some((m) => !m.forged && m.body.equals(message));
    res
      .status(200)
      .type('text/plain')
      .send(known ? 'VERIFIED' : 'INVALID');
  }

  const router = Router();

  router.post('/cgi-bin/webscr', rawBody, async (req, res) => {
    const body = bodyBytes(req);
    if (body.subarray(0, NOTIFY_VALIDATE.length).equals(NOTIFY_VALIDATE)) {
      await answerPostback(body.subarray(NOTIFY_VALIDATE.length), res);
      return;
    }
    // The form declares its own charset; read it (ASCII) first, then decode the whole form with it.
    const charset = charsetFromLabel(formRecord(parseForm(body)).charset);
    const form = formRecord(parseForm(body, charset));
    if (form.cmd === '_notify-validate') {
      // Not the `cmd=_notify-validate&<message>` shape: there is no message to match.
      await answerPostback(Buffer.alloc(0), res);
      return;
    }
    if (form.cmd !== '_xclick') {
      sendPage(res, 400, TITLE, html`<p>Commande non prise en charge : <code>${form.cmd ?? '(aucune)'}</code>.</p>`);
      return;
    }
    const missing = XCLICK_REQUIRED.find((name) => !form[name]?.trim());
    if (missing) {
      sendPage(res, 400, TITLE, html`<p>Champ manquant : <code>${missing}</code>.</p>`);
      return;
    }
    const badUrl = XCLICK_URLS.find((name) => !isHttpUrl(form[name]));
    if (badUrl) {
      sendPage(
        res,
        400,
        TITLE,
        html`<p>Champ invalide : <code>${badUrl}</code> doit être une adresse http ou https.</p>`,
      );
      return;
    }
    if (positiveAmountCents(form.amount) === null) {
      sendPage(
        res,
        400,
        TITLE,
        html`<p>
          Champ invalide : <code>amount</code> (« ${form.amount} ») doit être un montant positif avec au plus deux
          décimales.
        </p>`,
      );
      return;
    }
    const checkout: Checkout = {
      id: randomBytes(12).toString('hex'),
      fields: { ...form },
      createdAt: new Date().toISOString(),
    };
    checkouts.push(checkout);
    log.info({ id: checkout.id, invoice: form.invoice }, 'paypal simulator: checkout');
    res.redirect(303, `${linkBase(req)}/checkout/${checkout.id}`);
  });

  const findCheckout = (req: Request, res: Response) => {
    const checkout = checkouts.find((c) => c.id === req.params.id);
    if (!checkout) sendPage(res, 404, TITLE, html`<p>Ce paiement n’existe pas ou a expiré.</p>`);
    return checkout;
  };

  router.get('/checkout/:id', (req, res) => {
    const checkout = findCheckout(req, res);
    if (!checkout) return;
    const f = checkout.fields;
    sendPage(
      res,
      200,
      TITLE,
      html`<dl>
          <dt>Bénéficiaire</dt>
          <dd>${f.business}</dd>
          <dt>Article</dt>
          <dd>${f.item_name}</dd>
          <dt>Montant</dt>
          <dd class="amount">${formatAmount(f.amount, f.currency_code)}</dd>
        </dl>
        <form method="post" action="${linkBase(req)}/checkout/${checkout.id}/pay">
          <label for="status">Issue du paiement</label>
          <select id="status" name="status">
            <option value="Completed" selected>Paiement accepté (Completed)</option>
            <option value="Pending">Paiement en attente (Pending)</option>
          </select>
          <label for="charset">Encodage de la notification</label>
          <select id="charset" name="charset">
            <option value="utf-8" selected>UTF-8</option>
            <option value="windows-1252">windows-1252</option>
          </select>
          <button type="submit" class="button primary">Payer</button>
        </form>
        <a class="button secondary" href="${f.cancel_return}">Annuler</a>`,
    );
  });

  router.post('/checkout/:id/pay', rawBody, (req, res) => {
    const checkout = findCheckout(req, res);
    if (!checkout) return;
    const choice = formRecord(parseForm(bodyBytes(req)));
    const status: PaymentStatus = choice.status === 'Pending' ? 'Pending' : 'Completed';
    const charset: Charset = choice.charset === 'windows-1252' ? 'windows-1252' : 'utf-8';
    void payCheckout(checkout, { status, charset, wait: false });
    res.redirect(303, checkout.fields.return);
  });

  const control = Router();
  control.use(jsonBody);

  control.get('/checkouts', (req, res) => {
    const invoice = typeof req.query.invoice === 'string' ? req.query.invoice : undefined;
    res.json(
      checkouts
        .filter((c) => invoice === undefined || c.fields.invoice === invoice)
        .reverse()
        .map((c) => ({
          id: c.id,
          invoice: c.fields.invoice,
          custom: c.fields.custom ?? '',
          business: c.fields.business,
          amount: c.fields.amount,
          currency: c.fields.currency_code,
          notifyUrl: c.fields.notify_url,
          returnUrl: c.fields.return,
          createdAt: c.createdAt,
        })),
    );
  });

  control.post('/checkouts/:invoice/pay', async (req, res) => {
    const body = parseControl(paySchema, req, res);
    if (!body) return;
    const checkout = checkouts.findLast((c) => c.fields.invoice === req.params.invoice);
    if (!checkout) {
      res.status(404).json({ error: `no checkout with invoice ${req.params.invoice}` });
      return;
    }
    res.json(await payCheckout(checkout, { ...body, copies: body.duplicates }));
  });

  control.post('/refund', async (req, res) => {
    const body = parseControl(refundSchema, req, res);
    if (!body) return;
    const original = lastSent(body.txnId);
    if (!original) {
      res.status(404).json({ error: `no message sent with txn_id ${body.txnId}` });
      return;
    }
    const fields = reversalFields(original.fields, body.status, newTxnId());
    res.json(await send(original.notifyUrl, fields, original.charset, body));
  });

  control.post('/resend', async (req, res) => {
    const body = parseControl(resendSchema, req, res);
    if (!body) return;
    const original = lastSent(body.txnId);
    if (!original) {
      res.status(404).json({ error: `no message sent with txn_id ${body.txnId}` });
      return;
    }
    res.json(await send(original.notifyUrl, original.fields, original.charset, body));
  });

  control.post('/forge', async (req, res) => {
    const body = parseControl(forgeSchema, req, res);
    if (!body) return;
    const fields = Object.entries(body.fields);
    res.json(await send(body.notifyUrl, fields, charsetFromLabel(body.fields.charset), { ...body, forged: true }));
  });

  control.post('/verify-mode', (req, res) => {
    const body = parseControl(verifyModeSchema, req, res);
    if (!body) return;
    verify = { mode: body.mode, delayMs: body.delayMs ?? DEFAULT_SLOW_MS };
    res.json(verify);
  });

  control.get('/messages', (_req, res) => {
    res.json(
      messages.map((m) => ({
        txnId: m.txnId,
        status: m.status,
        invoice: m.invoice,
        notifyUrl: m.notifyUrl,
        charset: m.charset,
        forged: m.forged,
        body: m.body.toString('latin1'),
        deliveries: [...m.deliveries],
        sentAt: m.sentAt,
      })),
    );
  });

  control.post('/reset', (_req, res) => {
    deliverer.cancelAll();
    checkouts = [];
    messages = [];
    verify = { mode: 'normal', delayMs: DEFAULT_SLOW_MS };
    res.json({ ok: true });
  });

  router.use('/_control', loopbackOnly, control);
  return router;
}
