export { AuditLog } from './audit-log.entity';
export { audit, auditTrail, type AuditEntry } from './audit.service';
