export { Association } from './association.entity';
export { AssociationMembership } from './association-membership.entity';
export { Club } from './club.entity';
export { ClubMembership } from './club-membership.entity';
export { School } from './school.entity';
export { organizationLoaders, type OrganizationLoaders } from './organizations.loaders';
export { OrganizationsResolver, AssociationResolver, ClubResolver, AssociationMembershipResolver, ClubMembershipResolver } from './organizations.resolver';
