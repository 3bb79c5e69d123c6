import { queryOrError, requireFound, textField } from '@billetterie/ui';
import { requireLevel } from '$lib/server/require-level';
import { runMutation } from '$lib/server/run-action';
import {
  CreateLydiaAccount,
  CreatePaypalAccount,
  EventPaymentAccountsQuery,
  SetEventPaymentAccounts,
} from './documents';
import { addFoundLydiaAccount, fetchLydiaBusinesses } from './lydia-actions';
import type { Actions, PageServerLoad } from './$types';

/** PY1: only an event's ADMINs see and choose its payment accounts. */
export const load: PageServerLoad = async (event) => {
  await requireLevel(event.parent, 'ADMIN');
  const data = await queryOrError(event, EventPaymentAccountsQuery, { id: event.params.id });
  return { payments: requireFound(data.event) };
};

export const actions = {
  /** PY1: at most one account of each provider; "none" stops offering it. */
  choose: async (event) => {
    const data = await event.request.formData();
    const variables = {
      eventId: event.params.id,
      paypalAccountId: textField(data, 'paypalAccountId') || null,
      lydiaAccountId: textField(data, 'lydiaAccountId') || null,
    };
    return runMutation(event, SetEventPaymentAccounts, variables, { form: 'choose' });
  },
  /** PY1: never editable afterwards. */
  addPaypal: async (event) => {
    const data = await event.request.formData();
    const input = {
      eventId: event.params.id,
      description: textField(data, 'description'),
      receiverEmail: textField(data, 'receiverEmail'),
    };
    return runMutation(event, CreatePaypalAccount, { input }, { form: 'addPaypal' });
  },
  /** PY1: both tokens typed in; the API checks the pair with Lydia. The private token is not trimmed (a secret). */
  addLydia: async (event) => {
    const data = await event.request.formData();
    const input = {
      eventId: event.params.id,
      description: textField(data, 'description'),
      vendorToken: textField(data, 'vendorToken'),
      privateToken: textField(data, 'privateToken', { trim: false }),
    };
    return runMutation(event, CreateLydiaAccount, { input }, { form: 'addLydia' });
  },
  /** PY4: the business accounts of a Lydia login. */
  lydiaFetch: fetchLydiaBusinesses,
  /** PY4: one of them added, its private token fetched again by the API with the same login. */
  lydiaAdd: addFoundLydiaAccount,
} satisfies Actions;
