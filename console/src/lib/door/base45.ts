/**
 * Base45 (RFC 9285) decoding, as the server encodes ticket codes (TT3): the QR's alphanumeric characters,
 * three for every two bytes, two for a last odd byte.
 */
const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const values = new Map([...alphabet].map((char, index) => [char, index]));

/** The bytes, or null when the text is not base45 (a foreign character, a wrong length, a group out of range). */
export function base45Decode(text: string): Uint8Array | null {
	if (text.length % 3 === 1) return null;
	const out: number[] = [];
	for (let i = 0; i < text.length; i += 3) {
		const group = text.slice(i, i + 3);
		const digits = [...group].map((char) => values.get(char));
		if (digits.some((digit) => digit === undefined)) return null;
		const [c, d, e = 0] = digits as number[];
		const n = c + d * 45 + e * 45 * 45;
		if (group.length === 3) {
			if (n > 0xffff) return null;
			out.push(n >> 8, n & 0xff);
		} else {
			if (n > 0xff) return null;
			out.push(n);
		}
	}
	return Uint8Array.from(out);
}
