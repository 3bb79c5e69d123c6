import type { PermissionLevel } from '$lib/gql/graphql';

const order: PermissionLevel[] = ['VIEW', 'VALIDATE', 'EDIT', 'ADMIN'];

/** PM1: each level includes the ones below it. The API decides; this only hides what it would refuse. */
export function hasLevel(level: PermissionLevel | null | undefined, needed: PermissionLevel): boolean {
  return level ? order.indexOf(level) >= order.indexOf(needed) : false;
}

export const permissionLevels = order;
