import type { Viewer } from '../../app-context';
import { DomainError, forbidden, unauthenticated } from '../../errors';
import type { User } from './user.entity';

/** Pure permission rules of the accounts area: ok, or why not. Services and resolvers ask here, nowhere else. */
export type Decision = { ok: true } | { ok: false; error: DomainError };
const allow: Decision = { ok: true };
const deny = (error: DomainError): Decision => ({ ok: false, error });

export const accountsPolicy = {
  /** AC2: only platform admins bring school accounts in. */
  canImportSchoolAccounts: (viewer: Viewer | null): Decision =>
    !viewer ? deny(unauthenticated()) : viewer.user.isPlatformAdmin ? allow : deny(forbidden('Only platform administrators can import school accounts.')),

  canListUsers: (viewer: Viewer | null): Decision =>
    !viewer ? deny(unauthenticated()) : viewer.user.isPlatformAdmin ? allow : deny(forbidden('Only platform administrators can list accounts.')),

  /** A person's account (email, memberships) is readable by that person and by platform admins. */
  canReadAccount: (viewer: Viewer | null, user: User): Decision =>
    !viewer ? deny(unauthenticated()) : viewer.user.id === user.id || viewer.user.isPlatformAdmin ? allow : deny(forbidden()),

  canManageOwnAccount: (viewer: Viewer | null): Decision => (viewer ? allow : deny(unauthenticated())),
};

/** Throws the decision's error when it denies. */
export function enforce(decision: Decision): void {
  if (!decision.ok) throw decision.error;
}
