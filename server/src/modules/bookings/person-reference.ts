import type { GraphQLContext } from '../../graphql/context';
import { type User, atLeast, PermissionLevel } from '../../model';

/**
 * SEC4: a reference to a person in an event's records (who wrote or validated an answer, who gave a ticket, who let
 * someone in) resolves only for those who may see that person there: the person themselves and the event's VIEW+
 * organizers (platform admins included). Anyone else gets null, so that a sponsor learns nothing of their guest's
 * account and an attendee nothing of the organizers' accounts.
 */
export async function personFor(
  ctx: GraphQLContext,
  eventId: string,
  person: { id: string } | null | undefined,
): Promise<User | null> {
  const viewer = ctx.viewer?.user;
  if (!person || !viewer) return null;
  if (viewer.id !== person.id && !atLeast(await ctx.loaders.levelOnEvent.load(eventId), PermissionLevel.VIEW))
    return null;
  return ctx.loaders.user.load(person.id);
}

/** The description suffix of such a reference in the schema. */
export const PERSON_SHOWN_TO = 'Shown to that person and the event’s VIEW+ organizers; null for anyone else (SEC4).';
