// The signed ticket code (TT3), shared by the server (signs, verifies at the door) and the console (verifies offline).
export { base45Decode, base45Encode } from './base45';
export {
  MAX_CODE_CHARS,
  PAYLOAD_BYTES,
  SIGNATURE_BYTES,
  SIGNED_BYTES,
  TICKET_CODE_VERSION,
  readTicketPayload,
  ticketBody,
  ticketPayload,
  type TicketClaim,
  type TicketPayload,
} from './layout';
export {
  base64Bytes,
  checkTicketCode,
  encodeTicketCode,
  parseTicketCode,
  usableKeyId,
  type SignatureCheck,
  type TicketCheck,
} from './code';
