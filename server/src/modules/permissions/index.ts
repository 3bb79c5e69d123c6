export { EventGrant } from './event-grant.entity';
export { PermissionLevel, GranteeKind } from './permission-level';
export { EventGrantResolver } from './permissions.resolver';
export { permissionLoaders } from './permissions.loaders';
