import { redirect } from '@sveltejs/kit';
import {
  createGraphQLClient,
  failWith,
  outcomeOf,
  queryOrError,
  requireFound,
  textField,
  uploadGraphQL,
} from '@billetterie/ui';
import { print } from 'graphql';
import { resolve } from '$app/paths';
import { graphql } from '$lib/gql';
import { requireLevel } from '$lib/server/require-level';
import { readExtraInfoInput, readOptionGroupInput, readOptionInput } from '$lib/server/read-ticket-parts';
import { readTicketInput } from '$lib/server/read-ticket';
import { failFields, idAction, runMutation } from '$lib/server/run-action';
import * as documents from './documents';
import type { Actions, PageServerLoad } from './$types';

const TicketPageQuery = graphql(`
  query ConsoleTicketPage($id: ID!) {
    event(id: $id) {
      id
      tickets {
        id
        kind
        name
        description
        priceCents
        capacity
        salesOpenAt
        salesCloseAt
        sponsorshipAllowed
        pendingGuestsPerSponsor
        position
        locked
        templateUrl
        restrictedToSchools {
          id
        }
        restrictedToClassYears
        restrictedToAssociations {
          id
        }
        ...SharedTicketOptions
        extraInfos {
          id
          label
          help
          type
          blocks
          numberMin
          numberMax
          choices
          fileTypes
          fileMaxBytes
          position
        }
      }
    }
    ...ConsoleRestrictionChoices
    ticketTemplateSpec {
      ...ConsoleTicketTemplateSpec
    }
  }
`);

// The contract has no ticket(id) query: the ticket is read through its event.
export const load: PageServerLoad = async (event) => {
  await requireLevel(event.parent, 'EDIT');
  const data = await queryOrError(event, TicketPageQuery, { id: event.params.id });
  const ticket = requireFound(data.event?.tickets.find((t) => t.id === event.params.ticketId));
  return { ticket, schools: data.schools, associations: data.associations, templateSpec: data.ticketTemplateSpec };
};

const length = (list: unknown[]) => list.length;

export const actions = {
  updateTicket: async (event) => {
    const data = await event.request.formData();
    const { input, fields } = readTicketInput(data);
    const meta = { form: 'updateTicket' };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    const position = input.position ?? 0;
    const variables = { id: event.params.ticketId, input: { ...input, position } };
    return runMutation(event, documents.UpdateTicket, variables, meta);
  },
  deleteTicket: async (event) => {
    const outcome = await outcomeOf(
      createGraphQLClient(event).mutation(documents.DeleteTicket, { id: event.params.ticketId }),
    );
    if (outcome.error) return failWith(outcome.error, { form: 'deleteTicket' });
    redirect(303, resolve(`/events/${event.params.id}/tickets`));
  },

  createOption: async (event) => {
    const { input, fields } = readOptionInput(await event.request.formData());
    const meta = { form: 'createOption' };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    return runMutation(event, documents.CreateOption, { ticketId: event.params.ticketId, input }, meta);
  },
  updateOption: async (event) => {
    const data = await event.request.formData();
    const { input, fields } = readOptionInput(data);
    const meta = { form: 'updateOption', id: textField(data, 'id') };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    return runMutation(event, documents.UpdateOption, { id: meta.id, input }, meta);
  },
  deleteOption: idAction('deleteOption', documents.DeleteOption),
  copyOption: idAction('copyOption', documents.CopyOption, (d) => length(d.copyOptionToAllTickets)),

  createGroup: async (event) => {
    const { input, fields } = readOptionGroupInput(await event.request.formData());
    const meta = { form: 'createGroup' };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    return runMutation(event, documents.CreateOptionGroup, { ticketId: event.params.ticketId, input }, meta);
  },
  updateGroup: async (event) => {
    const data = await event.request.formData();
    const { input, fields } = readOptionGroupInput(data);
    const meta = { form: 'updateGroup', id: textField(data, 'id') };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    return runMutation(event, documents.UpdateOptionGroup, { id: meta.id, input }, meta);
  },
  deleteGroup: idAction('deleteGroup', documents.DeleteOptionGroup),
  copyGroup: idAction('copyGroup', documents.CopyOptionGroup, (d) => length(d.copyOptionGroupToAllTickets)),

  createExtra: async (event) => {
    const { input, fields } = readExtraInfoInput(await event.request.formData());
    const meta = { form: 'createExtra' };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    return runMutation(event, documents.CreateExtraInfo, { ticketId: event.params.ticketId, input }, meta);
  },
  updateExtra: async (event) => {
    const data = await event.request.formData();
    const { input, fields } = readExtraInfoInput(data);
    const meta = { form: 'updateExtra', id: textField(data, 'id') };
    if (Object.keys(fields).length > 0) return failFields(meta, fields);
    const { type: _type, position, ...rest } = input;
    const variables = { id: meta.id, input: { ...rest, position: position ?? 0 } };
    return runMutation(event, documents.UpdateExtraInfo, variables, meta);
  },
  deleteExtra: idAction('deleteExtra', documents.DeleteExtraInfo),
  copyExtra: idAction('copyExtra', documents.CopyExtraInfo, (d) => length(d.copyExtraInfoToAllTickets)),

  /** TT1: the file goes to the API as a multipart request, as the event's cover does. */
  setTemplate: async (event) => {
    const file = (await event.request.formData()).get('file');
    const meta = { form: 'setTemplate' };
    if (!(file instanceof File) || file.size === 0) return failFields(meta, { file: 'REQUIRED' });
    const outcome = await uploadGraphQL({
      event,
      query: print(documents.SetTicketTemplate),
      variables: { ticketId: event.params.ticketId },
      files: { file },
    });
    if (outcome.error) return failWith(outcome.error, meta);
    return meta;
  },
  removeTemplate: (event) =>
    runMutation(event, documents.RemoveTicketTemplate, { ticketId: event.params.ticketId }, { form: 'removeTemplate' }),
} satisfies Actions;
