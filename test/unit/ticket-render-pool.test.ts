import { monitorEventLoopDelay } from 'node:perf_hooks';
import { expect } from 'chai';
import sharp from 'sharp';
import { TicketRenderer } from '../../server/src/render/ticket-renderer';
import { readQr } from '../support/qr';

const facts = {
  eventName: 'Gala « Été » 2026',
  when: 'samedi 12 décembre 2026, 20:00 – 04:00',
  location: 'Toulouse',
  holderName: 'Élodie Bench',
  ticketName: 'Entrée',
  options: ['Navette'],
  reference: 'BENCH-000001',
  price: '12,00 €',
};
const code =
  'NCFOXN%TSMAHN-H3O4:PVH AL5K8$1T:8LHF.HRJ:K*E5$NKSHQ%WEJ9A6U2WR06MIDEQ1BN9V5/R$55ML+%FTG0VU9C:5$:2%0UY9KFT';

/**
 * Issue 14: tickets are drawn on a pool of worker threads (render/render-pool.ts), so no render runs on the event loop
 * of the process that asks for one; the pool is reused, and survives one of its threads dying.
 */
describe('unit: the ticket render threads (issue 14, TT2)', function () {
  this.timeout(60_000);
  let renderer: TicketRenderer;
  before(() => {
    renderer = new TicketRenderer({ threads: 2 });
  });
  after(() => renderer.close());

  it('TT2: a ticket drawn on the render threads is a 2480×1169 PNG whose QR reads back the code, and an A4 PDF; the event loop stays free meanwhile', async () => {
    expect(renderer.threads.threaded, 'the sources have the render thread entry').to.equal(true);
    await renderer.draw({ facts, code, template: null }, ['png']); // the threads' start is not what is measured
    const loop = monitorEventLoopDelay({ resolution: 5 });
    loop.enable();
    const drawn = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        renderer.draw({ facts: { ...facts, reference: `BENCH-00000${i}` }, code, template: null }, ['png', 'pdf']),
      ),
    );
    loop.disable();
    for (const { png, pdf } of drawn) {
      const meta = await sharp(png!).metadata();
      expect([meta.format, meta.width, meta.height]).to.deep.equal(['png', 2480, 1169]);
      expect(pdf!.subarray(0, 5).toString()).to.equal('%PDF-');
    }
    expect(await readQr(drawn[0].png!)).to.equal(code);
    // A render is tens of milliseconds of CPU; drawn here, six of them would hold the loop for far longer than this.
    expect(loop.max / 1e6, 'the longest event-loop delay (ms)').to.be.lessThan(200);
    expect(renderer.threads.workers().length).to.be.within(1, 2);
  });

  it('TT2: the render pool survives the death of a render thread: the tickets it was drawing fail, the next ones are drawn on a new thread', async () => {
    await renderer.draw({ facts, code, template: null }, ['png']);
    const [first] = renderer.threads.workers();
    const doomed = renderer.draw({ facts, code, template: null }, ['png', 'pdf']);
    await Promise.all(renderer.threads.workers().map((w) => w.terminate())); // as if the thread crashed
    const failed = await doomed.then(
      () => null,
      (e: Error) => e,
    );
    expect(failed?.message).to.match(/render thread stopped/);
    const again = await renderer.draw({ facts, code, template: null }, ['png']);
    expect(await readQr(again.png!)).to.equal(code);
    expect(renderer.threads.workers()).to.not.include(first);
  });

  it('TT2: without render threads (a worker thread such as the mail thread, or threads: 0) a ticket is drawn on the calling thread, the same way', async () => {
    const here = new TicketRenderer({ threads: 0 });
    try {
      expect(here.threads.threaded).to.equal(false);
      const { png, pdf } = await here.draw({ facts, code, template: null }, ['png', 'pdf']);
      expect(await readQr(png!)).to.equal(code);
      expect(pdf!.subarray(0, 5).toString()).to.equal('%PDF-');
      const threaded = await renderer.draw({ facts, code, template: null }, ['png']);
      const [a, b] = await Promise.all([sharp(png!).raw().toBuffer(), sharp(threaded.png!).raw().toBuffer()]);
      expect(a.equals(b), 'the same pixels as on a render thread').to.equal(true);
    } finally {
      await here.close();
    }
  });

  it('TT1: an organizer’s template is asked for by key from the drawing thread, decoded once and kept', async () => {
    const template = await sharp({ create: { width: 2480, height: 1169, channels: 3, background: '#c83c5a' } })
      .png()
      .toBuffer();
    let loads = 0;
    const source = {
      key: 'templates/t/00000000-0000-4000-8000-000000000001.png',
      load: async () => {
        loads++;
        return Buffer.from(template);
      },
    };
    const one = await renderer.draw({ facts, code, template: source }, ['png']);
    const { data } = await sharp(one.png!)
      .extract({ left: 5, top: 5, width: 1, height: 1 })
      .raw()
      .toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).to.deep.equal([200, 60, 90]);
    for (let i = 0; i < 4; i++) await renderer.draw({ facts, code, template: source }, ['png']);
    expect(loads, 'decoded once per render thread at most').to.be.at.most(renderer.threads.size);
    expect(await readQr(one.png!)).to.equal(code);
  });
});
