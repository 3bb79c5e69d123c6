export { BookingExport, ExportFormat, ExportStatus } from './export.entity';
export { expireExports, exportFor, runQueuedExports } from './exports.service';
export { EventExportsResolver, ExportsResolver } from './exports.resolver';
