export { createMailer, type Mailer, type MailMessage } from './mailer';
export { mails } from './templates';
