export { audit, auditNow, auditTrail, AUDIT_ROW, type AuditActor, type AuditEntry } from './audit.service';
