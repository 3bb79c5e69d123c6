// Builds what `npm start` serves, only when what it is built from changed since its last build:
//   portal, console  SvelteKit (adapter-node) into <app>/build/
//   server           one CommonJS bundle per entry point (esbuild: server/src/main.ts → server/dist/main.js; also
//                    the admin CLI and the worker threads' entries: export-worker.js, mail-worker.js, ticket-render-worker.js),
//                    the migrations beside it (server/dist/migrations/), so production runs plain JavaScript —
//                    no TypeScript loader, no source maps at run time (server/dist/*.js.map is written for
//                    `node --enable-source-maps` when a stack trace must be read against the sources).
// Each target's inputs are hashed (sources, configuration, the shared ui/ and ticket-code/ packages, the message
// catalogues, the lock file); the hash of a successful build is written to <output>/.inputs-hash. Same hash and
// the output present → nothing to do.
//   node scripts/build.mjs [--force] [portal] [console] [server]     (no target: all three)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const SHARED = ['ticket-code/src', 'ticket-code/package.json', 'messages', 'package-lock.json'];
const TARGETS = {
  portal: {
    inputs: ['portal', 'ui', 'project.inlang/settings.json', ...SHARED],
    output: 'portal/build',
    main: 'handler.js',
  },
  console: {
    inputs: ['console', 'ui', 'project.inlang/settings.json', ...SHARED],
    output: 'console/build',
    main: 'handler.js',
  },
  server: {
    inputs: ['server/src', 'server/package.json', 'tsconfig.json', 'scripts/build.mjs', ...SHARED],
    output: 'server/dist',
    main: 'main.js',
  },
};
/** Never inputs: outputs, generated files, dependencies. */
const SKIP = new Set(['node_modules', 'build', 'dist', '.svelte-kit', 'paraglide', 'cache']);

function* files(base, entry) {
  const full = path.join(base, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const name of readdirSync(full).sort()) {
    if (SKIP.has(name) || name.startsWith('.')) continue;
    yield* files(base, path.join(entry, name));
  }
}

/** One hash over every input file's path and bytes (`base`: the repository root). */
export function inputsHash(target, base = root) {
  const hash = createHash('sha256');
  for (const entry of TARGETS[target].inputs) {
    for (const file of files(base, entry)) {
      hash
        .update(file)
        .update('\0')
        .update(readFileSync(path.join(base, file)))
        .update('\0');
    }
  }
  return hash.digest('hex');
}

const stamp = (target) => path.join(root, TARGETS[target].output, '.inputs-hash');

function upToDate(target, hash) {
  const { output, main } = TARGETS[target];
  const file = stamp(target);
  return existsSync(path.join(root, output, main)) && existsSync(file) && readFileSync(file, 'utf8') === hash;
}

/**
 * The server: its entry points bundled with their own modules and ticket-code; npm packages stay required. Built
 * beside server/dist, then swapped in, so a server starting meanwhile never reads a half-written bundle.
 */
async function buildServer() {
  const esbuild = await import('esbuild');
  const out = path.join(root, 'server/dist');
  const next = `${out}.next-${process.pid}`;
  rmSync(next, { recursive: true, force: true });
  const common = {
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'warning',
  };
  await esbuild.build({
    ...common,
    entryPoints: {
      main: path.join(root, 'server/src/main.ts'),
      admin: path.join(root, 'server/src/cli/admin.ts'),
      // EX2: the export thread's entry, beside main.js (ExportThread in modules/exports/export-thread.ts finds it there).
      'export-worker': path.join(root, 'server/src/modules/exports/export-worker.ts'),
      // Issue 14: the mail thread's entry, beside main.js (startThread in modules/jobs/threads.ts finds it there).
      'mail-worker': path.join(root, 'server/src/mail-worker.ts'),
      // Issue 14: the ticket render threads' entry (render/render-pool.ts starts them from beside main.js).
      'ticket-render-worker': path.join(root, 'server/src/render/render-worker.ts'),
    },
    outdir: next,
    bundle: true,
    sourcemap: 'linked',
    plugins: [
      {
        name: 'npm-packages-external',
        setup(build) {
          // Bare imports are npm packages, required at run time — except this repository's own ticket-code,
          // whose package points at TypeScript sources.
          build.onResolve({ filter: /^[^./]/ }, (args) =>
            args.path === '@billetterie/ticket-code' || args.path.startsWith('@billetterie/ticket-code/')
              ? undefined
              : { path: args.path, external: true },
          );
        },
      },
    ],
  });
  const migrations = path.join(root, 'server/src/db/migrations');
  await esbuild.build({
    ...common,
    entryPoints: readdirSync(migrations)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => path.join(migrations, f)),
    outdir: path.join(next, 'migrations'),
  });
  const old = `${out}.old-${process.pid}`;
  if (existsSync(out)) renameSync(out, old);
  renameSync(next, out);
  rmSync(old, { recursive: true, force: true });
}

async function build(target) {
  if (target === 'server') return buildServer();
  const run = spawnSync('npm', ['run', 'build', '-w', target], { cwd: root, stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const asked = args.filter((a) => !a.startsWith('--'));
  for (const target of asked.length ? asked : Object.keys(TARGETS)) {
    if (!TARGETS[target]) throw new Error(`unknown target ${target}: ${Object.keys(TARGETS).join(', ')}`);
    const hash = inputsHash(target);
    if (!force && upToDate(target, hash)) {
      process.stdout.write(`${target}: up to date, not rebuilt\n`);
      continue;
    }
    process.stdout.write(`${target}: building\n`);
    await build(target);
    mkdirSync(path.join(root, TARGETS[target].output), { recursive: true });
    writeFileSync(stamp(target), hash);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  });
}
