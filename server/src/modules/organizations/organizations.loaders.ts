import type { EntityManager } from '@mikro-orm/postgresql';
import { byId, byParent } from '../../db/loaders';
import { Association } from './association.entity';
import { AssociationMembership } from './association-membership.entity';
import { Club } from './club.entity';
import { ClubMembership } from './club-membership.entity';
import { School } from './school.entity';

export function organizationLoaders(em: EntityManager) {
  return {
    school: byId(em, School),
    association: byId(em, Association),
    club: byId(em, Club),
    associationMembershipsByUser: byParent(
      (ids) => em.find(AssociationMembership, { user: { $in: ids } }, { orderBy: { endsOn: 'desc' } }),
      (m) => m.user.id,
    ),
    clubMembershipsByUser: byParent((ids) => em.find(ClubMembership, { user: { $in: ids } }), (m) => m.user.id),
  };
}
export type OrganizationLoaders = ReturnType<typeof organizationLoaders>;
