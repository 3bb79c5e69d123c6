import type { Request, RequestHandler } from 'express';

/**
 * Paths providers, proxies and probes call by whatever name they know the server by: never redirected.
 * (PayPal and Lydia post to the notify URL they were given; a load balancer probes a process by its address.)
 */
const EXEMPT = /^\/(?:webhooks(?:\/|$)|healthz$|livez$|readyz$)/;

const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** `host[:port]` lowercased, without the protocol's default port. */
function normalHost(host: string, protocol: string): string {
  const h = host.trim().toLowerCase();
  const port = DEFAULT_PORT[protocol];
  return port && h.endsWith(`:${port}`) ? h.slice(0, -(port.length + 1)) : h;
}

/** The path and query to keep: an origin-form target only (never `//other`, an absolute URL or anything odd). */
function pathOf(req: Request): string {
  const url = req.originalUrl;
  return url.startsWith('/') && !url.startsWith('//') && !url.startsWith('/\\') ? url : '/';
}

/**
 * Issue 16: one canonical address. A request for another host than PUBLIC_URL's (`127.0.0.1:3000` when it says
 * `localhost:3000`, a second domain name) would get its session cookie on that other host, and every link we
 * build (mails, PayPal and Lydia returns) leads to PUBLIC_URL, where that session does not exist: the attendee
 * returning from a payment would land on a sign-in page. So, before anything makes a session:
 * - GET and HEAD are redirected (308, not cached: PUBLIC_URL may change) to the same path and query on PUBLIC_URL;
 * - other methods are refused with 421 Misdirected Request (a form or API call must be sent to PUBLIC_URL; its
 *   body is never replayed on the client's behalf), with the address to use;
 * - webhooks and health probes are served whatever the host.
 * With TRUST_PROXY the host is the proxy's X-Forwarded-Host. CANONICAL_HOST_REDIRECT=false turns it off (a proxy
 * that rewrites the Host header).
 */
export function canonicalHost(publicUrl: string): RequestHandler {
  const canonical = new URL(publicUrl);
  const want = normalHost(canonical.host, canonical.protocol);
  const origin = publicUrl.replace(/\/+$/, '');
  return (req, res, next) => {
    const host = req.host;
    if (host && normalHost(host, canonical.protocol) === want) return next();
    if (EXEMPT.test(req.path)) return next();
    const location = `${origin}${pathOf(req)}`;
    res.set('cache-control', 'no-store');
    if (req.method === 'GET' || req.method === 'HEAD') {
      res.redirect(308, location);
      return;
    }
    res.status(421).json({
      errors: [
        {
          message: `This server answers at ${origin}: send the request there.`,
          extensions: { code: 'BAD_REQUEST', url: location, requestId: req.id },
        },
      ],
    });
  };
}
