/**
 * Only paths of this origin may be redirect targets: `//host` and `/\host`
 * are read by browsers as other hosts (an open redirect).
 */
export function safeRedirectTarget(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || !value.startsWith('/')) return fallback;
  if (value.startsWith('//') || value.startsWith('/\\')) return fallback;
  return value;
}

/** Where to send an anonymous visitor so that signing in brings them back. */
export function signInUrl(signInPath: string, from: URL): string {
  return `${signInPath}?redirectTo=${encodeURIComponent(from.pathname + from.search)}`;
}
