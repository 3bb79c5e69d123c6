/** A text field of a submitted form; names and emails are trimmed, secrets are not. */
export function textField(data: FormData, name: string, { trim = true } = {}): string {
  const value = data.get(name);
  if (typeof value !== 'string') return '';
  return trim ? value.trim() : value;
}

/** Every value of a repeated field (checkboxes, rows of a list), in order. */
export function textFields(data: FormData, name: string): string[] {
  return data.getAll(name).map((value) => (typeof value === 'string' ? value.trim() : ''));
}

/** Whether a checkbox was ticked. */
export function checkedField(data: FormData, name: string): boolean {
  return data.get(name) !== null;
}

/** A whole number; undefined when empty, NaN when not a whole number (the caller flags it). */
export function intField(data: FormData, name: string): number | undefined {
  const text = textField(data, name);
  if (text === '') return undefined;
  return /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
}

/** A decimal number ("1,5" accepted); undefined when empty, NaN when not a number. */
export function numberField(data: FormData, name: string): number | undefined {
  const text = textField(data, name).replace(',', '.');
  if (text === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;
}
