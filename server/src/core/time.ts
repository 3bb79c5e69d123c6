/** Product dates are Paris dates (DESIGN: times shown in Europe/Paris). */
export const TIME_ZONE = 'Europe/Paris';

const isoDate = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Paris at the given instant, as `YYYY-MM-DD`. */
export const parisDate = (at: Date = new Date()) => isoDate.format(at);

const dateTime = new Intl.DateTimeFormat('fr-FR', { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' });

/** A human date and time in Paris, in French (mails are French first). */
export const parisDateTime = (at: Date) => dateTime.format(at);

const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** Cents as a French euro amount, e.g. "12,50 €". */
export const formatEuros = (cents: number) => euros.format(cents / 100);
