import type { Viewer } from '../../app-context';
import { allow, deny, type Decision } from '../../core/decision';
import { forbidden, unauthenticated } from '../../core/errors';
import type { User } from '../../model';

export { enforce } from '../../core/decision';

/** Pure permission rules of the accounts area. Services and resolvers ask here, nowhere else. */
export const accountsPolicy = {
  /** AC2: only platform admins bring school accounts in. */
  canImportSchoolAccounts: (viewer: Viewer | null): Decision =>
    !viewer
      ? deny(unauthenticated())
      : viewer.user.isPlatformAdmin
        ? allow
        : deny(forbidden('Only platform administrators can import school accounts.')),

  /** Issue 13: platform admins promote and demote platform admins (the last one stays: the service's rule). */
  canManagePlatformAdmins: (viewer: Viewer | null): Decision =>
    !viewer
      ? deny(unauthenticated())
      : viewer.user.isPlatformAdmin
        ? allow
        : deny(forbidden('Only platform administrators can manage platform administrators.')),

  canListUsers: (viewer: Viewer | null): Decision =>
    !viewer
      ? deny(unauthenticated())
      : viewer.user.isPlatformAdmin
        ? allow
        : deny(forbidden('Only platform administrators can list accounts.')),

  /** A person's account (email, memberships) is readable by that person and by platform admins. */
  canReadAccount: (viewer: Viewer | null, user: User): Decision =>
    !viewer
      ? deny(unauthenticated())
      : viewer.user.id === user.id || viewer.user.isPlatformAdmin
        ? allow
        : deny(forbidden()),

  /** A person's own settings (their language) are theirs alone: nobody else reads them, platform admins included. */
  canReadOwnSettings: (viewer: Viewer | null, user: User): Decision =>
    !viewer ? deny(unauthenticated()) : viewer.user.id === user.id ? allow : deny(forbidden()),

  canManageOwnAccount: (viewer: Viewer | null): Decision => (viewer ? allow : deny(unauthenticated())),

  /** AC3: an external account may delete itself; a school account belongs to the school's directory (AC2). */
  canDeleteOwnAccount: (viewer: Viewer | null): Decision =>
    !viewer
      ? deny(unauthenticated())
      : viewer.user.kind === 'EXTERNAL'
        ? allow
        : deny(forbidden("A school account belongs to the school's directory: it can't be deleted here.")),
};
