// Issue 14, a sale opening's rush: the admission gate lets a queued request go when told to (SEC2), the tickets seen
// sold out (BK9, http/sold-out.ts), and the mail that waits while people wait (SEC2, mail/outbox.ts postponedWhile).
import { expect } from 'chai';
import type { Request, Response } from 'express';
import { Gate } from '../../server/src/db/transactions';
import { admit } from '../../server/src/http/admission';
import { MARK_MS, SoldOutTickets } from '../../server/src/http/sold-out';
import { postponedWhile } from '../../server/src/modules/mail';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('unit: a sale opening’s rush (SEC2, BK9)', () => {
  it('SEC2: a queued entry leaves the queue when its `until` settles first (no slot taken); the others keep their order and bound', async () => {
    const gate = new Gate(1, 200);
    expect(await gate.enter()).to.equal(true);
    let go!: () => void;
    const until = new Promise<void>((r) => (go = r));
    const first = gate.enter(until);
    const second = gate.enter();
    expect(gate.stats.waiting).to.equal(2);
    go();
    expect(await first).to.equal(false);
    expect(gate.stats).to.deep.include({ active: 1, waiting: 1 });
    gate.leave();
    expect(await second, 'the next in line is admitted').to.equal(true);
    // Settling after admission changes nothing.
    gate.leave();
    let late!: () => void;
    const admitted = gate.enter(new Promise<void>((r) => (late = r)));
    expect(await admitted).to.equal(true);
    late();
    await tick();
    expect(gate.stats.active).to.equal(1);
    // Still bounded: an entry whose `until` never settles ends in BUSY.
    const never = gate.enter(new Promise<void>(() => undefined));
    const err = await never.then(
      () => null,
      (e: { extensions?: { code?: string } }) => e,
    );
    expect(err?.extensions?.code).to.equal('BUSY');
    expect(gate.stats.waiting).to.equal(0);
  });

  it('SEC2: admitting a request whose client is already gone takes no slot (its close is past: the slot would never be released)', async () => {
    const gate = new Gate(1, 200);
    const gone = { closed: true, once: () => undefined } as unknown as Response;
    expect(await admit(gate, {} as Request, gone)).to.equal('answered');
    expect(gate.stats.active).to.equal(0);
    let closeListener: (() => void) | undefined;
    const here = { closed: false, once: (_: string, f: () => void) => (closeListener = f) } as unknown as Response;
    expect(await admit(gate, {} as Request, here)).to.equal('admitted');
    expect(gate.stats.active).to.equal(1);
    closeListener!();
    expect(gate.stats.active, 'released when its response closes').to.equal(0);
  });

  it('BK9: a ticket is marked sold out for MARK_MS after the last SOLD_OUT, cleared when a place shows; waits settle on the mark and are forgotten when done', async () => {
    let now = 1_000;
    const sold = new SoldOutTickets(() => now);
    expect(sold.marked('t1')).to.equal(false);
    const before = sold.whenMarked('t1');
    const gone = sold.whenMarked('t1');
    gone.done(); // admitted meanwhile: nothing kept for it
    let settled = false;
    void before.marked.then(() => (settled = true));
    sold.mark('t1');
    await tick();
    expect(settled, 'a queued request is let go at the mark').to.equal(true);
    expect(sold.marked('t1')).to.equal(true);
    let at = false;
    void sold.whenMarked('t1').marked.then(() => (at = true));
    await tick();
    expect(at, 'marked already: at once').to.equal(true);
    now += MARK_MS - 1;
    expect(sold.marked('t1')).to.equal(true);
    sold.mark('t1'); // another SOLD_OUT: the mark lasts from now
    now += MARK_MS - 1;
    expect(sold.marked('t1')).to.equal(true);
    now += 2;
    expect(sold.marked('t1'), 'expired').to.equal(false);
    sold.mark('t2');
    sold.clear('t2');
    expect(sold.marked('t2'), 'a place was found').to.equal(false);
    expect(sold.marked('t1')).to.equal(false);
    expect((sold as unknown as { waiting: Map<string, unknown> }).waiting.size, 'no wait left behind').to.equal(0);
  });

  it('SEC2: a mail kick waits while people wait for admission, then goes once (kicks meanwhile join it), at the latest after maxMs; at once without a rush; cancelled at shutdown', async () => {
    let rushing = false;
    let kicks = 0;
    const { kick, cancel } = postponedWhile(
      () => kicks++,
      () => rushing,
      { checkMs: 5, maxMs: 200 },
    );
    kick();
    expect(kicks, 'no rush: at once').to.equal(1);
    rushing = true;
    kick();
    kick();
    kick();
    await tick(30);
    expect(kicks, 'held during the rush').to.equal(1);
    rushing = false;
    await tick(30);
    expect(kicks, 'one flush for the three, once the rush is over').to.equal(2);
    rushing = true;
    kick();
    await tick(120);
    expect(kicks).to.equal(2);
    await tick(200);
    expect(kicks, 'never held beyond maxMs').to.equal(3);
    kick();
    cancel(); // shutting down: the outbox's last flush sends it
    await tick(250);
    expect(kicks, 'a cancelled kick never runs').to.equal(3);
  });
});
