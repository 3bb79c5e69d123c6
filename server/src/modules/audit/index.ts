export { audit, auditNow, auditTrail, AUDIT_ROW, type AuditEntry } from './audit.service';
