import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './database';

export interface ServerProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

let built = false;

/** The server's bundle, as `npm run serve` builds it (once per test run, and only when its sources changed). */
export function buildServer(): string {
  if (!built) {
    execFileSync(process.execPath, [path.join('scripts', 'build.mjs'), 'server'], { cwd: REPO_ROOT, stdio: 'pipe' });
    built = true;
  }
  return path.join('server', 'dist', 'main.js');
}

/** Runs the real entry point as its own process, as `npm run serve` does: the built bundle, no TypeScript loader. */
export function spawnServer(env: Record<string, string>): ServerProcess {
  let out = '';
  const child = spawn(process.execPath, [buildServer()], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

export async function waitForHealthy(url: string, proc: ServerProcess, timeoutMs = 45_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (proc.child.exitCode !== null) throw new Error(`server exited early:\n${proc.output()}`);
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server not healthy within ${timeoutMs} ms:\n${proc.output()}`);
}
