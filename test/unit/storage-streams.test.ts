import { expect } from 'chai';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { localStorage } from '../../server/src/modules/storage';

describe('unit: local storage streams (SEC1)', () => {
  let root: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'billetterie-storage-'));
  });
  afterEach(async () => {
    await fs.rm(root, { recursive: true, force: true });
  });

  it('SEC1: a streamed file whose write fails (disk full) is an error for commit(), never an unhandled one, and leaves nothing behind', async () => {
    const unhandled: unknown[] = [];
    const spy = (reason: unknown) => unhandled.push(reason);
    process.prependListener('unhandledRejection', spy);
    try {
      const w = await localStorage(root).writer('exports/x', 'xlsx');
      w.stream.write(Buffer.from('partial'));
      w.stream.destroy(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
      // The exporter notices only later (it awaits its own work first): the failure must wait for it.
      await new Promise((r) => setTimeout(r, 50));
      expect(unhandled, 'no unhandled rejection').to.deep.equal([]);
      let failed: unknown;
      await w.commit().catch((e) => (failed = e));
      expect((failed as NodeJS.ErrnoException)?.code).to.equal('ENOSPC');
      await w.abort();
      expect(await fs.readdir(path.join(root, 'exports', 'x')), 'no partial file').to.deep.equal([]);
    } finally {
      process.removeListener('unhandledRejection', spy);
    }
  });
});
