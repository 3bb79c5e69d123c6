export { organizationLoaders } from './organizations.loaders';
export {
  OrganizationsResolver,
  AssociationResolver,
  ClubResolver,
  AssociationMembershipResolver,
  ClubMembershipResolver,
} from './organizations.resolver';
