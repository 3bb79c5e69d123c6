/** Product dates are Paris dates (DESIGN: times shown in Europe/Paris). */
export const TIME_ZONE = 'Europe/Paris';

const isoDate = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in Paris at the given instant, as `YYYY-MM-DD`. */
export const parisDate = (at: Date = new Date()) => isoDate.format(at);
