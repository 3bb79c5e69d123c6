import fs from 'node:fs/promises';
import { startApp, type RunningApp } from '../../server/src/app';
import type { Clock } from '../../server/src/core/clock';
import { loadConfig } from '../../server/src/core/config';
import { freePort } from '../../server/src/db/embedded';
import { createLogger, type Logger } from '../../server/src/core/logger';
import { cloneTestDatabase } from './database';
import { testEnv } from './env';
import { ApiClient } from './graphql';
import { mailbox } from './mailbox';

export interface TestApp {
  app: RunningApp;
  url: string;
  /** A new anonymous API client (own cookie jar). */
  client(): ApiClient;
  /** A client signed in as the given account (demo accounts share DEMO_PASSWORD). */
  signedIn(email: string, password?: string): Promise<ApiClient>;
}

/**
 * Boots the real server over HTTP on a fresh database cloned from the template, for one describe block.
 * Mail goes to the shared SMTP sink.
 */
export function useApp(
  opts: { serveApps?: boolean; env?: Record<string, string>; clock?: Clock; log?: () => Logger } = {},
): TestApp {
  let drop: (() => Promise<void>) | undefined;
  const handle = {} as TestApp;
  before(async function () {
    this.timeout(60_000);
    const db = await cloneTestDatabase();
    drop = db.drop;
    const port = await freePort();
    const env: Record<string, string> = {
      ...testEnv(),
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: db.url,
      SMTP_URL: mailbox.url,
      SERVE_APPS: opts.serveApps ? 'true' : 'false',
      ...opts.env,
    };
    const config = loadConfig(env);
    await fs.mkdir(config.dataDir, { recursive: true });
    const app = await startApp(config, { log: opts.log?.() ?? createLogger(env.LOG_LEVEL), clock: opts.clock });
    Object.assign(handle, {
      app,
      url: app.url,
      client: () => new ApiClient(app.url),
      async signedIn(email: string, password = 'billetterie-demo') {
        const c = new ApiClient(app.url);
        await c.signIn(email, password);
        return c;
      },
    });
  });
  after(async function () {
    this.timeout(30_000);
    await handle.app?.close();
    await drop?.();
  });
  return handle;
}
