import { m } from '$lib/paraglide/messages.js';

/** The ticket's own settings, each edited by one section of its page (TK1–TK3, BK3, BK11). */
export const TICKET_PARTS = ['general', 'price', 'sales', 'eligibility'] as const;
export type TicketPart = (typeof TICKET_PARTS)[number];

/** The form fields of each part: a section's form sends these, the action keeps every other as it is. */
export const TICKET_PART_FIELDS: Record<TicketPart, readonly string[]> = {
  general: ['name', 'description', 'position'],
  price: ['priceEuros', 'capacity'],
  sales: ['salesOpenAt', 'salesCloseAt'],
  eligibility: ['schoolIds', 'classYears', 'associationIds', 'sponsorshipAllowed', 'pendingGuestsPerSponsor'],
};

/**
 * Issue 15: a ticket's page in sections that each fit a screen, one sub-page per section (plain links: the navigation
 * works without JavaScript). `path` is the sub-page under the ticket ('' for the first).
 */
export const TICKET_SECTIONS = [
  { id: 'general', path: '', label: () => m.ticket_section_general() },
  { id: 'price', path: 'price', label: () => m.ticket_section_price() },
  { id: 'sales', path: 'sales', label: () => m.ticket_section_sales() },
  { id: 'eligibility', path: 'eligibility', label: () => m.ticket_section_eligibility() },
  { id: 'options', path: 'options', label: () => m.ticket_section_options() },
  { id: 'groups', path: 'groups', label: () => m.ticket_section_groups() },
  { id: 'extras', path: 'extras', label: () => m.ticket_section_extras() },
  { id: 'template', path: 'template', label: () => m.ticket_section_template() },
] as const;
export type TicketSection = (typeof TICKET_SECTIONS)[number]['id'];
