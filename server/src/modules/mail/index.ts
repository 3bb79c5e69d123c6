export { createMailer, type MailAttachment, type Mailer, type MailMessage } from './mailer';
export {
  createOutbox,
  enqueueMail,
  enqueueMailing,
  hasPendingMail,
  kicker,
  OUTBOX_ROW,
  postponedWhile,
  queueMail,
  type MailingVariant,
  type Outbox,
} from './outbox';
export { compose, mails, text, type Mail, type MailBooking } from './templates';
