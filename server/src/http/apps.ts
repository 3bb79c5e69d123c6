import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { RequestHandler } from 'express';
import { REPO_ROOT } from '../core/paths';
import { MAX_UPLOAD_BYTES } from './limits';

type KitHandler = (req: unknown, res: unknown, next: () => void) => void;

const root = REPO_ROOT;

// tsx compiles import() to require() in CommonJS; this keeps a real dynamic import for the ESM builds.
const importEsm = new Function('url', 'return import(url)') as (url: string) => Promise<{ handler: KitHandler }>;

/**
 * adapter-node needs the public origin to check form POSTs (CSRF) and assumes https without it.
 * Express already knows the real protocol and host (honouring TRUST_PROXY): hand them over in our own headers,
 * which a browser can't set on a cross-site form post. An operator's ORIGIN still wins.
 */
const PROTO_HEADER = 'x-billetterie-proto';
const HOST_HEADER = 'x-billetterie-host';

async function loadHandler(app: 'portal' | 'console'): Promise<KitHandler> {
  const file = path.join(root, app, 'build', 'handler.js');
  if (!fs.existsSync(file)) {
    throw new Error(
      `${app}/build/handler.js is missing: run "npm run build" first (or set SERVE_APPS=false to serve only the API).`,
    );
  }
  return (await importEsm(pathToFileURL(file).href)).handler;
}

/**
 * The two SvelteKit apps in this process: the console under /console (its own `paths.base`, so the
 * URL must reach it unstripped) and the portal as the catch-all.
 */
export async function appsMiddleware(): Promise<RequestHandler> {
  process.env.PROTOCOL_HEADER = PROTO_HEADER;
  process.env.HOST_HEADER = HOST_HEADER;
  // adapter-node refuses bodies over 512 KB by default; forms carry uploads (covers, answer files) that the
  // API checks against their own limits, so let through what the API's upload ceiling accepts.
  process.env.BODY_SIZE_LIMIT = String(MAX_UPLOAD_BYTES + 1024 * 1024);
  const [portal, console] = await Promise.all([loadHandler('portal'), loadHandler('console')]);
  return (req, res, next) => {
    req.headers[PROTO_HEADER] = req.protocol;
    req.headers[HOST_HEADER] = req.get('host') ?? 'localhost';
    const isConsole = req.path === '/console' || req.path.startsWith('/console/');
    (isConsole ? console : portal)(req, res, next);
  };
}
