// PM2 is one table in the permissions policy: the SQL filter (grantsReaching) and the check on one grant
// (grantReaches) are both read from it, so they must agree for every kind of grant.
import { expect } from 'chai';
import { GranteeKind } from '../../server/src/model';
import { grantReaches, grantsReaching, type ReachFacts } from '../../server/src/modules/permissions/permissions.policy';

const person: ReachFacts = {
  userId: 'u1',
  boardClubIds: new Set(['board-club']),
  memberClubIds: new Set(['board-club', 'member-club']),
};
const grant = (granteeKind: GranteeKind, ref: { user?: string; club?: string }) =>
  ({ granteeKind, user: ref.user ? { id: ref.user } : null, club: ref.club ? { id: ref.club } : null }) as never;

/** Evaluates grantsReaching's filter on a grant, the way PostgreSQL would. */
function filterMatches(g: {
  granteeKind: GranteeKind;
  user: { id: string } | null;
  club: { id: string } | null;
}): boolean {
  const filter = grantsReaching(person) as { $or: Array<Record<string, unknown>> };
  return filter.$or.some((clause) =>
    Object.entries(clause).every(([key, want]) => {
      const value = key === 'granteeKind' ? g.granteeKind : (g[key as 'user' | 'club']?.id ?? null);
      return typeof want === 'object' && want !== null
        ? (want as { $in: string[] }).$in.includes(value as string)
        : value === want;
    }),
  );
}

describe('unit: PM2, which grants reach a person', () => {
  const cases: Array<[string, ReturnType<typeof grant>, boolean]> = [
    ['a grant to them', grant(GranteeKind.USER, { user: 'u1' }), true],
    ['a grant to someone else', grant(GranteeKind.USER, { user: 'u2' }), false],
    ['a grant to the board of a club they sit on', grant(GranteeKind.CLUB_BOARD, { club: 'board-club' }), true],
    [
      'a grant to the board of a club they only belong to',
      grant(GranteeKind.CLUB_BOARD, { club: 'member-club' }),
      false,
    ],
    ['a grant to the members of a club they belong to', grant(GranteeKind.CLUB_MEMBERS, { club: 'member-club' }), true],
    [
      'a grant to the members of a club whose board they sit on',
      grant(GranteeKind.CLUB_MEMBERS, { club: 'board-club' }),
      true,
    ],
    ['a grant to the members of another club', grant(GranteeKind.CLUB_MEMBERS, { club: 'other' }), false],
  ];
  for (const [what, g, reaches] of cases) {
    it(`PM2: ${what} ${reaches ? 'reaches' : 'does not reach'} them, in the check and in the SQL filter alike`, () => {
      expect(grantReaches(g, person)).to.equal(reaches);
      expect(filterMatches(g as never)).to.equal(reaches);
    });
  }
});
