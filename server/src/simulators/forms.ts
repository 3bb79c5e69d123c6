/**
 * application/x-www-form-urlencoded bodies as the providers really send them: each value is turned into bytes in
 * the message's charset, then percent-encoded byte by byte (space as `+`). Written here, independently of the
 * production payment code, so that the simulators are a second opinion on the wire format.
 */

export type Charset = 'utf-8' | 'windows-1252';
export type FormFields = Array<[name: string, value: string]>;

/** windows-1252 bytes 0x80–0x9F that differ from Latin-1; 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned. */
const CP1252_SPECIALS: Record<number, number> = {
  0x80: 0x20ac, // €
  0x82: 0x201a, // ‚
  0x83: 0x0192, // ƒ
  0x84: 0x201e, // „
  0x85: 0x2026, // …
  0x86: 0x2020, // †
  0x87: 0x2021, // ‡
  0x88: 0x02c6, // ˆ
  0x89: 0x2030, // ‰
  0x8a: 0x0160, // Š
  0x8b: 0x2039, // ‹
  0x8c: 0x0152, // Œ
  0x8e: 0x017d, // Ž
  0x91: 0x2018, // ‘
  0x92: 0x2019, // ’
  0x93: 0x201c, // “
  0x94: 0x201d, // ”
  0x95: 0x2022, // •
  0x96: 0x2013, // –
  0x97: 0x2014, // —
  0x98: 0x02dc, // ˜
  0x99: 0x2122, // ™
  0x9a: 0x0161, // š
  0x9b: 0x203a, // ›
  0x9c: 0x0153, // œ
  0x9e: 0x017e, // ž
  0x9f: 0x0178, // Ÿ
};
const CP1252_BYTE_OF = new Map<number, number>(Object.entries(CP1252_SPECIALS).map(([byte, cp]) => [cp, Number(byte)]));
/** What windows-1252 writes for a character it cannot represent. */
const CP1252_REPLACEMENT = 0x3f; // ?

/**
 * Encodes text in windows-1252. Unassigned bytes decode to the C1 control of the same number (as browsers do), so
 * they encode back to themselves; characters outside the charset become `?`.
 */
export function encodeWindows1252(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const special = CP1252_BYTE_OF.get(cp);
    if (special !== undefined) bytes.push(special);
    else if (cp <= 0xff && !(cp in CP1252_SPECIALS)) bytes.push(cp);
    else bytes.push(CP1252_REPLACEMENT);
  }
  return Buffer.from(bytes);
}

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += String.fromCodePoint(CP1252_SPECIALS[b] ?? b);
  return out;
}

export function encodeText(text: string, charset: Charset): Buffer {
  return charset === 'windows-1252' ? encodeWindows1252(text) : Buffer.from(text, 'utf8');
}

export function decodeText(bytes: Uint8Array, charset: Charset): string {
  return charset === 'windows-1252' ? decodeWindows1252(bytes) : Buffer.from(bytes).toString('utf8');
}

/** Maps a declared charset name (PayPal's `charset` field) to one we speak; Latin-1 is read as its superset. */
export function charsetFromLabel(label: string | undefined): Charset {
  const l = (label ?? '').trim().toLowerCase();
  return l === 'windows-1252' || l === 'cp1252' || l === 'iso-8859-1' || l === 'latin1' ? 'windows-1252' : 'utf-8';
}

const isUnreserved = (b: number) =>
  (b >= 0x30 && b <= 0x39) ||
  (b >= 0x41 && b <= 0x5a) ||
  (b >= 0x61 && b <= 0x7a) ||
  b === 0x2a ||
  b === 0x2d ||
  b === 0x2e ||
  b === 0x5f;

function percentEncode(text: string, charset: Charset): string {
  let out = '';
  for (const b of encodeText(text, charset)) {
    if (isUnreserved(b)) out += String.fromCharCode(b);
    else if (b === 0x20) out += '+';
    else out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** The exact bytes of a form body, fields in the given order. */
export function encodeForm(fields: FormFields, charset: Charset = 'utf-8'): Buffer {
  return Buffer.from(
    fields.map(([k, v]) => `${percentEncode(k, charset)}=${percentEncode(v, charset)}`).join('&'),
    'latin1',
  );
}

function percentDecode(part: string): Buffer {
  const bytes: number[] = [];
  for (let i = 0; i < part.length; i++) {
    const c = part.charCodeAt(i);
    if (c === 0x2b) bytes.push(0x20);
    else if (c === 0x25 && /^[0-9a-fA-F]{2}$/.test(part.slice(i + 1, i + 3))) {
      bytes.push(parseInt(part.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c & 0xff);
  }
  return Buffer.from(bytes);
}

/** Parses a form body (bytes) in the given charset, keeping field order and repeated names. */
export function parseForm(body: Uint8Array, charset: Charset = 'utf-8'): FormFields {
  const text = Buffer.from(body).toString('latin1');
  if (text === '') return [];
  return text
    .split('&')
    .filter((p) => p !== '')
    .map((p) => {
      const eq = p.indexOf('=');
      const [k, v] = eq < 0 ? [p, ''] : [p.slice(0, eq), p.slice(eq + 1)];
      return [decodeText(percentDecode(k), charset), decodeText(percentDecode(v), charset)];
    });
}

/** Name → value, the first occurrence winning. */
export function formRecord(fields: FormFields): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  for (const [k, v] of fields) if (!Object.hasOwn(out, k)) out[k] = v;
  return out;
}
