import { registerEnumType } from 'type-graphql';

/** PM1: four levels per event, each including the ones below it. */
export enum PermissionLevel {
  VIEW = 'VIEW',
  VALIDATE = 'VALIDATE',
  EDIT = 'EDIT',
  ADMIN = 'ADMIN',
}
registerEnumType(PermissionLevel, {
  name: 'PermissionLevel',
  description: 'SPEC PM1: permission levels on an event, each including the ones before it.',
  valuesConfig: {
    VIEW: { description: 'See the event even when it is a draft, its bookings, lists and exports.' },
    VALIDATE: { description: 'VIEW, plus check people in, validate extra information, mark pre-reservations paid.' },
    EDIT: {
      description:
        'VALIDATE, plus edit the event, tickets, options and extra information; give tickets; delete pre-reservations; oppose reservations.',
    },
    ADMIN: { description: 'EDIT, plus manage permissions and payment accounts, cancel the event.' },
  },
});

export const LEVEL_RANK: Record<PermissionLevel, number> = { VIEW: 1, VALIDATE: 2, EDIT: 3, ADMIN: 4 };

export const atLeast = (level: PermissionLevel | null | undefined, required: PermissionLevel) =>
  !!level && LEVEL_RANK[level] >= LEVEL_RANK[required];

export const highest = (levels: Array<PermissionLevel | null | undefined>): PermissionLevel | null =>
  levels.reduce<PermissionLevel | null>(
    (best, l) => (l && (!best || LEVEL_RANK[l] > LEVEL_RANK[best]) ? l : best),
    null,
  );

export enum GranteeKind {
  USER = 'USER',
  CLUB_BOARD = 'CLUB_BOARD',
  CLUB_MEMBERS = 'CLUB_MEMBERS',
}
registerEnumType(GranteeKind, {
  name: 'GranteeKind',
  description: 'SPEC PM2: who a permission is granted to.',
  valuesConfig: {
    USER: { description: 'One person.' },
    CLUB_BOARD: { description: "The board members of a club, as the club's membership list says at each request." },
    CLUB_MEMBERS: { description: 'Every member of a club (board included).' },
  },
});
