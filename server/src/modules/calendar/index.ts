export { bookingCalendar, bookingCalendarAttachment, eventCalendar, type CalendarDocument } from './calendar.service';
export { calendarFile, escapeText, foldLine, parisLocal, type CalendarEntry } from './ics';
