/** The `aria-describedby` of a field: its hint and its error, when shown (ids `<id>-hint`, `<id>-error`). */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}
