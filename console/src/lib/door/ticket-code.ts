import { verifyAsync } from '@noble/ed25519';
import { base45Decode } from './base45';

/**
 * TT3: a ticket's QR code is 102 bytes in base45 (153 characters):
 *   [0] version = 1 · [1] key id · [2..17] booking id · [18..33] event id · [34..37] issued at (Unix seconds,
 *   big-endian) · [38..101] Ed25519 signature of bytes 0..37.
 */
const version = 1;
const signedBytes = 38;
const payloadBytes = signedBytes + 64;
/** Anything longer is not one of ours (the server refuses it unread too). */
const maxCodeChars = 200;

export interface TicketClaim {
	keyId: number;
	bookingId: string;
	eventId: string;
	issuedAt: Date;
	/** Bytes 0..37, the signed part. */
	body: Uint8Array;
	signature: Uint8Array;
}

function uuidOf(bytes: Uint8Array): string {
	const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The code's fields, unverified; null when it is not shaped like one of our codes. */
export function parseTicketCode(code: string): TicketClaim | null {
	const text = code.trim();
	if (!text || text.length > maxCodeChars) return null;
	const bytes = base45Decode(text);
	if (!bytes || bytes.length !== payloadBytes || bytes[0] !== version) return null;
	const issued = new DataView(bytes.buffer, bytes.byteOffset + 34, 4).getUint32(0, false);
	return {
		keyId: bytes[1],
		bookingId: uuidOf(bytes.subarray(2, 18)),
		eventId: uuidOf(bytes.subarray(18, 34)),
		issuedAt: new Date(issued * 1000),
		body: bytes.slice(0, signedBytes),
		signature: bytes.slice(signedBytes)
	};
}

export function base64ToBytes(text: string): Uint8Array {
	const binary = atob(text);
	return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/**
 * The claim when the code is ours, signed by one of `publicKeys` (raw 32-byte Ed25519 keys, base64, by id);
 * null for anything forged, altered, truncated or signed by an unknown key. Never throws.
 */
export async function verifyTicketCode(code: string, publicKeys: { id: number; publicKey: string }[]): Promise<TicketClaim | null> {
	const claim = parseTicketCode(code);
	if (!claim) return null;
	const key = publicKeys.find((candidate) => candidate.id === claim.keyId);
	if (!key) return null;
	try {
		return (await verifyAsync(claim.signature, claim.body, base64ToBytes(key.publicKey))) ? claim : null;
	} catch {
		return null;
	}
}
