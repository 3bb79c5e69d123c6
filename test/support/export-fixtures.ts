import { expect } from 'chai';
import { eventually } from './booking-fixtures';
import type { ApiClient } from './graphql';

export const REQUEST_EXPORT = `mutation($e: ID!, $f: ExportFormat!, $filter: BookingFilter) { requestExport(eventId: $e, format: $f, filter: $filter) { id status } }`;
export const EXPORT_STATE = `query($id: ID!) { bookingExport(id: $id) { id status rowsDone rowsTotal fileName fileSize downloadUrl error requestedBy { email } filter } }`;

export interface FinishedExport {
  id: string;
  status: string;
  rowsDone: number;
  rowsTotal: number;
  fileName: string;
  fileSize: number;
  downloadUrl: string;
  error: string | null;
  requestedBy: { email: string };
  /** The list's filter, as JSON text. */
  filter: string;
}

/** Requests an export of the event as `c`, waits for it to end, and checks it ended DONE. */
export async function finishedExport(
  c: ApiClient,
  eventId: string,
  format: string,
  filter?: Record<string, unknown>,
): Promise<FinishedExport> {
  const { id } = (await c.data(REQUEST_EXPORT, { e: eventId, f: format, filter })).requestExport;
  const done = await eventually(
    `export ${format} done`,
    async () => {
      const s = (await c.data(EXPORT_STATE, { id })).bookingExport;
      return s.status === 'DONE' || s.status === 'FAILED' ? (s as FinishedExport) : null;
    },
    60_000,
  );
  expect(done.status, done.error ?? undefined).to.equal('DONE');
  return done;
}
