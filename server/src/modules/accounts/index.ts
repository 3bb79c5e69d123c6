export {
  resolveViewer,
  SESSION_COOKIE,
  SESSION_DUE,
  SESSION_RENEWAL_MS,
  sessionOpenSql,
  sessionTokenHash,
} from './sessions.service';
export { hashPassword, setPasswordHashCost, sha256 } from './secrets';
export { AccountsResolver, UserResolver } from './accounts.resolver';
export { userLoaders } from './accounts.loaders';
export * as rateLimit from './rate-limit';
export { recipientLocale } from './users.service';
export { PlatformAdminsResolver } from './admins.resolver';
export { hasNoPlatformAdmin, listPlatformAdmins, setPlatformAdminByEmail } from './admins.service';
export { AccountDeletionResolver } from './deletion.resolver';
export { isDeletedAddress, shownName } from './deletion.service';
export {
  finishSchoolSignIn,
  openFlow,
  safeNext,
  SCHOOL_CALLBACK_PATH,
  SCHOOL_FLOW_TTL_SECONDS,
  SchoolSignInError,
  schoolSignInStatus,
  sealFlow,
  startSchoolSignIn,
  type SchoolSignInApp,
} from './oidc.service';
export { SchoolSignInResolver } from './oidc.resolver';
export { personalDataArchive } from './personal-data.service';
