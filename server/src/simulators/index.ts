/**
 * Local PayPal and Lydia simulators (SPEC PY6), for the demo and the tests. They speak the providers' real
 * protocols, keep their state in memory and compute everything (encodings, signatures) independently of the
 * production payment code. Mount anywhere: every link is built from the request's own base URL.
 */
import { Router, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../core/logger';
import { lydiaSimulator } from './lydia';
import { html, sendPage } from './pages';
import { paypalSimulator } from './paypal';
import { linkBase } from './support';

export { LYDIA_DEMO_ACCOUNT, lydiaSignature, type LydiaAccount, type LydiaBusiness } from './lydia';
export { PAYPAL_DEFAULT_PAYER } from './paypal';

export function simulatorsRouter(opts: { log: Logger }): Router {
  const log = opts.log.child({ simulator: 'index' });
  const router = Router();
  router.use('/paypal', paypalSimulator(opts));
  router.use('/lydia', lydiaSimulator(opts));
  router.get('/', (req, res) => {
    const base = linkBase(req);
    sendPage(
      res,
      200,
      'Simulateurs de paiement',
      html`<p>Ces simulateurs remplacent PayPal et Lydia en démonstration et dans les tests.</p>
        <dl>
          <dt>PayPal</dt>
          <dd><code>${base}/paypal/cgi-bin/webscr</code></dd>
          <dt>Lydia</dt>
          <dd><code>${base}/lydia</code></dd>
        </dl>`,
    );
  });
  // Body too large, malformed JSON control…: JSON for machine endpoints, a page for people.
  router.use(
    (
      err: { status?: unknown; statusCode?: unknown; message?: string },
      req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      const raw = Number(err.status ?? err.statusCode);
      const status = raw >= 400 && raw < 500 ? raw : 500;
      if (status === 500) log.error({ err, url: req.originalUrl }, 'simulator error');
      const message = status === 500 ? 'internal error' : (err.message ?? 'bad request');
      if (/^\/(paypal|lydia)\/(_control|api)\//.test(req.path))
        res.status(status).json({ error: String(status), message });
      else sendPage(res, status, 'Simulateur', html`<p>Requête refusée : ${message}.</p>`);
    },
  );
  return router;
}
