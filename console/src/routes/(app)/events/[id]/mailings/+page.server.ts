import { randomUUID } from 'node:crypto';
import { redirect } from '@sveltejs/kit';
import {
  checkedField,
  createGraphQLClient,
  failWith,
  outcomeOf,
  queryOrError,
  requireFound,
  textField,
  textFields,
} from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { BookingStatus, MailingDraftInput } from '$lib/gql/graphql';
import { requireLevel } from '$lib/server/require-level';
import { failFields } from '$lib/server/run-action';
import { bookingStatuses, checkedInChoices, liveStatuses, type MailingValues } from './mailing-form';
import type { Actions, PageServerLoad } from './$types';

const EventMailingsQuery = graphql(`
  query ConsoleEventMailings($id: ID!) {
    event(id: $id) {
      id
      tickets {
        id
        name
      }
      mailings {
        id
        subject
        recipientCount
        createdAt
        author {
          fullName
        }
      }
    }
  }
`);

const MailingPreviewQuery = graphql(`
  query ConsoleMailingPreview($eventId: ID!, $input: MailingDraftInput!) {
    mailingPreview(eventId: $eventId, input: $input) {
      recipientCount
      samples {
        language
        subject
        text
      }
    }
  }
`);

const SendMailingMutation = graphql(`
  mutation ConsoleSendMailing($eventId: ID!, $input: MailingDraftInput!, $idempotencyKey: ID!) {
    sendMailing(eventId: $eventId, input: $input, idempotencyKey: $idempotencyKey) {
      id
      recipientCount
    }
  }
`);

/** ML1: only the event's ADMINs write to its attendees. Each visit gets a fresh key for the message it may send. */
export const load: PageServerLoad = async (event) => {
  await requireLevel(event.parent, 'ADMIN');
  const data = await queryOrError(event, EventMailingsQuery, { id: event.params.id });
  const { tickets, mailings } = requireFound(data.event);
  const sentId = event.url.searchParams.get('sent');
  return { tickets, mailings, key: randomUUID(), sent: mailings.find((x) => x.id === sentId) ?? null };
};

/** The form as posted: what the page shows again, and the API's input. */
function readForm(data: FormData): { values: MailingValues; input: MailingDraftInput } {
  const statuses = textFields(data, 'statuses').filter((s): s is BookingStatus =>
    bookingStatuses.includes(s as BookingStatus),
  );
  const checkedIn = checkedInChoices.find((c) => c === textField(data, 'checkedIn')) ?? '';
  const values: MailingValues = {
    ticketId: textField(data, 'ticketId'),
    statuses: statuses.length ? statuses : [...liveStatuses],
    checkedIn,
    includeSponsors: checkedField(data, 'includeSponsors'),
    subject: textField(data, 'subject'),
    body: typeof data.get('body') === 'string' ? String(data.get('body')) : '',
    key: textField(data, 'key'),
  };
  const input: MailingDraftInput = {
    filter: {
      ticketId: values.ticketId || null,
      statuses: values.statuses,
      checkedIn: checkedIn === 'yes' ? true : checkedIn === 'no' ? false : null,
    },
    includeSponsors: values.includeSponsors,
    subject: values.subject,
    body: values.body,
  };
  return { values, input };
}

export const actions = {
  /** Counts the recipients and renders the mail; sends nothing. */
  preview: async (event) => {
    const { values, input } = readForm(await event.request.formData());
    const meta = { form: 'preview', values };
    const outcome = await outcomeOf(
      createGraphQLClient(event).query(MailingPreviewQuery, { eventId: event.params.id, input }),
    );
    if (outcome.error) return failWith(outcome.error, meta);
    return { ...meta, preview: outcome.data.mailingPreview };
  },
  /** Sends, once per key (a form posted twice sends once), then shows the history with what was sent. */
  send: async (event) => {
    const data = await event.request.formData();
    const { values, input } = readForm(data);
    const meta = { form: 'send', values };
    if (!checkedField(data, 'confirm')) return failFields(meta, { confirm: 'REQUIRED' });
    const outcome = await outcomeOf(
      createGraphQLClient(event).mutation(SendMailingMutation, {
        eventId: event.params.id,
        input,
        idempotencyKey: values.key,
      }),
    );
    if (outcome.error) return failWith(outcome.error, meta);
    redirect(303, `${event.url.pathname}?sent=${outcome.data.sendMailing.id}`);
  },
} satisfies Actions;
