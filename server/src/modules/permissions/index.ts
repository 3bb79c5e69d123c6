export { EventGrantResolver } from './permissions.resolver';
export { permissionLoaders } from './permissions.loaders';
export {
  accessReadColumns,
  checkedAccess,
  eventAccess,
  levelOn,
  seesByVisibility,
  seesEvent,
  viewerFacts,
  type AccessRead,
} from './access';
export {
  canActOnBooking,
  canCreateEventFor,
  canDeactivatePaymentAccount,
  canPickPaymentAccount,
  canRotateSigningKeys,
  canSeeEvent,
  grantsReaching,
  listedVisibilities,
  relationTo,
  type BookingAction,
  type BookingFacts,
} from './permissions.policy';
export { EventAdmin } from './permissions.types';
export { eventAdminRecipients, listAdmins, listGrants } from './permissions.service';
