import fs from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'chai';
import { useApp, type TestApp } from '../support/app';
import { answerFile, answerValue, code, fields, pdf, readBooking, sql, VALIDATE } from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll, TINY_PNG } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';

const PDF_ONLY = { type: 'FILE', fileTypes: ['application/pdf'], fileMaxBytes: 2048 };

/** Files kept for one booking's answers, as stored on disk under DATA_DIR/files/answers/<booking id>/. */
async function storedFiles(t: TestApp, bookingId: string): Promise<string[]> {
  const dir = path.join(t.app.deps.config.dataDir, 'files', 'answers', bookingId);
  return (await fs.readdir(dir).catch(() => [] as string[])).sort();
}

/** A plain HTTP GET with the client's session cookie, as a browser link does. */
const download = (c: ApiClient, url: string) =>
  fetch(`${c.baseUrl}${url}`, {
    headers: c.cookies.size ? { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {},
  });

async function bookFor(
  c: ApiClient,
  ticketId: string,
  guest?: { firstName: string; lastName: string; email: string },
): Promise<string> {
  return (await c.data(BOOK, { i: { ticketId, optionIds: [], guest } })).book.id;
}

describe('API: answering extra information (XI3)', () => {
  const t = useApp();
  let p: Record<'alice' | 'bruno' | 'chloe' | 'eve' | 'anonymous', ApiClient>;
  before(async () => {
    p = await signInAll(t, {
      alice: 'alice@example.org',
      bruno: 'bruno@example.org',
      chloe: 'chloe@example.org',
      eve: 'exterieur@example.org',
      anonymous: null,
    });
  });

  it('XI3: the holder answers TEXT, NUMBER and CHOICE; out-of-range numbers, unknown choices and values of the wrong kind are refused and write nothing', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const text = await ev.extraInfo(ticket, { label: 'Allergies', type: 'TEXT', blocks: 'ENTRY' });
    const age = await ev.extraInfo(ticket, {
      label: 'Âge',
      type: 'NUMBER',
      blocks: 'ENTRY',
      numberMin: 16,
      numberMax: 99,
    });
    const size = await ev.extraInfo(ticket, {
      label: 'Taille',
      type: 'CHOICE',
      blocks: 'ENTRY',
      choices: ['S', 'M', 'L'],
    });
    const b = await bookFor(p.alice, ticket);

    expect(fields(await answerValue(p.alice, b, age, { number: 15 })), 'below the minimum').to.deep.equal({
      number: 'OUT_OF_RANGE',
    });
    expect(fields(await answerValue(p.alice, b, age, { number: 99.5 })), 'above the maximum').to.deep.equal({
      number: 'OUT_OF_RANGE',
    });
    expect(fields(await answerValue(p.alice, b, size, { choice: 'XL' }))).to.deep.equal({ choice: 'NOT_A_CHOICE' });
    expect(fields(await answerValue(p.alice, b, size, { choice: 'm' })), 'choices are exact').to.deep.equal({
      choice: 'NOT_A_CHOICE',
    });
    expect(fields(await answerValue(p.alice, b, age, { text: '21' })), 'a text for a NUMBER').to.deep.equal({
      number: 'NOT_ALLOWED',
    });
    expect(fields(await answerValue(p.alice, b, size, { number: 2 })), 'a number for a CHOICE').to.deep.equal({
      choice: 'NOT_ALLOWED',
    });
    expect(fields(await answerValue(p.alice, b, text, { text: 'x', choice: 'M' })), 'two values at once').to.deep.equal(
      { text: 'NOT_ALLOWED' },
    );
    expect(code(await answerValue(p.alice, b, text, { text: '   ' }))).to.equal('BAD_USER_INPUT');
    let seen = await readBooking(p.alice, b);
    expect(
      [text, age, size].map((x) => seen.byInfo[x].state),
      'nothing written',
    ).to.deep.equal(['TO_FILL', 'TO_FILL', 'TO_FILL']);

    const saved = (await answerValue(p.alice, b, text, { text: '  Arachides ' })).data?.answerExtraInfo;
    expect(saved).to.deep.include({
      textValue: 'Arachides',
      numberValue: null,
      updatedBy: { email: 'alice@example.org' },
      validatedAt: null,
    });
    expect(
      (await answerValue(p.alice, b, age, { number: 16 })).data?.answerExtraInfo.numberValue,
      'bounds are inclusive',
    ).to.equal(16);
    expect((await answerValue(p.alice, b, size, { choice: 'M' })).data?.answerExtraInfo.choiceValue).to.equal('M');
    // A refusal after a valid answer keeps the valid one.
    expect(fields(await answerValue(p.alice, b, age, { number: 100 }))).to.deep.equal({ number: 'OUT_OF_RANGE' });
    seen = await readBooking(p.alice, b);
    expect([text, age, size].map((x) => seen.byInfo[x].state)).to.deep.equal([
      'WAITING_VALIDATION',
      'WAITING_VALIDATION',
      'WAITING_VALIDATION',
    ]);
    expect(seen.byInfo[age].answer).to.include({ numberValue: 16, textValue: null, choiceValue: null });
    const rows = await sql(t).execute(`select count(*)::int as n from answers where booking_id = ?`, [b]);
    expect(rows[0].n, 'one row per extra information').to.equal(3);
  });

  it('XI3: a FILE answer is judged by its content and size (a PNG named .pdf is UNSUPPORTED_TYPE, a big one TOO_LARGE), other kinds of value are NOT_ALLOWED, and refusals keep nothing', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const cert = await ev.extraInfo(ticket, { label: 'Certificat médical', blocks: 'PAYMENT', ...PDF_ONLY });
    const text = await ev.extraInfo(ticket, { label: 'Remarque', type: 'TEXT', blocks: 'ENTRY' });
    const b = await bookFor(p.alice, ticket);

    const png = await answerFile(p.alice, b, cert, { name: 'certificat.pdf', type: 'application/pdf', data: TINY_PNG });
    expect(png.errors?.[0].extensions).to.deep.include({
      code: 'BAD_USER_INPUT',
      fields: { file: 'UNSUPPORTED_TYPE' },
    });
    const big = await answerFile(p.alice, b, cert, {
      name: 'gros.pdf',
      type: 'application/pdf',
      data: pdf('x'.repeat(3000)),
    });
    expect(big.errors?.[0].extensions).to.deep.include({ code: 'BAD_USER_INPUT', fields: { file: 'TOO_LARGE' } });
    expect(
      fields(await answerValue(p.alice, b, cert, { text: 'envoyé par courrier' })),
      'a text for a FILE',
    ).to.deep.equal({ file: 'NOT_ALLOWED' });
    expect(fields(await answerValue(p.alice, b, cert, {})), 'nothing at all').to.deep.equal({ file: 'REQUIRED' });
    expect(
      fields(await answerFile(p.alice, b, text, { name: 'a.pdf', type: 'application/pdf', data: pdf() })),
      'a file for a TEXT',
    ).to.deep.equal({ text: 'NOT_ALLOWED' });
    expect((await readBooking(p.alice, b)).byInfo[cert].state).to.equal('TO_FILL');
    expect(await storedFiles(t, b), 'no file kept after a refusal').to.deep.equal([]);

    // Accepted by content, whatever the name and the type the browser claims.
    const data = pdf();
    const ok = await answerFile(p.alice, b, cert, { name: 'scan', type: 'application/octet-stream', data });
    expect(ok.errors, JSON.stringify(ok.errors)).to.equal(undefined);
    const a = ok.data!.answerExtraInfo;
    expect(a.file).to.deep.equal({
      name: 'scan',
      mimeType: 'application/pdf',
      size: data.length,
      url: `/media/answers/${a.id}`,
    });
    expect((await readBooking(p.alice, b)).byInfo[cert].state).to.equal('WAITING_VALIDATION');
    expect(await storedFiles(t, b)).to.have.length(1);
  });

  it('XI3: the holder replaces an answer any time until it is validated; a replaced file is removed from storage', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const text = await ev.extraInfo(ticket, { label: 'Plaque', type: 'TEXT', blocks: 'ENTRY' });
    const cert = await ev.extraInfo(ticket, { label: 'Assurance', blocks: 'ENTRY', ...PDF_ONLY });
    const b = await bookFor(p.alice, ticket);
    const first = (await answerValue(p.alice, b, text, { text: 'AB-123-CD' })).data!.answerExtraInfo;
    const second = (await answerValue(p.alice, b, text, { text: 'EF-456-GH' })).data!.answerExtraInfo;
    expect(second, 'the same answer, replaced').to.include({ id: first.id, textValue: 'EF-456-GH' });

    const f1 = (await answerFile(p.alice, b, cert, { name: 'v1.pdf', type: 'application/pdf', data: pdf('v1') })).data!
      .answerExtraInfo;
    const [key1] = await storedFiles(t, b);
    const v2 = pdf('version 2');
    const f2 = (await answerFile(p.alice, b, cert, { name: 'v2.pdf', type: 'application/pdf', data: v2 })).data!
      .answerExtraInfo;
    expect(f2.id).to.equal(f1.id);
    expect(f2.file).to.include({ name: 'v2.pdf', size: v2.length });
    const files = await storedFiles(t, b);
    expect(files, 'the replaced file is gone').to.have.length(1).and.not.to.include(key1);
    expect(await fs.readFile(path.join(t.app.deps.config.dataDir, 'files', 'answers', b, files[0]))).to.deep.equal(v2);
    expect((await sql(t).execute(`select count(*)::int as n from answers where booking_id = ?`, [b]))[0].n).to.equal(2);
  });

  it('XI3/PM1: the sponsor answers for their guest; a stranger gets NOT_FOUND, a VIEW admin FORBIDDEN, anonymous UNAUTHENTICATED, and none of them writes anything', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const text = await ev.extraInfo(ticket, { label: 'Régime', type: 'TEXT', blocks: 'ENTRY' });
    const cert = await ev.extraInfo(ticket, { label: 'Pièce', blocks: 'ENTRY', ...PDF_ONLY });
    await ev.grant('VIEW', 'chloe@example.org');
    const b = await bookFor(p.bruno, ticket, { firstName: 'Gus', lastName: 'Invité', email: 'gus@example.org' });
    const mine = (await answerValue(p.bruno, b, text, { text: 'Végétarien' })).data?.answerExtraInfo;
    expect(mine).to.deep.include({ textValue: 'Végétarien', updatedBy: { email: 'bruno@example.org' } });
    expect(
      (await answerFile(p.bruno, b, cert, { name: 'id.pdf', type: 'application/pdf', data: pdf() })).data
        ?.answerExtraInfo.file.mimeType,
    ).to.equal('application/pdf');

    expect(code(await answerValue(p.eve, b, text, { text: 'Pirate' })), 'a stranger').to.equal('NOT_FOUND');
    expect(
      code(await answerFile(p.eve, b, cert, { name: 'x.pdf', type: 'application/pdf', data: pdf('pirate') })),
      'a stranger’s file',
    ).to.equal('NOT_FOUND');
    expect(code(await answerValue(p.chloe, b, text, { text: 'Vu' })), 'VIEW may read, not write').to.equal('FORBIDDEN');
    expect(code(await answerValue(p.anonymous, b, text, { text: 'Anonyme' }))).to.equal('UNAUTHENTICATED');
    const seen = await readBooking(p.bruno, b);
    expect(seen.byInfo[text].answer).to.include({ textValue: 'Végétarien' });
    expect(seen.byInfo[cert].answer.file.name).to.equal('id.pdf');
    expect(await storedFiles(t, b)).to.have.length(1);
  });
});

describe('API: validating answers (XI4)', () => {
  const t = useApp();
  let p: Record<'alice' | 'bruno' | 'chloe' | 'eve', ApiClient>;
  before(async () => {
    p = await signInAll(t, {
      alice: 'alice@example.org',
      bruno: 'bruno@example.org',
      chloe: 'chloe@example.org',
      eve: 'exterieur@example.org',
    });
  });

  it('XI4: VALIDATE corrects an answer then validates it; afterwards the holder and every admin get ANSWER_VALIDATED, and validating twice too', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const size = await ev.extraInfo(ticket, {
      label: 'Taille',
      type: 'CHOICE',
      blocks: 'ENTRY',
      choices: ['S', 'M', 'L'],
    });
    const cert = await ev.extraInfo(ticket, { label: 'Certificat', blocks: 'PAYMENT', ...PDF_ONLY });
    await ev.grant('VALIDATE', 'chloe@example.org');
    const b = await bookFor(p.alice, ticket);
    const given = (await answerValue(p.alice, b, size, { choice: 'S' })).data!.answerExtraInfo;
    const corrected = (await answerValue(p.chloe, b, size, { choice: 'M' })).data?.answerExtraInfo;
    expect(corrected, 'the organizer’s correction replaces the answer').to.deep.include({
      id: given.id,
      choiceValue: 'M',
      updatedBy: { email: 'chloe@example.org' },
      validatedAt: null,
    });
    const validated = (await p.chloe.data(VALIDATE, { id: given.id })).validateAnswer;
    expect(validated.validatedBy).to.deep.equal({ email: 'chloe@example.org' });
    expect(validated.validatedAt).to.be.a('string');
    expect((await readBooking(p.alice, b)).byInfo[size].state).to.equal('VALIDATED');

    expect(code(await answerValue(p.alice, b, size, { choice: 'L' })), 'the holder').to.equal('ANSWER_VALIDATED');
    expect(code(await answerValue(p.chloe, b, size, { choice: 'L' })), 'the validator').to.equal('ANSWER_VALIDATED');
    expect(code(await answerValue(ev.board, b, size, { choice: 'L' })), 'an ADMIN').to.equal('ANSWER_VALIDATED');
    expect(code(await p.chloe.request(VALIDATE, { id: given.id })), 'validating twice').to.equal('ANSWER_VALIDATED');
    const after = (await readBooking(ev.board, b)).byInfo[size].answer;
    expect(after).to.deep.include({
      choiceValue: 'M',
      validatedAt: validated.validatedAt,
      validatedBy: { email: 'chloe@example.org' },
    });

    // A validated file stays the one validated: a replacement is refused and not kept.
    const f = (await answerFile(p.alice, b, cert, { name: 'ok.pdf', type: 'application/pdf', data: pdf('ok') })).data!
      .answerExtraInfo;
    await p.chloe.data(VALIDATE, { id: f.id });
    expect(
      code(await answerFile(p.alice, b, cert, { name: 'autre.pdf', type: 'application/pdf', data: pdf('autre') })),
    ).to.equal('ANSWER_VALIDATED');
    expect((await readBooking(p.alice, b)).byInfo[cert].answer.file.name).to.equal('ok.pdf');
    expect(await storedFiles(t, b), 'the refused replacement is not kept').to.have.length(1);
  });

  it('XI4/PM1: VIEW can’t validate (FORBIDDEN), nor can the holder; a stranger gets NOT_FOUND; the answer stays unvalidated', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const text = await ev.extraInfo(ticket, { label: 'Chèque de caution', type: 'TEXT', blocks: 'PAYMENT' });
    await ev.grant('VIEW', 'chloe@example.org');
    const b = await bookFor(p.alice, ticket);
    const a = (await answerValue(p.alice, b, text, { text: 'n° 1234' })).data!.answerExtraInfo;
    expect(code(await p.chloe.request(VALIDATE, { id: a.id })), 'VIEW').to.equal('FORBIDDEN');
    expect(code(await p.alice.request(VALIDATE, { id: a.id })), 'the holder').to.equal('FORBIDDEN');
    expect(code(await p.eve.request(VALIDATE, { id: a.id })), 'a stranger').to.equal('NOT_FOUND');
    expect(code(await ev.board.request(VALIDATE, { id: 'not-an-id' }))).to.equal('NOT_FOUND');
    expect((await readBooking(ev.board, b)).byInfo[text]).to.deep.include({ state: 'WAITING_VALIDATION' });
  });

  it('XI4: PostgreSQL refuses any direct UPDATE of a validated answer (validation can’t be undone either)', async () => {
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const text = await ev.extraInfo(ticket, { label: 'Nom sur le badge', type: 'TEXT', blocks: 'ENTRY' });
    const other = await ev.extraInfo(ticket, { label: 'Pseudo', type: 'TEXT', blocks: 'ENTRY' });
    const b = await bookFor(p.alice, ticket);
    const a = (await answerValue(p.alice, b, text, { text: 'Alice' })).data!.answerExtraInfo;
    const free = (await answerValue(p.alice, b, other, { text: 'al' })).data!.answerExtraInfo;
    await ev.board.data(VALIDATE, { id: a.id });
    const db = sql(t);
    const edit = await db.execute(`update answers set text_value = 'Mallory' where id = ?`, [a.id]).catch((e) => e);
    expect(String(edit)).to.include('ANSWER_VALIDATED');
    const undo = await db.execute(`update answers set validated_at = null where id = ?`, [a.id]).catch((e) => e);
    expect(String(undo)).to.include('ANSWER_VALIDATED');
    await db.execute(`update answers set text_value = 'al2' where id = ?`, [free.id]); // an unvalidated answer is not frozen
    expect((await readBooking(p.alice, b)).byInfo[text].answer.textValue).to.equal('Alice');
  });
});

describe('API: answer files (XI3)', () => {
  const t = useApp();

  it('XI3: the holder, the sponsor and a VIEW admin download the file as uploaded, with its original name; a stranger gets 404, anonymous 401', async () => {
    const p = await signInAll(t, {
      alice: 'alice@example.org',
      bruno: 'bruno@example.org',
      chloe: 'chloe@example.org',
      eve: 'exterieur@example.org',
      anonymous: null,
    });
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const cert = await ev.extraInfo(ticket, { label: 'Attestation', blocks: 'ENTRY', ...PDF_ONLY });
    await ev.grant('VIEW', 'chloe@example.org');
    // Bruno books for Alice, who has an account: she is the holder, he the sponsor (BK3).
    const b = await bookFor(p.bruno, ticket, { firstName: 'Alice', lastName: 'Martin', email: 'alice@example.org' });
    const name = 'Attestation d’assurance été 2027.pdf';
    const data = pdf('assurance');
    const a = (await answerFile(p.alice, b, cert, { name, type: 'application/pdf', data })).data!.answerExtraInfo;
    expect(a.file.name).to.equal(name);

    for (const [who, c] of [
      ['holder', p.alice],
      ['sponsor', p.bruno],
      ['VIEW admin', p.chloe],
    ] as const) {
      const res = await download(c, a.file.url);
      expect(res.status, who).to.equal(200);
      expect(res.headers.get('content-type'), who).to.equal('application/pdf');
      const disposition = res.headers.get('content-disposition')!;
      expect(disposition, who).to.match(/^attachment;/);
      expect(
        decodeURIComponent(disposition.match(/filename\*=UTF-8''(.+)$/)![1]),
        'the original name, accents included',
      ).to.equal(name);
      expect(res.headers.get('x-content-type-options')).to.equal('nosniff');
      expect(Buffer.from(await res.arrayBuffer()), `${who}: the bytes uploaded`).to.deep.equal(data);
    }
    expect((await download(p.eve, a.file.url)).status, 'a stranger').to.equal(404);
    expect((await download(p.anonymous, a.file.url)).status, 'anonymous (SEC5: as if absent)').to.equal(404);
    expect((await download(p.alice, '/media/answers/00000000-0000-4000-8000-000000000000')).status).to.equal(404);
    expect((await download(p.alice, '/media/answers/..%2F..%2Fetc%2Fpasswd')).status).to.equal(404);
  });

  it('XI3: the stored file’s name is made by the server, never derived from the user’s file name', async () => {
    const alice = await t.signedIn('alice@example.org');
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const cert = await ev.extraInfo(ticket, { label: 'Attestation', blocks: 'ENTRY', ...PDF_ONLY });
    const b = await bookFor(alice, ticket);
    const a = (
      await answerFile(alice, b, cert, { name: '../../../Relevé bancaire.pdf', type: 'application/pdf', data: pdf() })
    ).data!.answerExtraInfo;
    expect(a.file.name, 'no path kept, even for display').to.equal('Relevé bancaire.pdf');
    const files = await storedFiles(t, b);
    expect(files).to.have.length(1);
    expect(files[0]).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.pdf$/);
    const [row] = await sql(t).execute(`select file_key from answers where id = ?`, [a.id]);
    expect(row.file_key)
      .to.equal(`answers/${b}/${files[0]}`)
      .and.not.to.match(/relev|bancaire/i);
    const escaped = await fs.readdir(path.join(t.app.deps.config.dataDir, 'files')).catch(() => [] as string[]);
    expect(escaped.filter((f) => /relev/i.test(f))).to.deep.equal([]);
  });

  it('XI3/XI2: when a deletion in the ticket’s structure removes its dead pre-reservations, their answer files leave the storage too', async () => {
    const alice = await t.signedIn('alice@example.org');
    const ev = await organizerEvent(t);
    const ticket = await ev.ticket();
    const cert = await ev.extraInfo(ticket, { label: 'Certificat médical', blocks: 'ENTRY', ...PDF_ONLY });
    const b = await bookFor(alice, ticket);
    await answerFile(alice, b, cert, {
      name: 'certificat.pdf',
      type: 'application/pdf',
      data: pdf('données de santé'),
    });
    await alice.data(`mutation($id: ID!) { deletePreReservation(id: $id) { id } }`, { id: b });
    expect(await storedFiles(t, b)).to.have.length(1);
    await ev.board.data(`mutation($id: ID!) { deleteExtraInfo(id: $id) }`, { id: cert }); // no bookings: its dead pre-reservations go with it
    expect(
      (await sql(t).execute(`select count(*)::int as n from answers where booking_id = ?`, [b]))[0].n,
      'precondition: the answer row is gone',
    ).to.equal(0);
    // Nothing refers to the file any more: no download, no export, no account deletion (AC3) could ever reach it.
    expect(await storedFiles(t, b), 'no orphaned personal file').to.deep.equal([]);
  });
});
