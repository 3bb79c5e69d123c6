import { randomBytes } from 'node:crypto';
import { expect } from 'chai';
import { renderQueuedTickets } from '../../server/src/modules/documents';
import type { TicketRenderer } from '../../server/src/render/ticket-renderer';
import { useApp } from '../support/app';
import { eventually, OPPOSE, sql } from '../support/booking-fixtures';
import { BOOK, eventInput, organizerEvent } from '../support/event-fixtures';
import { idOf } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';

/** GET with the client's session cookie and optional headers. */
const download = async (c: ApiClient, url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${c.baseUrl}${url}`, {
    headers: { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; '), ...headers },
  });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
};

/**
 * Issue 14: stored tickets are served as files with a validator (a browser revalidates with a 304, every request still
 * checked), and the background renderer retries what a dead render thread left.
 */
describe('API: stored ticket downloads and the background render queue (issue 14, TT2)', function () {
  this.timeout(90_000);
  // No background worker: these tests run the queue themselves.
  const t = useApp({ env: { JOBS: 'false' } });
  let alice: ApiClient;
  let bruno: ApiClient;
  before(async () => {
    alice = await t.signedIn('alice@example.org');
    bruno = await t.signedIn('bruno@example.org');
  });

  const queued = async (bookingId: string) =>
    (
      await sql(t).execute<Array<{ n: number }>>(
        `select count(*)::int as n from ticket_render_queue where booking_id = ?`,
        [bookingId],
        'all',
      )
    )[0].n;
  const renders = (bookingId: string) =>
    sql(t).execute<Array<{ format: string; storage_key: string }>>(
      `select format, storage_key from ticket_renders where booking_id = ? order by format`,
      [bookingId],
      'all',
    );
  const runQueue = (renderer: TicketRenderer = t.app.deps.renderer, retryAfterSeconds?: number) =>
    renderQueuedTickets({ ...t.app.deps, renderer }, () => t.app.db.orm.em.fork(), { retryAfterSeconds });

  it('TT2: a stored ticket carries an ETag; If-None-Match gets a 304 without the file for its holder and its admins, a stranger still a 404, an opposed booking a 409', async () => {
    const ev = await organizerEvent(t, { name: `Gala ${randomBytes(3).toString('hex')}` });
    const ticket = await ev.ticket({ priceCents: 0 });
    const b = (await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    await runQueue();
    await eventually('both files stored', async () => (await renders(b.id)).length === 2, 30_000);
    // The reservation mail (its PDF attached) is out: nothing else draws this ticket from here on.
    await mailbox.waitFor(
      'alice@example.org',
      (m) => m.subject.includes(b.reference) && m.subject.includes('confirmée'),
    );

    const first = await download(alice, `/media/tickets/${b.id}.png`);
    expect(first.status).to.equal(200);
    expect(first.headers.get('cache-control')).to.equal('private, no-cache');
    const etag = first.headers.get('etag')!;
    expect(etag).to.match(/^"[\w-]+"$/);
    const drawn = { ...t.app.deps.renderer.drawn };

    const again = await download(alice, `/media/tickets/${b.id}.png`, { 'if-none-match': etag });
    expect(again.status).to.equal(304);
    expect(again.body.length).to.equal(0);
    expect(again.headers.get('etag')).to.equal(etag);
    expect((await download(alice, `/media/tickets/${b.id}.png`, { 'if-none-match': `W/${etag}` })).status).to.equal(
      304,
    );
    expect((await download(ev.board, `/media/tickets/${b.id}.png`, { 'if-none-match': etag })).status).to.equal(304);
    expect(
      (await download(alice, `/media/tickets/${b.id}.png`, { 'if-none-match': '"another"' })).body.equals(first.body),
    ).to.equal(true);
    expect((await download(bruno, `/media/tickets/${b.id}.png`, { 'if-none-match': etag })).status).to.equal(404);
    expect((await download(t.client(), `/media/tickets/${b.id}.png`, { 'if-none-match': etag })).status).to.equal(404);
    const pdf = await download(alice, `/media/tickets/${b.id}.pdf`);
    expect(pdf.headers.get('etag'), 'each file its own validator').to.not.equal(etag);
    expect(t.app.deps.renderer.drawn, 'nothing drawn to answer').to.deep.equal(drawn);

    await ev.board.data(OPPOSE, { id: b.id, r: 'Revente' });
    const refused = await download(alice, `/media/tickets/${b.id}.png`, { 'if-none-match': etag });
    expect(refused.status).to.equal(409);
    expect(JSON.parse(refused.body.toString()).reason).to.equal('OPPOSED');
  });

  it('TT2: when what a ticket prints changes, the old ETag no longer matches: the download is the new ticket', async () => {
    const net7 = await idOf(t, 'club', 'net7');
    const ev = await organizerEvent(t, { name: 'Avant' });
    const ticket = await ev.ticket({ priceCents: 0 });
    const b = (await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    await runQueue();
    const before = await download(alice, `/media/tickets/${b.id}.png`);
    const { clubId: _club, ...input } = eventInput(net7, { name: 'Après' });
    await ev.board.data(`mutation($id: ID!, $i: UpdateEventInput!) { updateEvent(id: $id, input: $i) { id } }`, {
      id: ev.eventId,
      i: input,
    });
    const after = await download(alice, `/media/tickets/${b.id}.png`, { 'if-none-match': before.headers.get('etag')! });
    expect(after.status).to.equal(200);
    expect(after.body.equals(before.body)).to.equal(false);
  });

  it('TT2: a background render whose render thread dies keeps its queue entry, which is rendered again (the pool starts a new thread)', async () => {
    await runQueue(); // what the tests above left queued
    const ev = await organizerEvent(t, { name: `Reprise ${randomBytes(3).toString('hex')}` });
    const ticket = await ev.ticket({ priceCents: 0 });
    const b = (await alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    expect(await queued(b.id), 'the reservation is queued').to.equal(1);
    await mailbox.waitFor(
      'alice@example.org',
      (m) => m.subject.includes(b.reference) && m.subject.includes('confirmée'),
    );
    const real = t.app.deps.renderer;
    let crashes = 1;
    // The first drawing's thread ends under it (as a crash would); later ones are drawn as usual.
    const crashing = Object.assign(Object.create(real) as TicketRenderer, {
      draw(...args: Parameters<TicketRenderer['draw']>) {
        const drawing = real.draw(...args);
        if (crashes-- > 0) void Promise.all(real.threads.workers().map((w) => w.terminate()));
        return drawing;
      },
    });
    const first = await runQueue(crashing, 3600);
    expect(first.failed).to.equal(1);
    expect(await queued(b.id), 'still queued after the failure').to.equal(1);
    const [claim] = await sql(t).execute<Array<{ later: boolean }>>(
      `select claimed_until > now() + interval '10 minutes' as later from ticket_render_queue where booking_id = ?`,
      [b.id],
      'all',
    );
    expect(claim.later, 'retried after the given delay').to.equal(true);

    await sql(t).execute(`update ticket_render_queue set claimed_until = now() where booking_id = ?`, [b.id]);
    const second = await runQueue(crashing);
    expect(second.failed).to.equal(0);
    await eventually('both files stored', async () => (await renders(b.id)).length === 2, 30_000);
    expect(await queued(b.id)).to.equal(0);
    expect((await download(alice, `/media/tickets/${b.id}.png`)).status).to.equal(200);
  });
});
