// Issue 12: the server's modules form a tree with nothing pointing back up, reached only through their public faces.
// The rule lives in .dependency-cruiser.cjs (npm run lint:deps); these tests prove it holds and that it bites.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';

const ROOT = path.join(__dirname, '../..');
const run = promisify(execFile);

/** Runs dependency-cruiser on `targets`; resolves with its exit code and output (a violation exits non-zero). */
async function cruise(...targets: string[]): Promise<{ code: number; output: string }> {
  const bin = path.join(ROOT, 'node_modules/.bin/depcruise');
  try {
    const { stdout } = await run(bin, [...targets, '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], {
      cwd: ROOT,
    });
    return { code: 0, output: stdout };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : 1, output: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

/** Writes a throw-away file into the tree, cruises it, and removes it whatever happens. */
async function cruiseProbe(relativePath: string, source: string) {
  const file = path.join(ROOT, relativePath);
  fs.writeFileSync(file, source);
  try {
    return await cruise(relativePath);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

describe('unit: the module graph (issue 12)', function () {
  this.timeout(60_000);

  it('the server tree has no cycle, no import up a layer and no reach past a public face', async () => {
    const { code, output } = await cruise('server/src');
    expect(output).to.not.match(/error /);
    expect(code, output).to.equal(0);
  });

  it('a lower layer importing a higher one fails the lint (core → bookings)', async () => {
    const { code, output } = await cruiseProbe('server/src/core/__lint-probe__.ts', "import '../modules/bookings';\n");
    expect(code).to.not.equal(0);
    expect(output).to.contain('layer-core');
  });

  it('a module reaching into another module’s internals fails the lint (door → bookings/transitions)', async () => {
    const { code, output } = await cruiseProbe(
      'server/src/modules/door/__lint-probe__.ts',
      "import '../bookings/transitions';\n",
    );
    expect(code).to.not.equal(0);
    expect(output).to.contain('module-public-face');
  });

  it('importing an entity file instead of the model’s index fails the lint', async () => {
    const { code, output } = await cruiseProbe(
      'server/src/modules/events/__lint-probe__.ts',
      "import '../../model/event.entity';\n",
    );
    expect(code).to.not.equal(0);
    expect(output).to.contain('model-public-face');
  });

  it('an import cycle fails the lint', async () => {
    const a = path.join(ROOT, 'server/src/core/__lint-probe__a.ts');
    fs.writeFileSync(a, "import { b } from './__lint-probe__b';\nexport const a = () => b;\n");
    try {
      const { code, output } = await cruiseProbe(
        'server/src/core/__lint-probe__b.ts',
        "import { a } from './__lint-probe__a';\nexport const b = () => a;\n",
      );
      expect(code).to.not.equal(0);
      expect(output).to.contain('no-circular');
    } finally {
      fs.rmSync(a, { force: true });
    }
  });
});
