import os from 'node:os';
import path from 'node:path';

/** The environment every test server starts from; tests override what they exercise. */
export function testEnv(): Record<string, string> {
  return {
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
    SEED_DEMO: 'false',
    // No pg-boss workers by default (mail still leaves through the outbox after each commit); the job tests turn them on.
    JOBS: 'false',
    SERVE_APPS: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    // Cheaper password hashing keeps the suite fast; the production cost is tested on its own.
    PASSWORD_HASH_COST: '12',
    DATA_DIR: path.join(os.tmpdir(), `billetterie-test-${process.pid}`),
  };
}
