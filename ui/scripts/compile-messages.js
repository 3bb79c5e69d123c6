// Compiles the messages into the calling app's src/lib/paraglide, outside vite,
// so that svelte-check and a fresh clone see the generated modules.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { compile } from '@inlang/paraglide-js';
import { paraglideOptions } from '../paraglide-options.js';

const outdir = resolve(process.cwd(), paraglideOptions.outdir);
await compile({ ...paraglideOptions, outdir, strategy: [...paraglideOptions.strategy] });

// A wrong plugin path in settings.json still "compiles", with an empty index and no message.
const emitted = readdirSync(resolve(outdir, 'messages')).filter((file) => file.endsWith('.js') && file !== '_index.js');
if (emitted.length === 0) {
  console.error(`paraglide emitted no messages into ${outdir}: check project.inlang/settings.json`);
  process.exit(1);
}
