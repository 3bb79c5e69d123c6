import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { useApp } from '../support/app';
import { answerFile, answerValue, MARK_PAID, pdf, sql, VALIDATE } from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { createUser } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';

const haveUnzip = () => {
  try {
    execFileSync('which', ['unzip'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

async function download(t: ReturnType<typeof useApp>, c: ApiClient | null) {
  const headers: Record<string, string> = {};
  if (c?.cookies.size) headers.cookie = [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  if (c?.token) headers.authorization = `Bearer ${c.token}`;
  return fetch(`${t.url}/personal-data/archive.zip`, { headers });
}

describe('API: downloading my data (AC4)', () => {
  const t = useApp();
  const email = 'ophelie.archive@example.org';
  let me: ApiClient;
  let tmp: string;

  before(async () => {
    await createUser(t, {
      email,
      kind: 'SCHOOL',
      schoolSlug: 'enseeiht',
      classYear: 2027,
      firstName: 'Ophélie',
      lastName: 'Archive',
      clubs: [{ slug: 'net7', isBoard: false }],
      associations: [{ slug: 'bde-n7', endsOn: '2027-08-31' }],
    });
    me = await t.signedIn(email);
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ac4-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('AC4: signed out, the archive is refused (401)', async () => {
    const res = await download(t, null);
    expect(res.status).to.equal(401);
  });

  it('AC4: the ZIP holds data.json (account, memberships, bookings with options, answers and payments, sessions, API tokens, audit entries) and every uploaded file byte for byte', async function () {
    if (!haveUnzip()) this.skip();
    const ev = await organizerEvent(t, { name: 'Bal des archives' });
    const ticket = await ev.ticket({ priceCents: 1200 });
    const wine = await ev.option(ticket, 'Vin', 300);
    const cert = await ev.extraInfo(ticket, {
      label: 'Certificat',
      blocks: 'PAYMENT',
      type: 'FILE',
      fileTypes: ['application/pdf'],
      fileMaxBytes: 4096,
    });
    const note = await ev.extraInfo(ticket, { label: 'Remarque', type: 'TEXT', blocks: 'ENTRY' });
    const b = (await me.data(BOOK, { i: { ticketId: ticket, optionIds: [wine] } })).book;
    const file = pdf('Certificat d’Ophélie');
    const up = await answerFile(me, b.id, cert, { name: 'certificat.pdf', type: 'application/pdf', data: file });
    expect(up.errors).to.equal(undefined);
    await ev.board.data(VALIDATE, { id: up.data!.answerExtraInfo.id });
    await answerValue(me, b.id, note, { text: 'Sans gluten' });
    await ev.board.data(MARK_PAID, { i: { bookingId: b.id, amountCents: 1500, method: 'CASH' } });
    await me.data(`mutation { createApiToken(name: "Mon script") { token } }`);

    const res = await download(t, me);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.equal('application/zip');
    expect(res.headers.get('content-disposition')).to.match(/^attachment; filename="billetterie-mes-donnees-/);
    const zip = path.join(tmp, 'me.zip');
    fs.writeFileSync(zip, Buffer.from(await res.arrayBuffer()));
    const out = path.join(tmp, 'out');
    execFileSync('unzip', ['-q', zip, '-d', out]);

    const data = JSON.parse(fs.readFileSync(path.join(out, 'data.json'), 'utf8'));
    expect(data.account).to.include({ email, first_name: 'Ophélie', last_name: 'Archive', class_year: 2027 });
    expect(data.account).to.not.have.property('password_hash');
    expect(data.account.school.slug).to.equal('enseeiht');
    expect(data.associationMemberships.map((m: { slug: string; endsOn: string }) => [m.slug, m.endsOn])).to.deep.equal([
      ['bde-n7', '2027-08-31'],
    ]);
    expect(data.clubMemberships.map((m: { slug: string }) => m.slug)).to.deep.equal(['net7']);
    expect(data.sessions.length).to.be.greaterThan(0);
    expect(JSON.stringify(data.sessions)).to.not.include('token_hash');
    expect(data.apiTokens.map((x: { name: string }) => x.name)).to.deep.equal(['Mon script']);
    expect(JSON.stringify(data.apiTokens)).to.not.include('token_hash');

    expect(data.bookings).to.have.length(1);
    const booking = data.bookings[0];
    expect(booking).to.include({ reference: b.reference, status: 'RESERVED', price_cents: 1500 });
    expect(booking.event.name).to.equal('Bal des archives');
    expect(booking.options).to.deep.equal([{ name: 'Vin', priceCents: 300 }]);
    const answers = Object.fromEntries(booking.answers.map((a: { question: string }) => [a.question, a]));
    expect(answers.Remarque.text_value).to.equal('Sans gluten');
    expect(answers.Certificat.file_name).to.equal('certificat.pdf');
    expect(
      booking.payments.map((p: { amount_cents: number; method: string }) => [p.amount_cents, p.method]),
    ).to.deep.equal([[1500, 'CASH']]);
    const actions = data.auditEntries.map((e: { action: string }) => e.action);
    expect(actions).to.include('account.signed_in');
    const [logged] = await sql(t).execute(
      `select count(*)::int as n from audit_log where action = 'account.data_downloaded' and subject_id = ?`,
      [data.account.id],
    );
    expect(logged.n, 'the download itself is audited').to.equal(1);
    expect(actions.some((a: string) => a.startsWith('booking.'))).to.equal(true);

    const stored = path.join(out, answers.Certificat.archivePath);
    expect(fs.readFileSync(stored).equals(file), 'the uploaded file, byte for byte').to.equal(true);
  });

  it('AC4, WL1: the archive holds the waiting lists the person is on, with the guest they named', async function () {
    if (!haveUnzip()) this.skip();
    const ev = await organizerEvent(t, { name: 'Gala complet' });
    const ticket = await ev.ticket({ capacity: 1, priceCents: 900 });
    await createUser(t, { email: 'first.comer@example.org', kind: 'EXTERNAL' });
    const first = await t.signedIn('first.comer@example.org');
    expect((await first.request(BOOK, { i: { ticketId: ticket, optionIds: [] } })).errors).to.equal(undefined);
    const joined = await me.data(`mutation($i: JoinWaitingListInput!) { joinWaitingList(input: $i) { id status } }`, {
      i: {
        ticketId: ticket,
        optionIds: [],
        guest: { firstName: 'Gaston', lastName: 'Invité', email: 'gaston@example.org' },
      },
    });
    expect(joined.joinWaitingList.status).to.equal('WAITING');

    const res = await download(t, me);
    expect(res.status).to.equal(200);
    const zip = path.join(tmp, 'waiting.zip');
    fs.writeFileSync(zip, Buffer.from(await res.arrayBuffer()));
    const data = JSON.parse(execFileSync('unzip', ['-p', zip, 'data.json'], { encoding: 'utf8' }));
    expect(data.waitingListEntries).to.have.length(1);
    expect(data.waitingListEntries[0]).to.include({
      id: joined.joinWaitingList.id,
      status: 'WAITING',
      guest_first_name: 'Gaston',
      guest_email: 'gaston@example.org',
    });
    expect(data.waitingListEntries[0].event.name).to.equal('Gala complet');
    expect(data.waitingListEntries[0].ticket.id).to.equal(ticket);
  });

  it('AC4: downloads are bounded per hour (429 with a retry delay)', async () => {
    let last: Response | undefined;
    for (let i = 0; i < 6; i++) {
      last = await download(t, me);
      await last.arrayBuffer();
      if (last.status === 429) break;
    }
    expect(last!.status).to.equal(429);
    expect((await download(t, me)).status).to.equal(429);
  });
});
