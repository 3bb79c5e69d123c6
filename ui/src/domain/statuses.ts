/**
 * The statuses both apps show, with the one tone each gets wherever it is shown.
 * The lists mirror the enums of schema.graphql (a unit test keeps them equal):
 * an app's generated type with a value missing here fails svelte-check.
 */
export const bookingStatuses = ['PRE_RESERVED', 'RESERVED', 'EXPIRED', 'OPPOSED', 'DELETED'] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

export const requirementStates = ['TO_FILL', 'WAITING_VALIDATION', 'TO_CORRECT', 'VALIDATED'] as const;
export type RequirementState = (typeof requirementStates)[number];

/** What a requirement blocks until it is validated (XI1). */
export const extraInfoBlocks = ['PAYMENT', 'ENTRY'] as const;
export type ExtraInfoBlocks = (typeof extraInfoBlocks)[number];

/** A badge's colour (global.css `.badge-<tone>`; every one keeps 4.5:1 on the badge). */
export type BadgeTone = 'neutral' | 'pending' | 'ok' | 'ko';

/**
 * A pre-reservation waits for a payment: highlighted. Expired and deleted ones
 * are over without fault: neutral. Only opposition is an alarm.
 */
export const bookingStatusTone: Record<BookingStatus, BadgeTone> = {
  PRE_RESERVED: 'pending',
  RESERVED: 'ok',
  EXPIRED: 'neutral',
  OPPOSED: 'ko',
  DELETED: 'neutral',
};

/** A missing answer, or one sent back to correct (NT1), blocks the booking; one waiting for the organizer is on its way. */
export const requirementStateTone: Record<RequirementState, BadgeTone> = {
  TO_FILL: 'ko',
  WAITING_VALIDATION: 'neutral',
  TO_CORRECT: 'ko',
  VALIDATED: 'ok',
};
