const zone = 'Europe/Paris';

// An unparsable value is shown as received rather than failing the whole page.
function format(date: Date, locale: string, options: Intl.DateTimeFormatOptions, raw: string): string {
  if (Number.isNaN(date.getTime())) return raw;
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** Instants are shown in Europe/Paris whatever the visitor's zone: events happen there. */
export function formatDate(iso: string, locale: string): string {
  return format(new Date(iso), locale, { dateStyle: 'long', timeZone: zone }, iso);
}

/** An instant with its time of day, in Europe/Paris ("3 mars 2026 à 20:00"). */
export function formatDateTime(iso: string, locale: string): string {
  return format(new Date(iso), locale, { dateStyle: 'long', timeStyle: 'short', timeZone: zone }, iso);
}

/** Start and end of an event, in Europe/Paris, without repeating the shared day. */
export function formatDateTimeRange(startIso: string, endIso: string, locale: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startIso} – ${endIso}`;
  const formatter = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: zone,
  });
  return end < start ? formatter.format(start) : formatter.formatRange(start, end);
}

/** A calendar date (`YYYY-MM-DD`, the LocalDate scalar) has no zone: format it as is. */
export function formatLocalDate(date: string, locale: string): string {
  return format(new Date(`${date}T00:00:00Z`), locale, { dateStyle: 'long', timeZone: 'UTC' }, date);
}
