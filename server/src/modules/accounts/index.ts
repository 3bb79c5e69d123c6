export { resolveViewer, SESSION_COOKIE } from './sessions.service';
export { hashPassword, setPasswordHashCost } from './secrets';
export { AccountsResolver, UserResolver } from './accounts.resolver';
export { userLoaders } from './accounts.loaders';
export * as rateLimit from './rate-limit';
export { recipientLocale } from './users.service';
