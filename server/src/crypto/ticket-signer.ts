import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import {
  checkTicketCode,
  encodeTicketCode,
  usableKeyId,
  type TicketCheck,
  type TicketClaim,
} from '@billetterie/ticket-code';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { SecretBox } from './secret-box';

/**
 * TT3: the QR payload (version, key id, booking id, event id, issue time, Ed25519 signature of the rest) and its
 * base45 encoding are in @billetterie/ticket-code, which the console's offline scanner uses too. Here: the keys,
 * and Ed25519 with node:crypto.
 */
export type { TicketClaim };
export type Verified = TicketCheck;

interface KeyRow {
  id: number;
  public_key: Buffer;
  private_key_enc: string;
  revoked_at: Date | null;
}

/** Raw 32-byte Ed25519 public key ⇄ KeyObject (SPKI DER = fixed 12-byte prefix + key). */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
export const publicKeyObject = (raw: Buffer) =>
  createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
const rawPublicKey = (k: KeyObject) =>
  (k.export({ format: 'der', type: 'spki' }) as Buffer).subarray(SPKI_PREFIX.length);

export interface PublicSigningKey {
  id: number;
  /** Raw Ed25519 public key, base64. */
  publicKey: string;
}

/**
 * Every process making or looking for a signing key takes this transaction-level advisory lock first, so "is there a
 * key? if not, make one" runs once across processes (the first key is made once, however many processes start
 * signing at the same moment), and rotations never race each other for an id.
 */
export const SIGNING_KEYS_LOCK = 7_354_102_311; // any constant: it names this lock in pg_locks
/** How long a key creation waits for another process's (which holds the lock for a few milliseconds). */
const KEY_LOCK_TIMEOUT = '5s';

/**
 * Signs and verifies ticket codes. Keys live in ticket_signing_keys (private halves sealed with the application
 * key) and are cached here; the newest unrevoked key signs, every unrevoked key verifies.
 */
export class TicketSigner {
  private verifiers = new Map<number, KeyObject>();
  private signer: { id: number; key: KeyObject } | null = null;
  private loaded = false;
  private loadedAt = 0;
  /** Single flight: concurrent callers share one read of the keys, and one creation of the first key. */
  private loading: Promise<void> | null = null;
  private creating: Promise<void> | null = null;

  constructor(
    private readonly fork: () => EntityManager,
    private readonly secrets: SecretBox,
  ) {}

  /** Reads the keys, or joins a read already under way. */
  private load(): Promise<void> {
    return (this.loading ??= this.read().finally(() => (this.loading = null)));
  }

  private async read(): Promise<void> {
    const rows = await this.fork()
      .getConnection()
      .execute<KeyRow[]>(`select id, public_key, private_key_enc, revoked_at from ticket_signing_keys order by id`);
    this.verifiers = new Map(rows.filter((r) => !r.revoked_at).map((r) => [r.id, publicKeyObject(r.public_key)]));
    // A newest key whose codes would begin with a space (made before ids were chosen so) still verifies, but a new
    // key is made to sign (an older key may have been rotated away for a reason).
    const newest = rows.filter((r) => !r.revoked_at).at(-1);
    this.signer =
      newest && usableKeyId(newest.id)
        ? {
            id: newest.id,
            key: createPrivateKey({
              key: Buffer.from(this.secrets.open(newest.private_key_enc, `ticket-key:${newest.id}`), 'base64'),
              format: 'der',
              type: 'pkcs8',
            }),
          }
        : null;
    this.loaded = true;
    this.loadedAt = Date.now();
  }

  /**
   * Under the keys' advisory lock: with `ifNoSigner`, makes a key only when no usable one signs yet (another process
   * may have made it since this one looked); otherwise always (a rotation). Returns the new key's id, or null.
   */
  private async addKey(ifNoSigner: boolean): Promise<number | null> {
    const knex = this.fork().getConnection().getKnex();
    const id = await knex.transaction(async (trx) => {
      await trx.raw(`select set_config('lock_timeout', ?, true)`, [KEY_LOCK_TIMEOUT]);
      await trx.raw(`select pg_advisory_xact_lock(?)`, [SIGNING_KEYS_LOCK]);
      const { rows } = await trx.raw<{ rows: Array<{ id: number; revoked: boolean }> }>(
        `select id, revoked_at is not null as revoked from ticket_signing_keys order by id`,
      );
      const newest = rows.filter((r) => !r.revoked).at(-1);
      if (ifNoSigner && newest && usableKeyId(newest.id)) return null;
      let next = (rows.at(-1)?.id ?? 0) + 1;
      while (next <= 255 && !usableKeyId(next)) next++; // TT3: skip ids whose codes begin with a space, which scanners trim
      if (next > 255) throw new Error('no ticket signing key id left');
      const { publicKey, privateKey } = generateKeyPairSync('ed25519');
      const der = (privateKey.export({ format: 'der', type: 'pkcs8' }) as Buffer).toString('base64');
      await trx.raw(`insert into ticket_signing_keys (id, public_key, private_key_enc) values (?, ?, ?)`, [
        next,
        rawPublicKey(publicKey),
        this.secrets.seal(der, `ticket-key:${next}`),
      ]);
      return next;
    });
    await this.read(); // a fresh read, not one that began before the commit
    return id;
  }

  /** Creates a new signing key (a rotation); returns its id. Concurrent callers get one each, one after the other. */
  async rotate(): Promise<number> {
    return (await this.addKey(false))!;
  }

  /**
   * The keys are loaded and one signs. The first key is made once: the callers of this process share one creation,
   * and the advisory lock makes other processes' creations find it made.
   */
  private async ready(): Promise<void> {
    if (!this.loaded) await this.load();
    if (!this.signer) {
      await (this.creating ??= this.addKey(true)
        .then(() => undefined)
        .finally(() => (this.creating = null)));
    }
  }

  /** The code to put in the QR of a reservation. */
  async issue(bookingId: string, eventId: string, at: Date): Promise<string> {
    await this.ready();
    const { id, key } = this.signer!;
    return encodeTicketCode({ keyId: id, bookingId, eventId, issuedAt: at }, (body) => sign(null, body, key));
  }

  /** Verifies a scanned code; never throws on garbage. */
  async verify(code: string): Promise<Verified> {
    return checkTicketCode(code, {
      // Only reached by a well-formed code: garbage never touches the database.
      key: async (keyId) => {
        if (!this.loaded) await this.load();
        let key = this.verifiers.get(keyId);
        if (!key && Date.now() - this.loadedAt > 5_000) {
          await this.load(); // a key made by another process since (at most every 5 s: garbage can't hammer the database)
          key = this.verifiers.get(keyId);
        }
        return key;
      },
      verify: (signature, body, key) => verify(null, body, key, signature),
    });
  }

  /** The public keys offline scanners verify with (TT3). */
  async publicKeys(): Promise<PublicSigningKey[]> {
    await this.ready();
    return [...this.verifiers].map(([id, k]) => ({ id, publicKey: rawPublicKey(k).toString('base64') }));
  }
}
