export { createMailer, type MailAttachment, type Mailer, type MailMessage } from './mailer';
export {
  createOutbox,
  enqueueMail,
  enqueueMailing,
  hasPendingMail,
  kicker,
  OUTBOX_ROW,
  queueMail,
  type MailingVariant,
  type Outbox,
} from './outbox';
export { mails, type MailBooking } from './templates';
