import { DEFAULT_LOCALE, hasMessage, t, type Locale, type MessageKey, type MessageParams } from '../../core/i18n';
import type { MailMessage } from './mailer';

/**
 * Every mail's words come from the catalogue (`mail_*` keys, docs/i18n.md). Issue 12: a recipient with an account
 * reads the mail in their language only; a recipient whose language is unknown (`locale` null: a guest named by
 * email, a holder without an account) gets it bilingual, French first, then English.
 */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** One text of a mail: a catalogue key and its values. */
type Text = readonly [key: MessageKey, params?: MessageParams];
export const text = (key: MessageKey, params?: MessageParams): Text => [key, params];
const say = (locale: Locale, [key, params]: Text) => t(locale, key, params);

export interface Mail {
  /** The subject in one language. Bilingual, it is the French subject then `<key>_short` in English when that exists (the specifics once). */
  subject: Text;
  paragraphs: Text[];
  link?: { url: string; label: MessageKey };
  /**
   * ML1: someone's own words, the same in every language, shown after the first `after` paragraphs: as text, and as
   * HTML already made safe (the project's Markdown).
   */
  verbatim?: { text: string; html: string; after: number };
  /** ML1: a subject written by someone, used as it is (instead of `subject`). */
  ownSubject?: string;
}

/** Puts the verbatim block (when there is one) among the paragraphs, as text and as HTML. */
function withVerbatim(mail: Mail, text: string[], html: string[]): { text: string[]; html: string[] } {
  if (!mail.verbatim) return { text, html };
  const at = mail.verbatim.after;
  return {
    text: [...text.slice(0, at), mail.verbatim.text, ...text.slice(at)],
    html: [...html.slice(0, at), `<div>${mail.verbatim.html}</div>`, ...html.slice(at)],
  };
}

function bilingualSubject([key, params]: Text): string {
  const short = `${key}_short`;
  const english: Text = hasMessage('en', short) ? [short as MessageKey] : [key, params];
  return `${say('fr', [key, params])} / ${say('en', english)}`;
}

/** A mail from its texts, in the recipient's language (bilingual when unknown); other modules' templates use it. */
export function compose(to: string, locale: Locale | null, mail: Mail): MailMessage {
  const signature = t(locale ?? DEFAULT_LOCALE, 'mail_signature');
  const links = mail.link ? [mail.link.url] : [];
  if (locale) {
    const paragraphs = mail.paragraphs.map((p) => say(locale, p));
    const label = mail.link && t(locale, mail.link.label);
    const textParts = [
      ...paragraphs,
      ...(mail.link ? [`${t(locale, 'mail_link_line', { label: label! })}\n${mail.link.url}`] : []),
    ];
    const htmlParts = [
      ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
      ...(mail.link ? [`<p><a href="${escapeHtml(mail.link.url)}">${escapeHtml(label!)}</a></p>`] : []),
    ];
    const parts = withVerbatim(mail, textParts, htmlParts);
    return {
      to,
      subject: mail.ownSubject ?? say(locale, mail.subject),
      text: `${parts.text.join('\n\n')}\n\n${signature}`,
      html: `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif">${parts.html.join('')}<p>${escapeHtml(signature)}</p></body></html>`,
      links,
    };
  }
  const pairs = mail.paragraphs.map((p) => [say('fr', p), say('en', p)] as const);
  const label = mail.link && `${t('fr', mail.link.label)} / ${t('en', mail.link.label)}`;
  const textParts = [
    ...pairs.map(([fr, en]) => `${fr}\n${en}`),
    ...(mail.link ? [`${t('fr', 'mail_link_line', { label: label! })}\n${mail.link.url}`] : []),
  ];
  const htmlParts = [
    ...pairs.map(
      ([fr, en]) => `<p>${escapeHtml(fr)}<br><span lang="en" style="color:#555">${escapeHtml(en)}</span></p>`,
    ),
    ...(mail.link ? [`<p><a href="${escapeHtml(mail.link.url)}">${escapeHtml(label!)}</a></p>`] : []),
  ];
  const parts = withVerbatim(mail, textParts, htmlParts);
  return {
    to,
    subject: mail.ownSubject ?? bilingualSubject(mail.subject),
    text: `${parts.text.join('\n\n')}\n\n${signature}`,
    html: `<!doctype html><html lang="fr"><body style="font-family:sans-serif">${parts.html.join('')}<p>${escapeHtml(signature)}</p></body></html>`,
    links,
  };
}

/** What booking mails say about a booking. */
export interface MailBooking {
  reference: string;
  holderFirstName: string;
  eventName: string;
  ticketName: string;
  /** Formatted in the recipient's language (French when it is unknown), e.g. "12,50 €". */
  price: string;
  reserved: boolean;
  sponsorName?: string | null;
  /** Formatted in Europe/Paris, in the recipient's language (French when it is unknown). */
  expiresAt?: string | null;
}

/** What waiting list mails say (WL2). */
export interface MailWaitingList {
  firstName: string;
  eventName: string;
  ticketName: string;
}

const greeting = (firstName: string) => text('mail_greeting', { firstName });

/** Each template takes the recipient's address and language: their account's, or null when they have none. */
export const mails = {
  verifyEmail: (to: string, locale: Locale | null, firstName: string, url: string) =>
    compose(to, locale, {
      subject: text('mail_verify_email_subject'),
      paragraphs: [greeting(firstName), text('mail_verify_email_body')],
      link: { url, label: 'mail_verify_email_link' },
    }),
  accountExists: (to: string, locale: Locale | null, url: string) =>
    compose(to, locale, {
      subject: text('mail_account_exists_subject'),
      paragraphs: [text('mail_account_exists_body'), text('mail_account_exists_forgot')],
      link: { url, label: 'mail_account_exists_link' },
    }),
  resetPassword: (to: string, locale: Locale | null, firstName: string, url: string) =>
    compose(to, locale, {
      subject: text('mail_reset_password_subject'),
      paragraphs: [greeting(firstName), text('mail_reset_password_body')],
      link: { url, label: 'mail_reset_password_link' },
    }),
  schoolAccountInvitation: (to: string, locale: Locale | null, firstName: string, url: string) =>
    compose(to, locale, {
      subject: text('mail_school_invitation_subject'),
      paragraphs: [greeting(firstName), text('mail_school_invitation_body')],
      link: { url, label: 'mail_school_invitation_link' },
    }),
  /**
   * AC2 with SCHOOL_PASSWORDS=false: a school account has no password here. Sent instead of a reset link (`reset`),
   * of the "you already have an account" mail of a sign-up (`signup`) or of a choose-your-password invitation
   * (`invitation`), with the sign-in page's link, never a token.
   */
  schoolSignInInstead: (
    to: string,
    locale: Locale | null,
    firstName: string,
    why: 'reset' | 'signup' | 'invitation',
    signInUrl: string,
  ) =>
    compose(to, locale, {
      subject: text('mail_school_signin_subject'),
      paragraphs: [
        greeting(firstName),
        text(
          why === 'reset'
            ? 'mail_school_signin_reset_body'
            : why === 'signup'
              ? 'mail_school_signin_signup_body'
              : 'mail_school_signin_invitation_body',
        ),
        text('mail_school_signin_how'),
      ],
      link: { url: signInUrl, label: 'mail_school_signin_link' },
    }),
  booked: (to: string, locale: Locale | null, b: MailBooking, url: string) =>
    compose(to, locale, {
      subject: text(b.reserved ? 'mail_reservation_confirmed_subject' : 'mail_pre_reservation_recorded_subject', {
        reference: b.reference,
      }),
      paragraphs: [
        greeting(b.holderFirstName),
        b.sponsorName
          ? text('mail_booked_place_by_sponsor', {
              sponsorName: b.sponsorName,
              ticketName: b.ticketName,
              eventName: b.eventName,
            })
          : text('mail_booked_place', { ticketName: b.ticketName, eventName: b.eventName }),
        text('mail_booked_reference_price', { reference: b.reference, price: b.price }),
        b.reserved
          ? text('mail_booked_confirmed')
          : b.expiresAt
            ? text('mail_booked_pay_before', { expiresAt: b.expiresAt })
            : text('mail_booked_pay_to_confirm'),
      ],
      link: { url, label: 'mail_link_my_bookings' },
    }),
  reserved: (to: string, locale: Locale | null, b: MailBooking, url: string) =>
    compose(to, locale, {
      subject: text('mail_reservation_confirmed_subject', { reference: b.reference }),
      paragraphs: [
        greeting(b.holderFirstName),
        text('mail_reserved_body', { ticketName: b.ticketName, eventName: b.eventName, reference: b.reference }),
      ],
      link: { url, label: 'mail_link_my_bookings' },
    }),
  /** WL2: a place freed on a waiting list is held for the person until `expiresAt` (formatted for them). */
  waitingListOffer: (to: string, locale: Locale | null, w: MailWaitingList & { expiresAt: string }, url: string) =>
    compose(to, locale, {
      subject: text('mail_waiting_list_offer_subject', { eventName: w.eventName }),
      paragraphs: [
        greeting(w.firstName),
        text('mail_waiting_list_offer_body', {
          ticketName: w.ticketName,
          eventName: w.eventName,
          expiresAt: w.expiresAt,
        }),
        text('mail_waiting_list_offer_after'),
      ],
      link: { url, label: 'mail_waiting_list_offer_link' },
    }),
  /** WL2: the offer was not taken in time; the place went to the next person. */
  waitingListLapsed: (to: string, locale: Locale | null, w: MailWaitingList, url: string) =>
    compose(to, locale, {
      subject: text('mail_waiting_list_lapsed_subject', { eventName: w.eventName }),
      paragraphs: [
        greeting(w.firstName),
        text('mail_waiting_list_lapsed_body', { ticketName: w.ticketName, eventName: w.eventName }),
      ],
      link: { url, label: 'mail_expired_link' },
    }),
  expired: (to: string, locale: Locale | null, b: MailBooking, url: string, mayBookAgain: boolean) =>
    compose(to, locale, {
      subject: text('mail_expired_subject', { reference: b.reference }),
      paragraphs: [
        greeting(b.holderFirstName),
        text('mail_expired_body', { reference: b.reference, ticketName: b.ticketName, eventName: b.eventName }),
        ...(mayBookAgain ? [text('mail_expired_book_again')] : []),
      ],
      link: { url, label: 'mail_expired_link' },
    }),
  eventCancelled: (
    to: string,
    locale: Locale | null,
    firstName: string,
    eventName: string,
    reasonText: string | null,
    references: string[],
    url: string,
  ) =>
    compose(to, locale, {
      subject: text('mail_event_cancelled_subject', { eventName }),
      paragraphs: [
        greeting(firstName),
        text('mail_event_cancelled_body', { eventName }),
        ...(reasonText ? [text('mail_event_cancelled_reason', { reason: reasonText })] : []),
        text('mail_event_cancelled_bookings', { references: references.join(', ') }),
      ],
      link: { url, label: 'mail_link_my_bookings' },
    }),
  /** PY3: to the event's admins and the platform admins when money needs a human (non-conforming, refund, late). */
  paymentProblem: (
    to: string,
    locale: Locale | null,
    p: {
      eventName: string;
      reference: string;
      holderName: string;
      provider: string;
      txn: string;
      amount: string;
      problem: string;
      action: string;
    },
    url: string,
  ) =>
    compose(to, locale, {
      subject: text('mail_payment_problem_subject', { reference: p.reference, eventName: p.eventName }),
      paragraphs: [
        text('mail_payment_problem_body', {
          provider: p.provider,
          txn: p.txn,
          amount: p.amount,
          reference: p.reference,
          holderName: p.holderName,
        }),
        text('mail_payment_attention_problem', { problem: p.problem }),
        text('mail_payment_attention_action', { action: p.action }),
        text('mail_payment_problem_proof'),
      ],
      link: { url, label: 'mail_payment_problem_link' },
    }),
  /** PY3: a verified payment that matches no checkout of the platform: kept and flagged for a human. */
  paymentToReview: (
    to: string,
    locale: Locale | null,
    p: {
      provider: string;
      txn: string;
      amount: string;
      payer: string;
      receiver: string;
      eventName: string | null;
      problem: string;
      action: string;
    },
    url: string,
  ) =>
    compose(to, locale, {
      subject: text('mail_payment_review_subject', { txn: p.txn }),
      paragraphs: [
        p.eventName
          ? text('mail_payment_review_body_event', {
              provider: p.provider,
              txn: p.txn,
              amount: p.amount,
              payer: p.payer,
              receiver: p.receiver,
              eventName: p.eventName,
            })
          : text('mail_payment_review_body', {
              provider: p.provider,
              txn: p.txn,
              amount: p.amount,
              payer: p.payer,
              receiver: p.receiver,
            }),
        text('mail_payment_attention_problem', { problem: p.problem }),
        text('mail_payment_attention_action', { action: p.action }),
        text('mail_payment_review_proof'),
      ],
      link: { url, label: 'mail_payment_review_link' },
    }),
  /**
   * ML1: an organizer's message to a holder (or a sponsor: `why`), their words as written between a translated
   * greeting and a footer saying why this service mail reaches them (no unsubscribing from it).
   */
  mailing: (
    to: string,
    locale: Locale | null,
    m: {
      firstName: string;
      eventName: string;
      clubName: string;
      subject: string;
      body: { text: string; html: string };
      why: 'holder' | 'sponsor';
    },
    url: string,
  ) =>
    compose(to, locale, {
      subject: text('mail_mailing_intro', { eventName: m.eventName }),
      ownSubject: m.subject,
      paragraphs: [
        greeting(m.firstName),
        text('mail_mailing_intro', { eventName: m.eventName }),
        text(m.why === 'holder' ? 'mail_mailing_why_holder' : 'mail_mailing_why_sponsor', {
          eventName: m.eventName,
          clubName: m.clubName,
        }),
      ],
      verbatim: { ...m.body, after: 2 },
      link: { url, label: 'mail_link_my_bookings' },
    }),
  /** The attendee's money arrived after their pre-reservation ended and no place was left: they will be refunded. */
  paidTooLate: (to: string, locale: Locale | null, b: MailBooking, url: string) =>
    compose(to, locale, {
      subject: text('mail_paid_too_late_subject', { reference: b.reference }),
      paragraphs: [
        greeting(b.holderFirstName),
        text('mail_paid_too_late_body', { ticketName: b.ticketName, eventName: b.eventName, reference: b.reference }),
        text('mail_paid_too_late_refund'),
      ],
      link: { url, label: 'mail_link_my_bookings' },
    }),
};
