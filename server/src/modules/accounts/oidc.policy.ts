import type { Viewer } from '../../app-context';
import { allow, deny, type Decision } from '../../core/decision';
import { forbidden, unauthenticated } from '../../core/errors';

/** Pure permission rules of school sign-in (AC2). */
export const oidcPolicy = {
  /** How school sign-in is configured and whether its provider answers: platform admins only. */
  canSeeSchoolSignInStatus: (viewer: Viewer | null): Decision =>
    !viewer
      ? deny(unauthenticated())
      : viewer.user.isPlatformAdmin
        ? allow
        : deny(forbidden('Only platform administrators can see how school sign-in is configured.')),
};
