import { generateKeyPairSync, randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { verifyAsync } from '@noble/ed25519';
import { expect } from 'chai';
import {
  base45Decode,
  base45Encode,
  checkTicketCode,
  encodeTicketCode,
  parseTicketCode,
  ticketBody,
  usableKeyId,
  type SignatureCheck,
  type TicketClaim,
} from '@billetterie/ticket-code';
import { verifyTicketCode } from '../../console/src/lib/door/ticket-code';
import { base45Decode as serverBase45Decode } from '../../server/src/modules/door/base45';
import { publicKeyObject } from '../../server/src/crypto/ticket-signer';

const ROOT = path.resolve(__dirname, '../..');
const text = (s: string) => new TextEncoder().encode(s);
const ascii = (b: Uint8Array | null) => (b ? new TextDecoder().decode(b) : null);

/** A key pair as the server keeps it (node:crypto KeyObjects), with its raw public half as the kit carries it. */
function serverKey(id: number) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = (publicKey.export({ format: 'der', type: 'spki' }) as Buffer).subarray(12);
  return { id, privateKey, publicKey, kit: { id, publicKey: Buffer.from(raw).toString('base64') } };
}

/** Signs exactly as TicketSigner.issue does: node:crypto Ed25519 over the body the package lays out. */
const serverSign = (key: KeyObject) => (body: Uint8Array) => sign(null, body, key);

/** The server's check: node:crypto, keys by id. */
const nodeCheck = (keys: Map<number, KeyObject>): SignatureCheck<KeyObject> => ({
  key: (id) => keys.get(id),
  verify: (signature, message, key) => verify(null, message, key, signature),
});

/** The console's check: @noble/ed25519, raw keys by id. */
const nobleCheck = (keys: Map<number, Uint8Array>): SignatureCheck<Uint8Array> => ({
  key: (id) => keys.get(id),
  verify: (signature, message, key) => verifyAsync(signature, message, key),
});

/** Every .ts/.svelte file under a directory (sources only). */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return ['node_modules', 'paraglide', 'gql'].includes(e.name) ? [] : sources(p);
    return /\.(ts|svelte|js)$/.test(e.name) ? [p] : [];
  });
}

describe('unit: the ticket code package, shared by the server and the console (TT3)', () => {
  it('TT3: base45 gives the RFC 9285 test vectors, and decodes them back', () => {
    const vectors: Array<[string, string]> = [
      ['AB', 'BB8'],
      ['Hello!!', '%69 VD92EX0'],
      ['base-45', 'UJCLQE7W581'],
      ['ietf!', 'QED8WEX0'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base45Encode(text(plain)), plain).to.equal(encoded);
      expect(ascii(base45Decode(encoded)), encoded).to.equal(plain);
    }
    expect(base45Encode(new Uint8Array())).to.equal('');
    expect(base45Decode('')).to.deep.equal(new Uint8Array());
  });

  it('TT3: base45 round-trips any bytes, and refuses what is not base45 without throwing', () => {
    for (let n = 0; n <= 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n * 31) & 0xff);
      expect(base45Decode(base45Encode(bytes)), `length ${n}`).to.deep.equal(bytes);
    }
    expect(base45Decode(base45Encode(Uint8Array.of(0xff, 0xff, 0xff)))).to.deep.equal(Uint8Array.of(0xff, 0xff, 0xff));
    // RFC 9285 §4.2: "GGW" is 65536, out of range; a lone character is no group; lower case is not in the set.
    for (const bad of ['GGW', 'A', 'BB8A', 'bb8', 'QED8WEX0!', 'ÉÀ€😀', '::', ':::'] as const) {
      expect(base45Decode(bad), bad).to.equal(null);
    }
    expect(base45Decode(undefined as unknown as string)).to.equal(null);
  });

  it('TT3: a payload round-trips: version, key id, booking, event, issue time and signature → 153 base45 characters → the same fields', () => {
    const key = serverKey(7);
    const claim: TicketClaim = {
      keyId: 7,
      bookingId: randomUUID(),
      eventId: randomUUID(),
      issuedAt: new Date('2026-12-04T20:15:30.750Z'),
    };
    let signed: Uint8Array | undefined;
    const code = encodeTicketCode(claim, (body) => (signed = serverSign(key.privateKey)(body)));
    expect(code)
      .to.have.length(153)
      .and.match(/^[0-9A-Z $%*+\-./:]+$/);

    const parsed = parseTicketCode(code)!;
    expect(parsed).to.deep.include({ version: 1, keyId: 7, bookingId: claim.bookingId, eventId: claim.eventId });
    expect(parsed.issuedAt.toISOString()).to.equal('2026-12-04T20:15:30.000Z'); // whole seconds
    expect(parsed.body).to.deep.equal(ticketBody(claim));
    expect(parsed.signature).to.deep.equal(Uint8Array.from(signed!));
    // The layout, byte by byte: what an offline scanner in another language would read.
    const bytes = base45Decode(code)!;
    expect(bytes).to.have.length(102);
    expect([bytes[0], bytes[1]]).to.deep.equal([1, 7]);
    expect(Buffer.from(bytes.subarray(2, 18)).toString('hex')).to.equal(claim.bookingId.replace(/-/g, ''));
    expect(Buffer.from(bytes.subarray(18, 34)).toString('hex')).to.equal(claim.eventId.replace(/-/g, ''));
    expect(Buffer.from(bytes.subarray(34, 38)).readUInt32BE(0)).to.equal(Math.floor(claim.issuedAt.getTime() / 1000));
    // The server's Buffer view decodes the same bytes.
    expect(Uint8Array.from(serverBase45Decode(code)!)).to.deep.equal(bytes);
  });

  it("TT3: a code signed by the server's Ed25519 (node:crypto) verifies through the package's check with the console's @noble/ed25519, and with node:crypto", async () => {
    const key = serverKey(3);
    const claim: TicketClaim = {
      keyId: 3,
      bookingId: randomUUID(),
      eventId: randomUUID(),
      issuedAt: new Date(1_796_000_000_000),
    };
    const code = encodeTicketCode(claim, serverSign(key.privateKey));
    const raw = Buffer.from(key.kit.publicKey, 'base64');
    const expected = { ok: true, claim };

    expect(await checkTicketCode(code, nobleCheck(new Map([[3, Uint8Array.from(raw)]])))).to.deep.equal(expected);
    expect(await checkTicketCode(code, nodeCheck(new Map([[3, publicKeyObject(raw)]])))).to.deep.equal(expected);
    // The console's own function (offline scanner), with the kit's base64 keys.
    expect(await verifyTicketCode(code, [serverKey(1).kit, key.kit])).to.deep.equal(claim);
    expect(
      await verifyTicketCode(`\t${code}\r\n`, [key.kit]),
      'a scanner may add a tab or a line ending',
    ).to.deep.equal(claim);
  });

  it('TT3: every altered byte, a truncated, extended, forged or garbage code fails the check, on both sides, and nothing throws', async () => {
    const key = serverKey(5);
    const code = encodeTicketCode(
      { keyId: 5, bookingId: randomUUID(), eventId: randomUUID(), issuedAt: new Date() },
      serverSign(key.privateKey),
    );
    const raw = Uint8Array.from(Buffer.from(key.kit.publicKey, 'base64'));
    const node = nodeCheck(new Map([[5, key.publicKey]]));
    const noble = nobleCheck(new Map([[5, raw]]));
    const bytes = base45Decode(code)!;

    for (let i = 0; i < bytes.length; i++) {
      for (const bit of [0x01, 0x80]) {
        const copy = Uint8Array.from(bytes);
        copy[i] ^= bit;
        const altered = base45Encode(copy);
        const reason = i === 0 ? 'MALFORMED' : i === 1 ? 'UNKNOWN_KEY' : 'BAD_SIGNATURE';
        expect(await checkTicketCode(altered, node), `node, byte ${i}`).to.deep.equal({ ok: false, reason });
        expect(await checkTicketCode(altered, noble), `noble, byte ${i}`).to.deep.equal({ ok: false, reason });
        expect(await verifyTicketCode(altered, [key.kit]), `console, byte ${i}`).to.equal(null);
      }
    }

    // A forger with their own key, reusing our key id and layout.
    const forger = serverKey(5);
    const forged = encodeTicketCode(parseTicketCode(code)!, serverSign(forger.privateKey));
    expect(await checkTicketCode(forged, node)).to.deep.equal({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(await verifyTicketCode(forged, [key.kit])).to.equal(null);
    // Signed by a key the scanner does not know.
    expect(
      await verifyTicketCode(
        code,
        [forger.kit].map((k) => ({ ...k, id: 6 })),
      ),
    ).to.equal(null);

    const garbage: unknown[] = [
      code.slice(0, -3),
      code.slice(0, -1),
      code + 'AAA',
      code + 'A'.repeat(50),
      '',
      ' ',
      'https://example.org/ticket/123',
      'ÉÀ€😀',
      'A'.repeat(10_000),
      '::::',
      base45Encode(new Uint8Array(102)),
      null,
      42,
      {},
    ];
    for (const g of garbage) {
      expect(await checkTicketCode(g, node), JSON.stringify(g)?.slice(0, 30)).to.deep.equal({
        ok: false,
        reason: 'MALFORMED',
      });
      expect(await verifyTicketCode(g as string, [key.kit])).to.equal(null);
    }
  });

  it('TT3: a code beginning with a space (key id 5) keeps it, as base45 data, and new keys never get such ids', async () => {
    const key = serverKey(5);
    const claim: TicketClaim = {
      keyId: 5,
      bookingId: randomUUID(),
      eventId: randomUUID(),
      issuedAt: new Date(1_796_000_000_000),
    };
    const code = encodeTicketCode(claim, serverSign(key.privateKey));
    expect(code[0]).to.equal(' ');
    expect(await checkTicketCode(code, nodeCheck(new Map([[5, key.publicKey]])))).to.deep.equal({ ok: true, claim });
    expect(await verifyTicketCode(`${code}\n`, [key.kit])).to.deep.equal(claim);
    expect(await verifyTicketCode(`\r\n${code}`, [key.kit])).to.deep.equal(claim);
    // Scanners and forms trim: the signer only makes keys whose codes begin with something else.
    const unusable = Array.from({ length: 256 }, (_, id) => id).filter((id) => !usableKeyId(id));
    expect(unusable).to.deep.equal([5, 50, 95, 140, 185, 230]);
    for (let id = 0; id < 256; id++) {
      const first = encodeTicketCode({ ...claim, keyId: id }, () => new Uint8Array(64))[0];
      expect(first === ' ', `key ${id}`).to.equal(!usableKeyId(id));
    }
    expect([usableKeyId(256), usableKeyId(-1), usableKeyId(1.5)]).to.deep.equal([false, false, false]);
  });

  it('TT3: the check looks no key up for a malformed code, and counts a throwing verifier or an undecodable kit key as a refusal', async () => {
    let lookups = 0;
    const counting: SignatureCheck<string> = { key: () => (lookups++, 'k'), verify: () => true };
    expect(await checkTicketCode('garbage', counting)).to.deep.equal({ ok: false, reason: 'MALFORMED' });
    expect(lookups).to.equal(0);

    const key = serverKey(9);
    const code = encodeTicketCode(
      { keyId: 9, bookingId: randomUUID(), eventId: randomUUID(), issuedAt: new Date() },
      serverSign(key.privateKey),
    );
    const throwing: SignatureCheck<string> = {
      key: () => 'k',
      verify: () => {
        throw new Error('bad key length');
      },
    };
    expect(await checkTicketCode(code, throwing)).to.deep.equal({ ok: false, reason: 'BAD_SIGNATURE' });
    const rejecting: SignatureCheck<string> = { key: () => 'k', verify: () => Promise.reject(new Error('no')) };
    expect(await checkTicketCode(code, rejecting)).to.deep.equal({ ok: false, reason: 'BAD_SIGNATURE' });
    expect(await verifyTicketCode(code, [{ id: 9, publicKey: '%%%not base64' }])).to.equal(null);
    expect(await verifyTicketCode(code, [{ id: 9, publicKey: Buffer.alloc(31).toString('base64') }])).to.equal(null);
  });

  it('TT3: fields that do not fit the layout are a programming error, refused before signing', () => {
    const ok: TicketClaim = { keyId: 1, bookingId: randomUUID(), eventId: randomUUID(), issuedAt: new Date() };
    const never = () => {
      throw new Error('must not sign');
    };
    for (const bad of [
      { keyId: 256 },
      { keyId: -1 },
      { keyId: 1.5 },
      { bookingId: 'not-a-uuid' },
      { eventId: '' },
      { issuedAt: new Date(NaN) },
      { issuedAt: new Date(-1000) },
      { issuedAt: new Date(2 ** 32 * 1000) },
    ]) {
      expect(() => encodeTicketCode({ ...ok, ...bad }, never), JSON.stringify(bad)).to.throw(RangeError);
    }
    expect(() => encodeTicketCode(ok, () => new Uint8Array(63))).to.throw(RangeError);
  });

  it('TT3: one implementation: no copy of base45 or of the payload layout in the server or the console, and no Node-only API in the shared code', () => {
    const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
    const copies = [
      ...sources(path.join(ROOT, 'server/src')),
      ...sources(path.join(ROOT, 'console/src')),
      ...sources(path.join(ROOT, 'ui/src')),
    ].filter((f) => {
      const src = fs.readFileSync(f, 'utf8');
      return (
        src.includes(alphabet) ||
        /\bSIGNED_BYTES\s*=|\bsignedBytes\s*=|\bPAYLOAD_BYTES\s*=|\bpayloadBytes\s*=/.test(src)
      );
    });
    expect(copies.map((f) => path.relative(ROOT, f))).to.deep.equal([]);
    const shared = sources(path.join(ROOT, 'ticket-code/src'));
    expect(shared.some((f) => fs.readFileSync(f, 'utf8').includes(alphabet))).to.equal(true);
    for (const f of shared) {
      expect(fs.readFileSync(f, 'utf8'), path.relative(ROOT, f)).to.not.match(
        /\bBuffer\b|from 'node:|require\(|\bprocess\./,
      );
    }
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'ticket-code/package.json'), 'utf8'));
    expect(pkg.dependencies ?? {}).to.deep.equal({});
  });
});
