// Shared set-up for booking tests: an event with tickets created through the API by its board member.
import type { TestApp } from './app';
import { idOf } from './fixtures';
import type { ApiClient } from './graphql';

const day = 24 * 3600 * 1000;

export const eventInput = (clubId: string, over: Record<string, unknown> = {}) => ({
  clubId,
  name: 'Gala',
  description: 'Une **belle** soirée',
  location: 'Toulouse',
  startsAt: new Date(Date.now() + 30 * day).toISOString(),
  endsAt: new Date(Date.now() + 30 * day + 6 * 3600 * 1000).toISOString(),
  visibility: 'PUBLIC',
  contactEmail: 'gala@example.org',
  sponsorshipLimit: 2,
  paymentDeadlineHours: 48,
  showPlacesLeft: true,
  ...over,
});

export const openTicket = (over: Record<string, unknown> = {}) => ({
  kind: 'OPEN',
  name: 'Entrée',
  description: '',
  priceCents: 1500,
  capacity: 100,
  sponsorshipAllowed: false,
  schoolIds: [],
  classYears: [],
  associationIds: [],
  ...over,
});

export const BOOKING_FIELDS = `id reference status priceCents live isGuest expiresAt reservedAt oppositionReason
  holder { fullName email hasAccount } sponsor { email } options { name priceCents option { id } group { id } }
  ticket { id } event { id }`;
export const BOOK = `mutation($i: BookInput!) { book(input: $i) { ${BOOKING_FIELDS} } }`;

/** An organizer's event, made through the API by bureau@ (board of net7), with helpers to add to it. */
export async function organizerEvent(t: TestApp, over: Record<string, unknown> = {}) {
  const board = await t.signedIn('bureau@example.org');
  const net7 = await idOf(t, 'club', 'net7');
  const eventId: string = (
    await board.data(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, { i: eventInput(net7, over) })
  ).createEvent.id;
  return {
    board,
    eventId,
    async ticket(fields: Record<string, unknown> = {}): Promise<string> {
      return (
        await board.data(`mutation($e: ID!, $i: CreateTicketInput!) { createTicket(eventId: $e, input: $i) { id } }`, {
          e: eventId,
          i: openTicket(fields),
        })
      ).createTicket.id;
    },
    async option(ticketId: string, name: string, priceCents: number): Promise<string> {
      return (
        await board.data(`mutation($t: ID!, $i: OptionInput!) { createOption(ticketId: $t, input: $i) { id } }`, {
          t: ticketId,
          i: { name, description: '', priceCents },
        })
      ).createOption.id;
    },
    async group(
      ticketId: string,
      name: string,
      choices: Array<[string, number]>,
    ): Promise<{ id: string; options: string[] }> {
      const res = await board.data(
        `mutation($t: ID!, $i: OptionGroupInput!) { createOptionGroup(ticketId: $t, input: $i) { id options { id } } }`,
        {
          t: ticketId,
          i: { name, description: '', options: choices.map(([n, p]) => ({ name: n, description: '', priceCents: p })) },
        },
      );
      return { id: res.createOptionGroup.id, options: res.createOptionGroup.options.map((o: { id: string }) => o.id) };
    },
    async extraInfo(ticketId: string, input: Record<string, unknown>): Promise<string> {
      return (
        await board.data(
          `mutation($t: ID!, $i: CreateExtraInfoInput!) { createExtraInfo(ticketId: $t, input: $i) { id } }`,
          { t: ticketId, i: { help: '', ...input } },
        )
      ).createExtraInfo.id;
    },
    async grant(level: string, userEmail: string) {
      await board.data(
        `mutation($e: ID!, $i: GrantPermissionInput!) { grantPermission(eventId: $e, input: $i) { id } }`,
        { e: eventId, i: { level, granteeKind: 'USER', userEmail } },
      );
    },
  };
}

export const book = (
  c: ApiClient,
  ticketId: string,
  optionIds: string[] = [],
  guest?: { firstName: string; lastName: string; email: string },
) => c.request(BOOK, { i: { ticketId, optionIds, guest } });
