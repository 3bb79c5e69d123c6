// EX1, EX2: exports of a booking list, shared by the list pages' load and action (server)
// and the progress panel's polling (browser).
import { graphql } from '$lib/gql';
import type { BookingStatus, ExportFormat, ExportStatus } from '$lib/gql/graphql';

/** What the list pages show of an export: its progress, its file, who asked and with which filter. */
export const BookingExportFields = graphql(`
  fragment ConsoleBookingExport on BookingExport {
    id
    format
    status
    rowsDone
    rowsTotal
    fileName
    fileSize
    downloadUrl
    error
    filter
    createdAt
    finishedAt
    expiresAt
    requestedBy {
      id
      fullName
    }
  }
`);

/** Polled every second by the progress panel while the export waits or runs. */
export const BookingExportQuery = graphql(`
  query ConsoleBookingExport($id: ID!) {
    bookingExport(id: $id) {
      ...ConsoleBookingExport
    }
  }
`);

export const RequestExportMutation = graphql(`
  mutation ConsoleRequestExport($eventId: ID!, $format: ExportFormat!, $filter: BookingFilter) {
    requestExport(eventId: $eventId, format: $format, filter: $filter) {
      id
      status
    }
  }
`);

/** The door list first: it is what most organizers want on the day. */
export const exportFormats = ['PDF', 'XLSX', 'ZIP', 'TAR_GZ'] as const satisfies readonly ExportFormat[];

export const defaultExportFormat: ExportFormat = 'XLSX';

export function isExportFormat(value: string): value is ExportFormat {
  return (exportFormats as readonly string[]).includes(value);
}

/** Still to be written: the page polls it (with JavaScript) or offers to reload (without). */
export function isExportActive(status: ExportStatus): boolean {
  return status === 'QUEUED' || status === 'RUNNING';
}

/** The URL query parameter naming the export whose progress the list page shows. */
export const exportParam = 'export';

/** The anchor of the progress panel, where the page lands after asking for an export. */
export const exportProgressAnchor = 'export-progress';

/** A file size for people: "512 o", "12,3 ko", "4,1 Mo" (French units, "B, kB, MB" in English). */
export function formatFileSize(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** The filter an export was made with (`BookingExport.filter`, a JSON text), as far as the page shows it. */
export interface ExportFilter {
  statuses: BookingStatus[];
  search: string | null;
  ticketId: string | null;
  answersPending: boolean;
}

export function parseExportFilter(text: string): ExportFilter {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    // Shown as the default filter: the export itself stays listed.
  }
  return {
    statuses: Array.isArray(raw.statuses) ? (raw.statuses.filter((s) => typeof s === 'string') as BookingStatus[]) : [],
    search: typeof raw.search === 'string' && raw.search ? raw.search : null,
    ticketId: typeof raw.ticketId === 'string' && raw.ticketId ? raw.ticketId : null,
    answersPending: raw.answersPending === true,
  };
}
