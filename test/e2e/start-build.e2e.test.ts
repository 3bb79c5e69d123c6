// Issue 14 (cold start): after `npm run build` (which the test command runs first), the build step of `npm start`
// and `npm run serve` finds the apps and the server bundle up to date and rebuilds nothing.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect } from 'chai';

const ROOT = path.join(__dirname, '../..');

describe('e2e: npm start and npm run serve do not rebuild what is up to date (issue 14)', function () {
  this.timeout(60_000);

  it('the three builds carry the hash of their inputs, and the build step leaves them untouched', async () => {
    const handlers = [
      path.join(ROOT, 'portal', 'build', 'handler.js'),
      path.join(ROOT, 'console', 'build', 'handler.js'),
      path.join(ROOT, 'server', 'dist', 'main.js'),
    ];
    const before = handlers.map((f) => fs.statSync(f).mtimeMs);
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(ROOT, 'scripts/build.mjs')], {
      cwd: ROOT,
    });
    expect(stdout).to.include('portal: up to date, not rebuilt');
    expect(stdout).to.include('console: up to date, not rebuilt');
    expect(stdout).to.include('server: up to date, not rebuilt');
    expect(stdout).to.not.include('building');
    expect(handlers.map((f) => fs.statSync(f).mtimeMs)).to.deep.equal(before);
  });
});
