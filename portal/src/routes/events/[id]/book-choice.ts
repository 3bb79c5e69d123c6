import { textField, textFields } from '@billetterie/ui';
import type { Ticket } from './eligibility';

/** What the visitor chose on the event page (BK1, BK3), carried from one step of the booking to the next. */
export interface BookChoice {
  ticketId: string;
  /** Ticked options and the chosen option of each group (a group's empty "none" choice is left out). */
  optionIds: string[];
  forGuest: boolean;
  guest: { firstName: string; lastName: string; email: string };
}

export function readBookChoice(data: FormData): BookChoice {
  return {
    ticketId: textField(data, 'ticketId'),
    optionIds: textFields(data, 'optionIds').filter(Boolean),
    forGuest: textField(data, 'for') === 'guest',
    guest: {
      firstName: textField(data, 'guestFirstName'),
      lastName: textField(data, 'guestLastName'),
      email: textField(data, 'guestEmail'),
    },
  };
}

/** Every option a ticket offers, checkboxes and groups' choices, by id. */
function optionsById(ticket: Ticket) {
  const all = [...ticket.options, ...ticket.optionGroups.flatMap((group) => group.options)];
  return new Map(all.map((option) => [option.id, option]));
}

/** The chosen options the ticket really offers, in the ticket's order. */
export function chosenOptions(ticket: Ticket, optionIds: readonly string[]) {
  const byId = optionsById(ticket);
  return [...byId.values()].filter((option) => optionIds.includes(option.id));
}

/** BK5 as the visitor sees it before confirming: ticket + chosen options. The server computes the real price. */
export function priceOf(ticket: Ticket, optionIds: readonly string[]): number {
  return chosenOptions(ticket, optionIds).reduce((sum, option) => sum + option.priceCents, ticket.priceCents);
}

/** BK4: guests are always allowed on OPEN tickets, on RESTRICTED ones only when the ticket says so. */
export function allowsGuests(ticket: Ticket): boolean {
  return ticket.kind === 'OPEN' || ticket.sponsorshipAllowed;
}

export const byPosition = <T extends { position: number }>(list: readonly T[]) =>
  [...list].sort((a, b) => a.position - b.position);
