import { base64Bytes, checkTicketCode, type TicketClaim } from '@billetterie/ticket-code';
import { verifyAsync } from '@noble/ed25519';

/**
 * TT3: the layout, base45 and the order of the checks are @billetterie/ticket-code's, the same code as the
 * server's; the browser brings Ed25519 (@noble/ed25519).
 */
export type { TicketClaim };

/**
 * The claim when the code is ours, signed by one of `publicKeys` (raw 32-byte Ed25519 keys, base64, by id);
 * null for anything forged, altered, truncated or signed by an unknown key. Never throws.
 */
export async function verifyTicketCode(
  code: string,
  publicKeys: { id: number; publicKey: string }[],
): Promise<TicketClaim | null> {
  const checked = await checkTicketCode(code, {
    key: (keyId) => {
      const key = publicKeys.find((candidate) => candidate.id === keyId);
      return (key && base64Bytes(key.publicKey)) ?? undefined;
    },
    verify: (signature, message, key) => verifyAsync(signature, message, key),
  });
  return checked.ok ? checked.claim : null;
}
