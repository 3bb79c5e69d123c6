import type { CheckInMethod, CheckInStatus, ConsoleDoorResultFragment } from '$lib/gql/graphql';

/**
 * TT4: what the result panel shows, whether the answer came from the API (online scan, list, form action,
 * synchronization) or was computed in the browser from the offline kit.
 */
export interface DoorResult {
  status: CheckInStatus;
  bookingId: string | null;
  holderName: string | null;
  reference: string | null;
  ticketName: string | null;
  options: string[];
  /** OPPOSED: why (online only: the kit has no reasons). */
  oppositionReason: string | null;
  /** ENTRY_BLOCKED: the extra information still to be validated. */
  blockedBy: string[];
  /** OK: this check-in; ALREADY_CHECKED_IN: the first one. */
  checkIn: DoorCheckIn | null;
  /** Computed in the browser from the downloaded list. */
  offline: boolean;
  /** Offline NOT_PAID: the code is genuine but its booking is not among the kit's reservations. */
  notInKit: boolean;
  /** When this result was shown: the same status twice in a row is still a new result. */
  shownAt: string;
}

export interface DoorCheckIn {
  at: string;
  /** Who let them in; null when unknown (offline kit) or the account is gone. */
  by: string | null;
  device: string | null;
  method: CheckInMethod | null;
  /** Offline: recorded by this browser (not synchronized, or synchronized since). */
  local: boolean;
}

export const refusedStatuses: CheckInStatus[] = ['OPPOSED', 'NOT_PAID', 'OTHER_EVENT', 'ENTRY_BLOCKED', 'INVALID_CODE'];

/** The panel's content from an API answer (checkIn or one of syncCheckIns). */
export function resultFromApi(answer: ConsoleDoorResultFragment): DoorResult {
  const { booking, checkIn } = answer;
  const by = checkIn?.checkedInBy ? `${checkIn.checkedInBy.firstName} ${checkIn.checkedInBy.lastName}`.trim() : null;
  return {
    status: answer.status,
    bookingId: booking?.id ?? null,
    holderName: booking?.holder.fullName ?? null,
    reference: booking?.reference ?? null,
    ticketName: booking?.ticket.name ?? null,
    options: booking?.options.map((option) => option.name) ?? [],
    oppositionReason: booking?.oppositionReason ?? null,
    blockedBy: answer.blockedBy.map((info) => info.label),
    checkIn: checkIn
      ? { at: checkIn.checkedInAt, by, device: checkIn.device ?? null, method: checkIn.method, local: false }
      : null,
    offline: false,
    notInKit: false,
    shownAt: new Date().toISOString(),
  };
}
