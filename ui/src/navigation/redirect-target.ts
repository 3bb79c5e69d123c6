/** C0 controls and DEL (a string: eslint's no-control-regex). */
const CONTROL = new RegExp(`[\\u0000-\\u001f\\u007f]`);

/**
 * Only paths of this origin may be redirect targets: `//host` and `/\host`
 * are read by browsers as other hosts (an open redirect). Issue 16: signing in, school sign-in and email
 * verification all come back through it.
 */
export function safeRedirectTarget(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return fallback;
  if (value.startsWith('//') || value.startsWith('/\\')) return fallback;
  // Browsers drop tabs and newlines from URLs (`/\t/host` would become `//host`): no control character at all.
  if (CONTROL.test(value)) return fallback;
  return value;
}

/** Where to send an anonymous visitor so that signing in brings them back. */
export function signInUrl(signInPath: string, from: URL): string {
  return `${signInPath}?redirectTo=${encodeURIComponent(from.pathname + from.search)}`;
}
