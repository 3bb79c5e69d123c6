import { formatDateTime } from '@billetterie/ui';
import { m } from '$lib/paraglide/messages.js';

const zone = 'Europe/Paris';

function parisDay(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    date,
  );
}

/** "à 21:03" today (the night of the event), "le 3 mars 2026 à 21:03" another day; Paris time. */
export function formatWhen(iso: string, locale: string, now = new Date()): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (parisDay(date) === parisDay(now)) {
    return m.door_when_today({
      time: new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: zone }).format(date),
    });
  }
  return m.door_when_day({ datetime: formatDateTime(iso, locale) });
}
