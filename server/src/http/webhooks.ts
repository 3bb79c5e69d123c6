import { Router } from 'express';

/**
 * Payment providers' callbacks (PayPal IPN, Lydia) mount here in the payments issue.
 * Unknown providers get a plain 404, not the portal's HTML.
 */
export function webhooksRouter(): Router {
  const router = Router();
  router.use((_req, res) => {
    res.status(404).json({ error: 'unknown webhook' });
  });
  return router;
}
