import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SecretBox } from '../payments/secret-box';
import { base45Decode, base45Encode } from './base45';

/**
 * TT3: the QR payload, 102 bytes, base45 in the QR (153 alphanumeric characters, a version 8 code at level M):
 *   version (1) · key id (1) · booking id (16) · event id (16) · issued at, Unix seconds (4) · Ed25519 signature (64)
 * The signature covers the first 38 bytes. Altering any byte, or signing with another key, fails verification.
 */
const VERSION = 1;
const SIGNED_BYTES = 38;
const PAYLOAD_BYTES = SIGNED_BYTES + 64;
/** Anything longer is not one of our codes: refused before decoding. */
const MAX_CODE_CHARS = 200;

export interface TicketClaim {
  bookingId: string;
  eventId: string;
  keyId: number;
  issuedAt: Date;
}

export type Verified = { ok: true; claim: TicketClaim } | { ok: false; reason: 'MALFORMED' | 'UNKNOWN_KEY' | 'BAD_SIGNATURE' };

const uuidBytes = (id: string) => Buffer.from(id.replace(/-/g, ''), 'hex');
const uuidText = (b: Buffer) => {
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
};

interface KeyRow {
  id: number;
  public_key: Buffer;
  private_key_enc: string;
  revoked_at: Date | null;
}

/** Raw 32-byte Ed25519 public key ⇄ KeyObject (SPKI DER = fixed 12-byte prefix + key). */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
export const publicKeyObject = (raw: Buffer) => createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
const rawPublicKey = (k: KeyObject) => (k.export({ format: 'der', type: 'spki' }) as Buffer).subarray(SPKI_PREFIX.length);

export interface PublicSigningKey {
  id: number;
  /** Raw Ed25519 public key, base64. */
  publicKey: string;
}

/**
 * Signs and verifies ticket codes. Keys live in ticket_signing_keys (private halves sealed with the application
 * key) and are cached here; the newest unrevoked key signs, every unrevoked key verifies.
 */
export class TicketSigner {
  private verifiers = new Map<number, KeyObject>();
  private signer: { id: number; key: KeyObject } | null = null;
  private loaded = false;
  private loadedAt = 0;

  constructor(
    private readonly fork: () => EntityManager,
    private readonly secrets: SecretBox,
  ) {}

  private async load(): Promise<void> {
    const rows = await this.fork().getConnection().execute<KeyRow[]>(`select id, public_key, private_key_enc, revoked_at from ticket_signing_keys order by id`);
    this.verifiers = new Map(rows.filter((r) => !r.revoked_at).map((r) => [r.id, publicKeyObject(r.public_key)]));
    const newest = rows.filter((r) => !r.revoked_at).at(-1);
    this.signer = newest ? { id: newest.id, key: createPrivateKey({ key: Buffer.from(this.secrets.open(newest.private_key_enc, `ticket-key:${newest.id}`), 'base64'), format: 'der', type: 'pkcs8' }) } : null;
    this.loaded = true;
    this.loadedAt = Date.now();
  }

  /** Creates a new signing key (the first one, or a rotation); returns its id. Concurrent callers get one each. */
  async rotate(): Promise<number> {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const der = (privateKey.export({ format: 'der', type: 'pkcs8' }) as Buffer).toString('base64');
    const conn = this.fork().getConnection();
    for (;;) {
      const [{ id }] = await conn.execute<Array<{ id: number }>>(`select coalesce(max(id), 0) + 1 as id from ticket_signing_keys`);
      if (id > 255) throw new Error('no ticket signing key id left');
      const inserted = await conn.execute<Array<{ id: number }>>(
        `insert into ticket_signing_keys (id, public_key, private_key_enc) values (?, ?, ?) on conflict (id) do nothing returning id`,
        [id, rawPublicKey(publicKey), this.secrets.seal(der, `ticket-key:${id}`)],
      );
      if (inserted.length) {
        await this.load();
        return id;
      }
    }
  }

  private async ready(): Promise<void> {
    if (!this.loaded) await this.load();
    if (!this.signer) {
      await this.rotate();
    }
  }

  /** The code to put in the QR of a reservation. */
  async issue(bookingId: string, eventId: string, at: Date): Promise<string> {
    await this.ready();
    const body = Buffer.alloc(SIGNED_BYTES);
    body[0] = VERSION;
    body[1] = this.signer!.id;
    uuidBytes(bookingId).copy(body, 2);
    uuidBytes(eventId).copy(body, 18);
    body.writeUInt32BE(Math.floor(at.getTime() / 1000), 34);
    return base45Encode(Buffer.concat([body, sign(null, body, this.signer!.key)]));
  }

  /** Verifies a scanned code; never throws on garbage. */
  async verify(code: string): Promise<Verified> {
    const text = typeof code === 'string' ? code.trim() : '';
    if (!text || text.length > MAX_CODE_CHARS) return { ok: false, reason: 'MALFORMED' };
    const bytes = base45Decode(text);
    if (!bytes || bytes.length !== PAYLOAD_BYTES || bytes[0] !== VERSION) return { ok: false, reason: 'MALFORMED' };
    if (!this.loaded) await this.load();
    let key = this.verifiers.get(bytes[1]);
    if (!key && Date.now() - this.loadedAt > 5_000) {
      await this.load(); // a key made by another process since (at most every 5 s: garbage can't hammer the database)
      key = this.verifiers.get(bytes[1]);
    }
    if (!key) return { ok: false, reason: 'UNKNOWN_KEY' };
    const body = bytes.subarray(0, SIGNED_BYTES);
    if (!verify(null, body, key, bytes.subarray(SIGNED_BYTES))) return { ok: false, reason: 'BAD_SIGNATURE' };
    return { ok: true, claim: { keyId: bytes[1], bookingId: uuidText(body.subarray(2, 18)), eventId: uuidText(body.subarray(18, 34)), issuedAt: new Date(body.readUInt32BE(34) * 1000) } };
  }

  /** The public keys offline scanners verify with (TT3). */
  async publicKeys(): Promise<PublicSigningKey[]> {
    await this.ready();
    return [...this.verifiers].map(([id, k]) => ({ id, publicKey: rawPublicKey(k).toString('base64') }));
  }
}
