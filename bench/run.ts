// `npm run bench`: every benchmark against one real server, figures side by side with their baseline,
// results also written as JSON under bench/results/. Later benchmarks register in BENCHES.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { checkIn } from './check-in.bench';
import { coldStart } from './cold-start.bench';
import { dashboard } from './dashboard.bench';
import { exportsBench } from './exports.bench';
import { graphqlOverhead } from './graphql-overhead.bench';
import { startBenchApp, type BenchContext } from './harness';
import { saleOpening } from './sale-opening.bench';
import { tickets } from './tickets.bench';

const BENCHES: Record<string, (ctx: BenchContext) => Promise<unknown>> = {
  'graphql-overhead': graphqlOverhead,
  'sale-opening': saleOpening,
  tickets,
  exports: exportsBench,
  'cold-start': coldStart,
  'check-in': checkIn,
  dashboard,
};

async function main() {
  const only = process.argv.slice(2);
  const { ctx, stop } = await startBenchApp();
  const results: Record<string, unknown> = {};
  try {
    for (const [name, bench] of Object.entries(BENCHES)) {
      if (only.length && !only.includes(name)) continue;
      results[name] = await bench(ctx);
    }
  } finally {
    await stop();
  }
  const file = path.join(__dirname, 'results', `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(
    file,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        cpus: os.cpus().length,
        durationSeconds: ctx.durationSeconds,
        connections: ctx.connections,
        results,
      },
      null,
      2,
    ),
  );
  process.stdout.write(`\nresults written to ${path.relative(process.cwd(), file)}\n`);
}

main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
