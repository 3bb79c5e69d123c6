import type { Locale } from './i18n';

/** Product dates are Paris dates (DESIGN: times shown in Europe/Paris). */
export const TIME_ZONE = 'Europe/Paris';

const isoDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Paris at the given instant, as `YYYY-MM-DD`. */
export const parisDate = (at: Date = new Date()) => isoDate.format(at);

/** The Intl locale each product language formats dates and amounts with. */
const INTL_LOCALE: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

const dateTime = Object.fromEntries(
  Object.entries(INTL_LOCALE).map(([l, intl]) => [
    l,
    new Intl.DateTimeFormat(intl, { timeZone: TIME_ZONE, dateStyle: 'long', timeStyle: 'short' }),
  ]),
) as Record<Locale, Intl.DateTimeFormat>;

/** A human date and time in Paris, in the reader's language (French by default). */
export const parisDateTime = (at: Date, locale: Locale = 'fr') => dateTime[locale].format(at);

const euros = Object.fromEntries(
  Object.entries(INTL_LOCALE).map(([l, intl]) => [
    l,
    new Intl.NumberFormat(intl, { style: 'currency', currency: 'EUR' }),
  ]),
) as Record<Locale, Intl.NumberFormat>;

/** Cents as a euro amount in the reader's language, e.g. "12,50 €" (French, the default) or "€12.50". */
export const formatEuros = (cents: number, locale: Locale = 'fr') => euros[locale].format(cents / 100);
