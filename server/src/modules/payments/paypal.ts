import { parseAmountCents, postForm } from './provider-http';
import { hasC0Control } from '../../core/text';

/** PayPal's default encoding for IPN messages when `charset` is absent. */
const DEFAULT_CHARSET = 'windows-1252';

export interface ParsedIpn {
  fields: Record<string, string>;
  /** The charset the values were decoded with (the message's own `charset`, when Node knows it). */
  charset: string;
}

function percentDecodeBytes(s: string): Buffer {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2b) out.push(0x20);
    else if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      out.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else out.push(c & 0xff);
  }
  return Buffer.from(out);
}

/**
 * windows-1252's 0x80–0x9F (€ ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ Ž ‘ ’ “ ” • – — ˜ ™ š › œ ž Ÿ). Node 20's TextDecoder
 * decodes them as Latin-1 control characters, so PayPal's default charset is decoded here.
 */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];
const SINGLE_BYTE = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'us-ascii',
  'ascii',
]);

type Decode = (bytes: Buffer) => string;
const cp1252: Decode = (bytes) =>
  String.fromCharCode(...Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b)));

/** A decoder for the message's charset (the WHATWG reading: Latin-1 labels mean windows-1252); unknown → windows-1252. */
function decoderFor(label: string): { charset: string; decode: Decode } {
  if (SINGLE_BYTE.has(label)) return { charset: label, decode: cp1252 };
  try {
    const decoder = new TextDecoder(label);
    return { charset: label, decode: (b) => decoder.decode(b) };
  } catch {
    return { charset: DEFAULT_CHARSET, decode: cp1252 };
  }
}

/** Decodes bytes received in `charset` (as recorded with a message). */
export const decodeIn = (bytes: Buffer, charset: string | null | undefined) =>
  decoderFor((charset ?? 'utf-8').toLowerCase()).decode(bytes);

/**
 * Parses an IPN body (application/x-www-form-urlencoded) honouring the `charset` it declares: values are
 * percent-decoded to bytes, then decoded in that charset (PayPal often sends windows-1252).
 */
export function parseIpn(raw: Buffer): ParsedIpn {
  const pairs = raw
    .toString('latin1')
    .split('&')
    .filter(Boolean)
    .map((p) => {
      const eq = p.indexOf('=');
      return eq < 0 ? [p, ''] : [p.slice(0, eq), p.slice(eq + 1)];
    });
  const declared = pairs.find(([k]) => percentDecodeBytes(k).toString('latin1') === 'charset');
  const { charset, decode } = decoderFor(
    declared ? percentDecodeBytes(declared[1]).toString('latin1').trim().toLowerCase() : DEFAULT_CHARSET,
  );
  const fields: Record<string, string> = {};
  for (const [k, v] of pairs) {
    const key = percentDecodeBytes(k).toString('latin1');
    if (!(key in fields)) fields[key] = decode(percentDecodeBytes(v));
  }
  return { fields, charset };
}

export type VerificationReply = 'VERIFIED' | 'INVALID';

/**
 * PY2: posts `cmd=_notify-validate&` followed by the received bytes, unchanged, back to PayPal.
 * Throws when PayPal can't be reached or answers anything but VERIFIED / INVALID (verify again later).
 */
export async function verifyIpn(
  url: string,
  raw: Buffer,
  timeoutMs: number,
): Promise<{ reply: VerificationReply; body: Buffer }> {
  const res = await postForm(url, Buffer.concat([Buffer.from('cmd=_notify-validate&', 'latin1'), raw]), timeoutMs);
  const text = res.body.toString('latin1').trim();
  if (res.status === 200 && (text === 'VERIFIED' || text === 'INVALID')) return { reply: text, body: res.body };
  throw new Error(`PayPal verification answered HTTP ${res.status}: ${text.slice(0, 100)}`);
}

/** The facts of an IPN the merchant checks (PAYMENTS.md, listener step 4). */
export interface IpnFacts {
  txnId: string | null;
  parentTxnId: string | null;
  status: string | null;
  invoice: string | null;
  custom: string | null;
  amountCents: number | null;
  currency: string | null;
  receivers: string[];
}

/** Control characters (NUL included): never in a value PayPal sends, and refused by PostgreSQL text (SEC3). */

/** The facts, from trusted-shaped values only: a value with control characters counts as absent (the raw bytes stay). */
export function ipnFacts(fields: Record<string, string>): IpnFacts {
  const s = (k: string) => {
    const v = fields[k]?.trim();
    return v && !hasC0Control(v) ? v : null;
  };
  return {
    txnId: s('txn_id'),
    parentTxnId: s('parent_txn_id'),
    status: s('payment_status'),
    invoice: s('invoice'),
    custom: s('custom'),
    amountCents: parseAmountCents(fields.mc_gross),
    currency: s('mc_currency'),
    receivers: [s('receiver_email'), s('business')].filter((x): x is string => !!x).map((x) => x.toLowerCase()),
  };
}
