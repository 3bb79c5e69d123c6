import type { ConsoleDoorKitQuery, ConsoleDoorResultFragment } from '$lib/gql/graphql';
import { resultFromApi, type DoorResult } from './result';
import { verifyTicketCode } from './ticket-code';

/**
 * TT3, TT4: the offline scanner. The kit (public keys, reservations, revocation list) is kept in localStorage,
 * one per event; codes are verified in the browser and accepted scans recorded there until they are
 * synchronized with `syncCheckIns`.
 */
export type DoorKit = ConsoleDoorKitQuery['checkInKit'];

export interface StoredKit {
  kit: DoorKit;
  /** When this browser downloaded it (its own clock). */
  downloadedAt: string;
}

/** A scan this browser let in without the network. */
export interface LocalScan {
  bookingId: string;
  scannedAt: string;
  device: string | null;
  /** Sent to the server (whatever its answer); kept to refuse a second scan until the kit is reloaded. */
  synced: boolean;
}

/** A synchronized scan the server did not accept as this scanner's check-in. */
export interface SyncConflict {
  scannedAt: string;
  device: string | null;
  result: DoorResult;
}

export interface DoorStore {
  kit: StoredKit | null;
  scans: LocalScan[];
  conflicts: SyncConflict[];
  offline: boolean;
}

const prefix = 'billetterie.door';
const key = (eventId: string, what: string) => `${prefix}.${eventId}.${what}`;
export const deviceKey = `${prefix}.device`;
export const defaultDevice = 'Scanner';

function read<T>(name: string, fallback: T): T {
  try {
    const text = localStorage.getItem(name);
    return text === null ? fallback : (JSON.parse(text) as T);
  } catch {
    return fallback;
  }
}

/** False when the browser refused (storage full, disabled): the page says so. */
function write(name: string, value: unknown): boolean {
  try {
    if (value === null) localStorage.removeItem(name);
    else localStorage.setItem(name, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

export function loadStore(eventId: string): DoorStore {
  return {
    kit: read<StoredKit | null>(key(eventId, 'kit'), null),
    scans: read<LocalScan[]>(key(eventId, 'scans'), []),
    conflicts: read<SyncConflict[]>(key(eventId, 'conflicts'), []),
    offline: read<boolean>(key(eventId, 'offline'), false),
  };
}

export function saveKit(eventId: string, kit: StoredKit | null): boolean {
  return write(key(eventId, 'kit'), kit);
}

export function saveScans(eventId: string, scans: LocalScan[]): boolean {
  return write(key(eventId, 'scans'), scans);
}

export function saveConflicts(eventId: string, conflicts: SyncConflict[]): boolean {
  return write(key(eventId, 'conflicts'), conflicts);
}

export function saveOffline(eventId: string, offline: boolean): boolean {
  return write(key(eventId, 'offline'), offline);
}

export function loadDevice(): string {
  try {
    return localStorage.getItem(deviceKey) ?? defaultDevice;
  } catch {
    return defaultDevice;
  }
}

export function saveDevice(device: string): void {
  try {
    localStorage.setItem(deviceKey, device);
  } catch {
    // Not kept: the field still holds it for this page.
  }
}

/** A fresh kit already knows every check-in synchronized before it: only pending scans are kept. */
export function scansAfterReload(scans: LocalScan[]): LocalScan[] {
  return scans.filter((scan) => !scan.synced);
}

function blank(status: DoorResult['status']): DoorResult {
  return {
    status,
    bookingId: null,
    holderName: null,
    reference: null,
    ticketName: null,
    options: [],
    oppositionReason: null,
    blockedBy: [],
    checkIn: null,
    offline: true,
    notInKit: false,
    shownAt: new Date().toISOString(),
  };
}

/**
 * What the server would say, from the kit and this browser's scans, in the server's order: a genuine code of
 * this event, not revoked, a reservation, not in yet, nothing blocking entry. `scan` is set when it lets them in.
 */
export async function checkLocally(
  code: string,
  kit: DoorKit,
  scans: LocalScan[],
  device: string | null,
  now = new Date(),
): Promise<{ result: DoorResult; scan?: LocalScan }> {
  const claim = await verifyTicketCode(code, kit.publicKeys);
  if (!claim) return { result: blank('INVALID_CODE') };
  if (claim.eventId !== kit.eventId) return { result: blank('OTHER_EVENT') };
  if (kit.revokedBookingIds.includes(claim.bookingId))
    return { result: { ...blank('OPPOSED'), bookingId: claim.bookingId } };
  const booking = kit.bookings.find((candidate) => candidate.id === claim.bookingId);
  if (!booking) return { result: { ...blank('NOT_PAID'), bookingId: claim.bookingId, notInKit: true } };
  const known: DoorResult = {
    ...blank('OK'),
    bookingId: booking.id,
    holderName: booking.holderName,
    reference: booking.reference,
    ticketName: booking.ticketName,
    options: booking.options,
  };
  const local = scans.find((scan) => scan.bookingId === booking.id);
  if (local) {
    const checkIn = { at: local.scannedAt, by: null, device: local.device, method: 'OFFLINE' as const, local: true };
    return { result: { ...known, status: 'ALREADY_CHECKED_IN', checkIn } };
  }
  if (booking.checkedInAt) {
    const checkIn = { at: booking.checkedInAt, by: null, device: null, method: null, local: false };
    return { result: { ...known, status: 'ALREADY_CHECKED_IN', checkIn } };
  }
  if (booking.blockedBy.length) return { result: { ...known, status: 'ENTRY_BLOCKED', blockedBy: booking.blockedBy } };
  const scan: LocalScan = { bookingId: booking.id, scannedAt: now.toISOString(), device, synced: false };
  const checkIn = { at: scan.scannedAt, by: null, device, method: 'OFFLINE' as const, local: true };
  return { result: { ...known, checkIn }, scan };
}

/** The server's answer to one of our own scans, sent again (an earlier sync whose answer was lost). */
function isOwn(sent: LocalScan, answer: ConsoleDoorResultFragment): boolean {
  const checkIn = answer.checkIn;
  return (
    answer.status === 'ALREADY_CHECKED_IN' &&
    checkIn?.method === 'OFFLINE' &&
    (checkIn.device ?? null) === sent.device &&
    Date.parse(checkIn.checkedInAt) === Date.parse(sent.scannedAt)
  );
}

/**
 * Applies syncCheckIns' answers (one per sent scan, in order): the sent scans become synced; those the server
 * did not take as ours (someone else let them in first, or a refusal) become conflicts to show.
 */
export function applySync(
  scans: LocalScan[],
  sent: LocalScan[],
  answers: ConsoleDoorResultFragment[],
): { scans: LocalScan[]; conflicts: SyncConflict[]; accepted: number } {
  const id = (scan: LocalScan) => `${scan.bookingId} ${scan.scannedAt}`;
  const done = new Set(sent.map(id));
  const conflicts: SyncConflict[] = [];
  let accepted = 0;
  sent.forEach((scan, index) => {
    const answer = answers[index];
    if (!answer) {
      done.delete(id(scan));
      return;
    }
    if (answer.status === 'OK' || isOwn(scan, answer)) accepted += 1;
    else conflicts.push({ scannedAt: scan.scannedAt, device: scan.device, result: resultFromApi(answer) });
  });
  return { scans: scans.map((scan) => (done.has(id(scan)) ? { ...scan, synced: true } : scan)), conflicts, accepted };
}
