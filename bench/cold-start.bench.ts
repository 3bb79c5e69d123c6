import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../server/src/db/embedded';
import type { BenchContext } from './harness';

/**
 * Cold start (issue 14: `npm run serve` answers /healthz within 3 s on an existing database). Each case spawns a
 * server process on the bench's database (already migrated and seeded) and times from spawn to the first 200 on
 * /healthz, ROUNDS times; the apps are served as in production. Side by side in the same run: the bundle that
 * `npm run serve` runs (server/dist/main.js), the same server from its TypeScript sources through tsx (how it ran
 * before), and a bare Node HTTP server answering /healthz (the floor: starting Node itself).
 */
const ROOT = path.join(__dirname, '..');
const ROUNDS = Number(process.env.COLD_START_ROUNDS ?? 5);

const BARE = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`;

interface Case {
  name: string;
  args: string[];
}

async function timeToHealthy(args: string[], env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const t0 = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env, PORT: String(port) },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${args.join(' ')} exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return performance.now() - t0;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 10));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
  }
}

export async function coldStart(ctx: BenchContext): Promise<Record<string, unknown>> {
  execFileSync(process.execPath, [path.join(ROOT, 'scripts/build.mjs'), 'server'], { cwd: ROOT, stdio: 'ignore' });
  const env = {
    DATABASE_URL: ctx.app.db.url,
    DATA_DIR: ctx.app.deps.config.dataDir,
    SEED_DEMO: 'true',
    LOG_LEVEL: 'warn',
  };
  const cases: Case[] = [
    { name: 'bare node http server (floor)', args: ['-e', BARE] },
    { name: 'npm run serve: server/dist/main.js', args: [path.join('server', 'dist', 'main.js')] },
    { name: 'the sources through tsx (before)', args: ['--import', 'tsx', path.join('server', 'src', 'main.ts')] },
  ];
  const results: Record<string, { medianMs: number; maxMs: number; runs: number[] }> = {};
  for (const c of cases) {
    const runs: number[] = [];
    for (let i = 0; i < ROUNDS; i++) runs.push(Math.round(await timeToHealthy(c.args, env)));
    const sorted = [...runs].sort((a, b) => a - b);
    results[c.name] = { medianMs: sorted[Math.floor(sorted.length / 2)], maxMs: sorted[sorted.length - 1], runs };
  }
  const base = results[cases[0].name].medianMs;
  process.stdout.write(`\nCold start to /healthz on an existing database, ${ROUNDS} runs each — goal ≤ 3,000 ms\n`);
  process.stdout.write(
    `${'case'.padEnd(44)}${'median ms'.padStart(11)}${'max ms'.padStart(9)}${'vs floor'.padStart(11)}${'× floor'.padStart(9)}\n`,
  );
  for (const c of cases) {
    const r = results[c.name];
    const ratio = c === cases[0] ? 'baseline' : `${(r.medianMs / Math.max(base, 1)).toFixed(1)}×`;
    process.stdout.write(
      `${c.name.padEnd(44)}${String(r.medianMs).padStart(11)}${String(r.maxMs).padStart(9)}${`+${r.medianMs - base}`.padStart(11)}${ratio.padStart(9)}\n`,
    );
  }
  const serve = results[cases[1].name];
  const before = results[cases[2].name];
  process.stdout.write(
    `goal: npm run serve healthy within 3,000 ms → median ${serve.medianMs} ms, max ${serve.maxMs} ms (${serve.maxMs <= 3000 ? 'met' : 'NOT met'}); ` +
      `${(serve.medianMs / Math.max(before.medianMs, 1)).toFixed(2)}× the time of the tsx sources\n`,
  );
  return results;
}
