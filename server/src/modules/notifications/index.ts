export { NotificationKind, type At, type Told } from './kinds';
export { notify, recipientsOf, bookingUrl, type HolderMail } from './notifications.service';
export { remindExpiring, reviewDeadline, REMINDER_WINDOW_SQL } from './deadline';
export { BookingNotification } from './notifications.types';
export { BookingNotificationsResolver } from './notifications.resolver';
