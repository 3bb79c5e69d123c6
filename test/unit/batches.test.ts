// Issue 14: work of concurrent requests run together (core/batches.ts), as the sale opening's reads are (BK9).
import { expect } from 'chai';
import { batches } from '../../server/src/core/batches';

const tick = () => new Promise((r) => setTimeout(r, 0));

/** A `batches` whose runs are recorded and each held until its gate is opened (`gates`, in the runs' order). */
function held<I, O>(answer: (item: I) => O, opts: Parameters<typeof batches<I, O>>[1]) {
  const runs: I[][] = [];
  const gates: Array<() => void> = [];
  const run = batches<I, O>(async (items) => {
    runs.push(items);
    await new Promise<void>((r) => gates.push(r));
    return items.map(answer);
  }, opts);
  return { run, runs, gates };
}

describe('unit: batches of concurrent work (BK9, issue 14)', () => {
  it('BK9: an item alone runs at once; items arriving while `concurrency` batches run go together, at most `max`, in order', async () => {
    const { run, runs, gates } = held((i: number) => `#${i}`, { max: 3, concurrency: 1 });
    const first = run(1);
    await tick();
    expect(runs, 'no waiting for company').to.deep.equal([[1]]);
    const later = [2, 3, 4, 5, 6].map((i) => run(i));
    await tick();
    expect(runs).to.have.length(1);
    gates.shift()!();
    expect(await first).to.equal('#1');
    await tick();
    expect(runs[1]).to.deep.equal([2, 3, 4]);
    gates.shift()!();
    await tick();
    expect(runs[2]).to.deep.equal([5, 6]);
    gates.shift()!();
    expect(await Promise.all(later)).to.deep.equal(['#2', '#3', '#4', '#5', '#6']);
  });

  it('BK9: a failed batch fails its own items only; a batch answering the wrong count fails; the next batch runs', async () => {
    let calls = 0;
    const run = batches<number, number>(
      async (items) => {
        calls++;
        await tick();
        if (items.includes(13)) throw new Error('unlucky');
        if (items.includes(7)) return [];
        return items.map((i) => i * 2);
      },
      { max: 2, concurrency: 1 },
    );
    const settled = await Promise.allSettled([run(1), run(13), run(4), run(7), run(5)]);
    expect(
      settled.map((s) => (s.status === 'fulfilled' ? s.value : String((s.reason as Error).message))),
    ).to.deep.equal([2, 'unlucky', 'unlucky', 'a batch of 2 answered 0', 'a batch of 2 answered 0']);
    expect(calls).to.equal(3);
    expect(await run(6)).to.equal(12);
  });

  it('BK9: with a key, items of different keys never share a batch and each key has its own concurrency', async () => {
    const { run, runs, gates } = held((i: string) => i, { max: 10, concurrency: 1, key: (item) => item[0] });
    const all = ['a1', 'b1', 'a2', 'b2', 'a3'].map((i) => run(i));
    await tick();
    expect(runs, 'one batch per key at once').to.deep.equal([['a1'], ['b1']]);
    gates.shift()!();
    gates.shift()!();
    await tick();
    expect(runs.slice(2)).to.deep.equal([['a2', 'a3'], ['b2']]);
    gates.splice(0).forEach((go) => go());
    expect(await Promise.all(all)).to.deep.equal(['a1', 'b1', 'a2', 'b2', 'a3']);
  });

  it('SEC2: an item that waits longer than `maxWaitMs` for a batch leaves the queue with `timedOut()`; one taken in time is not affected', async () => {
    let go!: () => void;
    const run = batches<number, number>(
      async (items) => {
        await new Promise<void>((r) => (go = r));
        return items;
      },
      { max: 10, concurrency: 1, maxWaitMs: 30, timedOut: () => new Error('BUSY') },
    );
    const first = run(1); // runs at once: no wait to time out
    const second = run(2);
    const late = await second.then(
      () => 'answered',
      (e: Error) => e.message,
    );
    expect(late).to.equal('BUSY');
    go();
    expect(await first).to.equal(1);
    const third = run(3);
    await tick();
    go();
    expect(await third, 'a lane that timed an item out goes on').to.equal(3);
    expect(() => batches(async (i: number[]) => i, { max: 0, concurrency: 1 })).to.throw(/at least 1/);
  });
});
