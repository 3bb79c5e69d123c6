export { expireExports, exportFor, runQueuedExports } from './exports.service';
export { EventExportsResolver, ExportsResolver } from './exports.resolver';
