export { audit, auditTrail, AUDIT_ROW, type AuditEntry } from './audit.service';
