import { expect } from 'chai';
import { retryOnBusy } from '../../ui/src/graphql/retry-busy';

const busy = (status = 503) =>
  new Response(JSON.stringify({ errors: [{ message: 'busy', extensions: { code: 'BUSY', retryAfterSeconds: 1 } }] }), {
    status,
  });
const ok = () => new Response(JSON.stringify({ data: { book: { id: 'b' } } }), { status: 200 });
const fail = (code: string) =>
  new Response(JSON.stringify({ data: null, errors: [{ message: code, extensions: { code } }] }), { status: 200 });

/** A fetch answering from a script, counting its calls. */
function scripted(answers: Array<() => Response>) {
  const calls: unknown[] = [];
  const impl = (async (input: unknown) => {
    calls.push(input);
    return answers[Math.min(calls.length - 1, answers.length - 1)]();
  }) as typeof fetch;
  return { impl, calls };
}

const policy = { attempts: 4, msPerSecond: 1, random: () => 0.5 };

describe('unit: the apps retry what the API answered BUSY (SEC2)', () => {
  it('SEC2: an operation answered BUSY (HTTP 503 or in-process) is sent again after the advised delay until it goes through', async () => {
    const f = scripted([() => busy(503), () => busy(200), ok]);
    const res = await retryOnBusy(f.impl, policy)('/graphql', { method: 'POST', body: '{}' });
    expect(await res.json()).to.deep.equal({ data: { book: { id: 'b' } } });
    expect(f.calls).to.have.length(3);
  });

  it('SEC2: a client gives up after a few BUSY answers and shows the last one', async () => {
    const f = scripted([() => busy()]);
    const res = await retryOnBusy(f.impl, policy)('/graphql', { method: 'POST', body: '{}' });
    expect(res.status).to.equal(503);
    expect(((await res.json()) as any).errors[0].extensions.code).to.equal('BUSY');
    expect(f.calls).to.have.length(4);
  });

  it('SEC2: any other answer, success or error, is never sent twice', async () => {
    for (const answer of [ok, () => fail('SOLD_OUT'), () => new Response('not json', { status: 503 })]) {
      const f = scripted([answer]);
      await retryOnBusy(f.impl, policy)('/graphql', { method: 'POST', body: '{}' });
      expect(f.calls).to.have.length(1);
    }
  });

  it('SEC2: retries are spread (half to one and a half times the advice), so a crowd does not come back in step', async () => {
    const waits: number[] = [];
    const realTimeout = globalThis.setTimeout;
    globalThis.setTimeout = ((fn: () => void, ms: number) => {
      waits.push(ms);
      return realTimeout(fn, 0);
    }) as typeof setTimeout;
    try {
      for (const r of [0, 0.999]) {
        const f = scripted([() => busy(), ok]);
        await retryOnBusy(f.impl, { attempts: 4, msPerSecond: 1000, random: () => r })('/graphql', {});
      }
    } finally {
      globalThis.setTimeout = realTimeout;
    }
    expect(waits[0]).to.equal(500);
    expect(waits[1]).to.be.closeTo(1499, 1);
  });
});
