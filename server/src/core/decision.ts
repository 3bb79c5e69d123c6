import type { DomainError } from './errors';

/** What a policy answers: ok, or the error explaining why not. Policies decide; services enforce. */
export type Decision = { ok: true } | { ok: false; error: DomainError };
export const allow: Decision = { ok: true };
export const deny = (error: DomainError): Decision => ({ ok: false, error });

/** Throws the decision's error when it denies. */
export function enforce(decision: Decision): void {
  if (!decision.ok) throw decision.error;
}
