// Shared operations for the booking management tests: answers (XI3, XI4), payments by hand (BK7),
// opposition (BK8), lists (BK13) and the audit log (BK14).
import { expect } from 'chai';
import type { TestApp } from './app';
import { uploadRequest } from './fixtures';
import type { ApiClient, GraphQLResponse } from './graphql';

/** The first error's code, or undefined when the operation succeeded. */
export const code = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
/** The first error's `extensions.fields`. */
export const fields = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.fields;

export const ANSWER_FIELDS = `id textValue numberValue choiceValue validatedAt validatedBy { email } updatedBy { email }
  file { name mimeType size url } extraInfo { id }`;
const ANSWER = `mutation($b: ID!, $x: ID!, $i: AnswerInput, $file: Upload) {
  answerExtraInfo(bookingId: $b, extraInfoId: $x, input: $i, file: $file) { ${ANSWER_FIELDS} } }`;
export const VALIDATE = `mutation($id: ID!) { validateAnswer(id: $id) { ${ANSWER_FIELDS} } }`;
export const MARK_PAID = `mutation($i: MarkPaidInput!) { markPaid(input: $i) {
  id status reservedAt expiresAt payments { provider method amountCents currency reference } } }`;
export const OPPOSE = `mutation($id: ID!, $r: String!) { opposeBooking(id: $id, reason: $r) { id status live oppositionReason endedAt } }`;
export const DELETE = `mutation($id: ID!) { deletePreReservation(id: $id) { id status } }`;
export const GIVE = `mutation($i: GiveTicketInput!) { giveTicket(input: $i) { id status } }`;
export const BOOKING = `query($id: ID!) { booking(id: $id) {
  id reference status priceCents oppositionReason expiresAt createdAt reservedAt
  payments { provider method amountCents currency reference }
  requirements { state extraInfo { id } answer { ${ANSWER_FIELDS} } } } }`;
export const AUDIT = `query($id: ID!) { booking(id: $id) { auditLog { at action actorName reason details } } }`;
export const PLACES = `query($e: ID!) { event(id: $e) { tickets { id placesTaken } } }`;

/** A non-file answer (TEXT, NUMBER, CHOICE). */
export const answerValue = (c: ApiClient, bookingId: string, extraInfoId: string, input: Record<string, unknown>) =>
  c.request(ANSWER, { b: bookingId, x: extraInfoId, i: input });

/** A FILE answer, sent as a GraphQL multipart request like the portal does. */
export const answerFile = (
  c: ApiClient,
  bookingId: string,
  extraInfoId: string,
  file: { name: string; type: string; data: Buffer },
) => uploadRequest(c, ANSWER, { b: bookingId, x: extraInfoId }, 'file', file);

/** A small but real PDF: file-type recognises it by its content. */
export const pdf = (body = 'Certificat') =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${body}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );

/** A booking as its holder or an admin sees it, requirements keyed by extra information id. */
export async function readBooking(c: ApiClient, id: string) {
  const b = (await c.data(BOOKING, { id })).booking;
  const byInfo = Object.fromEntries(b.requirements.map((r: any) => [r.extraInfo.id, r]));
  return { ...b, byInfo } as typeof b & { byInfo: Record<string, any> };
}

export async function placesTaken(c: ApiClient, eventId: string, ticketId: string): Promise<number> {
  const tickets = (await c.data(PLACES, { e: eventId })).event.tickets as Array<{ id: string; placesTaken: number }>;
  return tickets.find((x) => x.id === ticketId)!.placesTaken;
}

/** Direct SQL on the test database, to look behind the API (and to prove PostgreSQL guards). */
export const sql = (t: TestApp) => t.app.db.orm.em.fork().getConnection();

/** Polls `check` until it returns a truthy value, or fails after `timeoutMs`. */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined | null | false>,
  timeoutMs = 15_000,
  everyMs = 250,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > until) expect.fail(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
