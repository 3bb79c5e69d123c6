import type { MikroORM } from '@mikro-orm/postgresql';
import express, { Router } from 'express';
import type { AppDeps } from '../app-context';
import { processIpn, receiveLydiaCallback, storeIpn } from '../modules/payments';
import { webhookRateLimit } from './webhook-limit';

/** Providers' messages are a few kilobytes; anything larger is refused before it is read whole. */
export const WEBHOOK_BODY_LIMIT = '64kb';

/**
 * Payment providers' callbacks (the REST shim): PayPal IPN and Lydia. Bodies are kept as raw bytes (PayPal's
 * verification needs them unchanged; both are kept as proof, PY5). Unknown paths get a JSON 404.
 */
export function webhooksRouter(deps: AppDeps, orm: MikroORM): Router {
  const router = Router();
  // SEC2: anyone may post here and every message is stored: a flood from one address is refused (429) early.
  router.use(
    webhookRateLimit({ burst: deps.config.payments.webhookBurst, perMinute: deps.config.payments.webhookPerMinute }),
  );
  const raw = express.raw({ type: () => true, limit: WEBHOOK_BODY_LIMIT });
  const bodyOf = (req: express.Request) => (Buffer.isBuffer(req.body) ? (req.body as Buffer) : Buffer.alloc(0));

  // PY2: store, answer 200 with an empty body (else PayPal retries for days), then verify and act.
  router.post('/paypal', raw, async (req, res, next) => {
    let id: string;
    try {
      id = (await storeIpn(deps, orm.em.fork(), bodyOf(req))).id;
    } catch (err) {
      next(err); // not stored: a 500 makes PayPal send it again
      return;
    }
    res.status(200).end();
    processIpn(deps, orm.em.fork(), id).catch((err) =>
      deps.log.error({ err, paymentMessage: id }, 'PayPal IPN processing failed; the verification job will retry'),
    );
  });

  // PY4: Lydia's confirmation callback, verified by its signature before anything changes.
  router.post('/lydia', raw, async (req, res, next) => {
    try {
      const status = await receiveLydiaCallback(deps, orm.em.fork(), bodyOf(req));
      res.status(status).json({ status: status === 200 ? 'ok' : 'rejected' });
    } catch (err) {
      next(err);
    }
  });

  router.use((_req, res) => {
    res.status(404).json({ error: 'unknown webhook' });
  });
  return router;
}
