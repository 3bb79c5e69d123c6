// An unparsable value is shown as received rather than failing the whole page.
function format(date: Date, locale: string, timeZone: string, raw: string): string {
	if (Number.isNaN(date.getTime())) return raw;
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
}

/** Instants are shown in Europe/Paris whatever the visitor's zone: events happen there. */
export function formatDate(iso: string, locale: string): string {
	return format(new Date(iso), locale, 'Europe/Paris', iso);
}

/** A calendar date (`YYYY-MM-DD`, the LocalDate scalar) has no zone: format it as is. */
export function formatLocalDate(date: string, locale: string): string {
	return format(new Date(`${date}T00:00:00Z`), locale, 'UTC', date);
}
