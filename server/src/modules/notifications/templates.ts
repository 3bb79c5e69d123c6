import { parisDateTime } from '../../core/time';
import { compose, text, type MailMessage } from '../mail';
import type { NotificationKind, NoticeBooking, Recipient, Told } from './kinds';

type Paragraph = ReturnType<typeof text>;

/**
 * NT1: the notification mails (`mail_nt_*` keys): a greeting, which booking it is about (the holder's own, or the
 * guest's for a sponsor), what happened, and a link to the booking's page. The organizer's comment and the
 * opposition's reason are quoted as written.
 */
export function notificationMail(r: Recipient, b: NoticeBooking, told: Told, url: string): MailMessage {
  const locale = r.locale;
  const expiresAt = b.expiresAt ? parisDateTime(b.expiresAt, locale ?? undefined) : null;
  const about =
    r.role === 'HOLDER'
      ? text('mail_nt_about_holder', { reference: b.reference, ticketName: b.ticketName, eventName: b.eventName })
      : text('mail_nt_about_sponsor', {
          reference: b.reference,
          holderName: b.holderName,
          ticketName: b.ticketName,
          eventName: b.eventName,
        });
  const label = told.label ?? '';
  const what: Record<NotificationKind, { subject: Paragraph; body: Paragraph[] }> = {
    ANSWER_VALIDATED: {
      subject: text('mail_nt_answer_validated_subject', { reference: b.reference }),
      body: [text('mail_nt_answer_validated_body', { label })],
    },
    CORRECTION_REQUESTED: {
      subject: text('mail_nt_answer_to_correct_subject', { reference: b.reference }),
      body: [
        text('mail_nt_answer_to_correct_body', { label }),
        ...(told.note ? [text('mail_nt_answer_to_correct_comment', { comment: told.note })] : []),
        text('mail_nt_answer_to_correct_action'),
      ],
    },
    PAYMENT_POSSIBLE: {
      subject: text('mail_nt_payment_possible_subject', { reference: b.reference }),
      body: [
        text('mail_nt_payment_possible_body'),
        ...(expiresAt ? [text('mail_nt_payment_possible_deadline', { expiresAt })] : []),
      ],
    },
    RESERVED: {
      subject: text('mail_reservation_confirmed_subject', { reference: b.reference }),
      body: [text('mail_nt_reserved_body')],
    },
    OPPOSED: {
      subject: text('mail_nt_opposed_subject', { reference: b.reference }),
      body: [
        text('mail_nt_opposed_body'),
        ...(told.note ? [text('mail_nt_opposed_reason', { reason: told.note })] : []),
      ],
    },
    EXPIRING: {
      subject: text('mail_nt_expiring_subject', { reference: b.reference }),
      body: [text('mail_nt_expiring_body', { expiresAt: expiresAt ?? '' })],
    },
    EXPIRED: {
      subject: text('mail_expired_subject', { reference: b.reference }),
      body: [text('mail_nt_expired_body')],
    },
  };
  const mail = what[told.kind];
  return compose(r.email, locale, {
    subject: mail.subject,
    paragraphs: [text('mail_greeting', { firstName: r.firstName }), about, ...mail.body],
    link: { url, label: 'mail_nt_link' },
  });
}
