import { queryOrError, requireFound, textField } from '@billetterie/ui';
import { graphql } from '$lib/gql';
import type { GranteeKind, GrantPermissionInput, PermissionLevel } from '$lib/gql/graphql';
import { requireLevel } from '$lib/server/require-level';
import { idAction, runMutation } from '$lib/server/run-action';
import type { Actions, PageServerLoad } from './$types';

const EventAdminsQuery = graphql(`
  query ConsoleEventAdmins($id: ID!) {
    event(id: $id) {
      id
      admins {
        level
        user {
          id
          fullName
          email
        }
        sources {
          source
          level
          club {
            id
            name
          }
        }
      }
      grants {
        id
        level
        granteeKind
        createdAt
        user {
          id
          fullName
          email
        }
        club {
          id
          name
        }
      }
    }
    clubs {
      id
      name
    }
  }
`);

const GrantPermissionMutation = graphql(`
  mutation ConsoleGrantPermission($eventId: ID!, $input: GrantPermissionInput!) {
    grantPermission(eventId: $eventId, input: $input) {
      id
    }
  }
`);

const RevokePermissionMutation = graphql(`
  mutation ConsoleRevokePermission($id: ID!) {
    revokePermission(id: $id)
  }
`);

/** PM2: only ADMINs see and change who has access. */
export const load: PageServerLoad = async (event) => {
  await requireLevel(event.parent, 'ADMIN');
  const data = await queryOrError(event, EventAdminsQuery, { id: event.params.id });
  const { admins, grants } = requireFound(data.event);
  return { admins, grants, clubs: data.clubs };
};

export const actions = {
  grant: async (event) => {
    const data = await event.request.formData();
    const granteeKind = textField(data, 'granteeKind') as GranteeKind;
    const input: GrantPermissionInput = {
      level: textField(data, 'level') as PermissionLevel,
      granteeKind,
    };
    // Only the field of the chosen kind is sent: the other may hold a stale choice.
    if (granteeKind === 'USER') input.userEmail = textField(data, 'userEmail');
    else input.clubId = textField(data, 'clubId') || null;
    return runMutation(event, GrantPermissionMutation, { eventId: event.params.id, input }, { form: 'grant' });
  },
  revoke: idAction('revoke', RevokePermissionMutation),
} satisfies Actions;
