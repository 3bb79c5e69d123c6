export { organizationLoaders } from './organizations.loaders';
export {
  OrganizationsResolver,
  AssociationResolver,
  ClubResolver,
  AssociationMembershipResolver,
  ClubMembershipResolver,
} from './organizations.resolver';
export { OrganizationsAdminResolver } from './organizations-admin.resolver';
export { clubLogo } from './organizations.service';
