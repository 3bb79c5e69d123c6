import { expect } from 'chai';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort, isProcessAlive } from '../../server/src/db/embedded';
import { spawnServer, waitForHealthy } from '../support/process';

/** A data directory the unprivileged `postgres` user can traverse (mkdtemp makes it 0700). */
async function dataDir() {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'billetterie-proc-'));
  await fs.chmod(dir, 0o755);
  return dir;
}

const pidOf = async (dir: string) =>
  Number((await fs.readFile(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
const alive = isProcessAlive;

describe('server process: configuration, embedded PostgreSQL, shutdown', function () {
  this.timeout(120_000);

  it('refuses to start on a bad configuration value, naming the variable', async () => {
    const proc = spawnServer({ PORT: 'eighty', SMTP_URL: 'http://not-smtp', SERVE_APPS: 'false' });
    expect(await proc.exited).to.equal(2);
    expect(proc.output()).to.include('PORT=').and.include('SMTP_URL=').and.include('Invalid configuration');
  });

  it('keeps its data in DATA_DIR across restarts, recovers from a killed process, and shuts down cleanly on SIGTERM', async () => {
    const dir = await dataDir();
    const env = async () => {
      const port = await freePort();
      return {
        url: `http://127.0.0.1:${port}`,
        env: {
          DATA_DIR: dir,
          PORT: String(port),
          // Issue 16: the address this test calls is the canonical one (another host would be redirected).
          PUBLIC_URL: `http://127.0.0.1:${port}`,
          SERVE_APPS: 'false',
          PASSWORD_HASH_COST: '12',
          LOG_LEVEL: 'info',
        },
      };
    };
    try {
      // First start: initialises the cluster, migrates, seeds the demo and prints the logins.
      const a = await env();
      const first = spawnServer(a.env);
      await waitForHealthy(a.url, first);
      expect(first.output()).to.include('admin@example.org').and.include('/console');
      expect(first.output(), 'issue 16: the start prints the canonical address').to.include(`Open     ${a.url}/`);
      const signUp = await fetch(`${a.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation { signUp(input: { email: "persist@example.org", password: "persisted password", firstName: "P", lastName: "S" }) }`,
        }),
      });
      expect(((await signUp.json()) as any).data.signUp).to.equal(true);
      const pgPid = await pidOf(dir);

      // kill -9 leaves PostgreSQL running as an orphan holding the data directory.
      first.child.kill('SIGKILL');
      await first.exited;
      expect(alive(pgPid), 'the orphan postmaster is still there').to.equal(true);

      const b = await env();
      const second = spawnServer(b.env);
      await waitForHealthy(b.url, second);
      expect(alive(pgPid), 'the stale postmaster was stopped').to.equal(false);
      const rows = await fetch(`${b.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation { signIn(input: { email: "admin@example.org", password: "billetterie-demo" }) { fullName } }`,
        }),
      });
      expect(((await rows.json()) as any).data.signIn.fullName).to.equal('Adèle Admin');
      const newPgPid = await pidOf(dir);

      second.child.kill('SIGTERM');
      const code = await second.exited;
      expect(code, second.output().slice(-3000)).to.equal(0);
      expect(second.output()).to.include('stopped cleanly');
      expect(alive(newPgPid), 'PostgreSQL stopped with the server').to.equal(false);

      // Third start on the same directory: the account created before the crash is still there.
      const c = await env();
      const third = spawnServer(c.env);
      await waitForHealthy(c.url, third);
      const again = await fetch(`${c.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `mutation { signUp(input: { email: "persist@example.org", password: "persisted password", firstName: "P", lastName: "S" }) }`,
        }),
      });
      expect(((await again.json()) as any).data.signUp).to.equal(true);
      for (let i = 0; i < 50 && !third.output().includes('Vous avez déjà un compte'); i++)
        await new Promise((r) => setTimeout(r, 100));
      expect(third.output(), 'the account survived the crash (the owner is mailed instead)').to.include(
        'Vous avez déjà un compte',
      );
      const outbox = await fs.readdir(path.join(dir, 'outbox'));
      expect(
        outbox.filter((f) => f.endsWith('.eml')).length,
        'mail without SMTP is written to the outbox',
      ).to.be.greaterThan(0);
      third.child.kill('SIGINT');
      expect(await third.exited).to.equal(0);
    } finally {
      await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    }
  });
});
