/** A text field of a submitted form; names and emails are trimmed, secrets are not. */
export function textField(data: FormData, name: string, { trim = true } = {}): string {
	const value = data.get(name);
	if (typeof value !== 'string') return '';
	return trim ? value.trim() : value;
}
