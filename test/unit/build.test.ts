// Issue 14 (cold start): `npm start` and `npm run serve` build an app or the server bundle only when what it is built
// from changed (scripts/build.mjs).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'chai';

const ROOT = path.join(__dirname, '../..');
type InputsHash = (app: string, base?: string) => string;

describe('unit: which builds are stale (issue 14, npm start, npm run serve)', () => {
  let inputsHash: InputsHash;
  let tree: string;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(tree, file)), { recursive: true });
    fs.writeFileSync(path.join(tree, file), text);
  };

  before(async () => {
    // A dynamic import through a variable keeps the ES module out of the CommonJS transform.
    const load = new Function('u', 'return import(u)') as (u: string) => Promise<{ inputsHash: InputsHash }>;
    ({ inputsHash } = await load(pathToFileURL(path.join(ROOT, 'scripts/build.mjs')).href));
    tree = fs.mkdtempSync(path.join(os.tmpdir(), 'build-inputs-'));
    write('portal/src/routes/+page.svelte', '<h1>Billetterie</h1>');
    write('console/src/routes/+page.svelte', '<h1>Console</h1>');
    write('ui/src/Badge.svelte', '<span>badge</span>');
    write('messages/fr.json', '{"a":"b"}');
    write('package-lock.json', '{}');
    write('server/src/main.ts', 'start()');
    write('ticket-code/src/index.ts', 'export {}');
  });
  after(() => fs.rmSync(tree, { recursive: true, force: true }));

  it('the hash changes with the app’s sources, the shared ui, the messages and the lock file — only with its own app', () => {
    const portal = inputsHash('portal', tree);
    const consoleApp = inputsHash('console', tree);
    expect(portal).to.not.equal(consoleApp);

    write('console/src/routes/+page.svelte', '<h1>Console 2</h1>');
    expect(inputsHash('portal', tree), 'the console’s sources are not the portal’s inputs').to.equal(portal);
    expect(inputsHash('console', tree)).to.not.equal(consoleApp);

    for (const [file, text] of [
      ['portal/src/routes/+page.svelte', '<h1>Billetterie!</h1>'],
      ['ui/src/Badge.svelte', '<span>badge 2</span>'],
      ['messages/fr.json', '{"a":"c"}'],
      ['package-lock.json', '{"v":2}'],
    ]) {
      const before = inputsHash('portal', tree);
      write(file, text);
      expect(inputsHash('portal', tree), file).to.not.equal(before);
    }
  });

  it('the server’s hash follows its sources, ticket-code and the messages — not the apps', () => {
    const server = inputsHash('server', tree);
    write('portal/src/routes/+page.svelte', '<h1>Billetterie, encore</h1>');
    write('ui/src/Badge.svelte', '<span>badge 3</span>');
    expect(inputsHash('server', tree)).to.equal(server);
    for (const [file, text] of [
      ['server/src/main.ts', 'start(); // changed'],
      ['ticket-code/src/index.ts', 'export const v = 2;'],
      ['messages/fr.json', '{"a":"d"}'],
    ]) {
      const before = inputsHash('server', tree);
      write(file, text);
      expect(inputsHash('server', tree), file).to.not.equal(before);
    }
  });

  it('outputs, generated files and dependencies are not inputs', () => {
    const before = inputsHash('portal', tree);
    write('portal/build/handler.js', 'built');
    write('portal/.svelte-kit/types.d.ts', 'generated');
    write('portal/src/lib/paraglide/messages.js', 'generated');
    write('ui/node_modules/x/index.js', 'dependency');
    expect(inputsHash('portal', tree)).to.equal(before);
    const server = inputsHash('server', tree);
    write('server/dist/main.js', 'bundled');
    expect(inputsHash('server', tree)).to.equal(server);
  });
});
