import type { Viewer } from '../../app-context';
import { allow, deny, type Decision } from '../../core/decision';
import { forbidden, unauthenticated } from '../../core/errors';

export { enforce } from '../../core/decision';

/** Pure permission rules of the organizations area (PM3: the one place that says who may do what). */
export const organizationsPolicy = {
  /** Issue 13: platform admins create, rename and archive schools, associations and clubs, and manage association memberships. */
  canManageOrganizations: (viewer: Viewer | null): Decision =>
    !viewer
      ? deny(unauthenticated())
      : viewer.user.isPlatformAdmin
        ? allow
        : deny(forbidden('Only platform administrators can manage schools, associations and clubs.')),

  /**
   * Issue 13: a club's members and board are managed by platform admins and by that club's own board (PM-style: a
   * board member of another club, a plain member or anyone else may not). `isBoardOfClub` is the viewer's current seat.
   */
  canManageClubMembers: (viewer: Viewer | null, isBoardOfClub: boolean): Decision =>
    !viewer
      ? deny(unauthenticated())
      : viewer.user.isPlatformAdmin || isBoardOfClub
        ? allow
        : deny(forbidden("Only the club's board and platform administrators can manage its members.")),

  /**
   * PM2: only platform admins may leave a club with no board member (they can always name a new one); the club's own
   * board keeps at least one seat (LAST_BOARD_MEMBER).
   */
  mayEmptyClubBoard: (viewer: Viewer | null): boolean => !!viewer?.user.isPlatformAdmin,
};
