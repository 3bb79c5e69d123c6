import type { EntityManager } from '@mikro-orm/postgresql';
import { byId, byParent } from '../../db/loaders';
import { Association, AssociationMembership, Club, ClubMembership, School } from '../../model';

export function organizationLoaders(em: EntityManager) {
  return {
    school: byId(em, School),
    association: byId(em, Association),
    club: byId(em, Club),
    associationMembershipsByUser: byParent(
      (ids) => em.find(AssociationMembership, { user: { $in: ids } }, { orderBy: { endsOn: 'desc' } }),
      (m) => m.user.id,
    ),
    clubMembershipsByUser: byParent(
      (ids) => em.find(ClubMembership, { user: { $in: ids } }),
      (m) => m.user.id,
    ),
  };
}
