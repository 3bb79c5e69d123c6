/*
 * BK9, CP1: what is left for a ticket, counting its own capacity, the quotas it shares and the event's total. The
 * order — ticket, quotas by id, event — is the places trigger's (Migration20261206100000_quotas), so the friendly
 * check before booking names what the database would name.
 */

/** A counter of places: a capacity (null or absent: unlimited) and what live bookings take of it. */
export interface Places {
  capacity?: number | null;
  placesTaken: number;
}

export type Full = { scope: 'TICKET' } | { scope: 'QUOTA'; quota: string } | { scope: 'EVENT' };

const full = (p: Places) => p.capacity !== null && p.capacity !== undefined && p.placesTaken >= p.capacity;

/** The first counter that has no place left, in the trigger's order, or null when a booking may take one. */
export function firstFull(ticket: Places, quotas: Array<Places & { id: string; name: string }>, event: Places) {
  if (full(ticket)) return { scope: 'TICKET' } as Full;
  const quota = [...quotas].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).find(full);
  if (quota) return { scope: 'QUOTA', quota: quota.name } as Full;
  if (full(event)) return { scope: 'EVENT' } as Full;
  return null;
}

/** Places left for a ticket: the least of what its counters have left; null when none is limited. */
export function placesLeft(ticket: Places, quotas: Places[], event: Places): number | null {
  const limited = [ticket, ...quotas, event].filter((p) => p.capacity !== null && p.capacity !== undefined);
  if (!limited.length) return null;
  return Math.max(0, Math.min(...limited.map((p) => p.capacity! - p.placesTaken)));
}
