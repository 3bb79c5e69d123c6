import type { ConsoleTicketPageQuery } from '$lib/gql/graphql';
import type { FormResult } from '$lib/server/run-action';

export type Ticket = NonNullable<ConsoleTicketPageQuery['event']>['tickets'][number];
export type Option = Ticket['options'][number];
export type OptionGroup = Ticket['optionGroups'][number];
export type ExtraInfo = Ticket['extraInfos'][number];

/** The answer of the page's last action, if any (see FormResult). */
export type Result = FormResult | undefined;

/** The answer meant for one form: its name, and its row when the form edits one. */
export function resultFor(result: Result, form: string, id?: string): FormResult | undefined {
  return result?.form === form && result.id === id ? result : undefined;
}

/** Where the page states why structure controls are disabled (TK4, OP3, XI2). */
export const lockedReasonId = 'locked-reason';

/** TT1: the template format the API states (size, types, white zones, example). */
export type { ConsoleTicketTemplateSpecFragment as TemplateSpec } from '$lib/gql/graphql';
