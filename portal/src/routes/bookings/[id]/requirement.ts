import type { PortalBookingQuery } from '$lib/gql/graphql';

export type Requirement = PortalBookingQuery['booking']['requirements'][number];

const typeNames: Record<string, string> = { 'application/pdf': 'PDF', 'image/png': 'PNG', 'image/jpeg': 'JPEG' };

/** "PDF, PNG" for the accepted MIME types of a FILE requirement. */
export const fileTypeNames = (types: readonly string[]) => types.map((type) => typeNames[type] ?? type).join(', ');

/** Megabytes with at most one decimal, in the visitor's locale. */
export const megabytes = (bytes: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));
