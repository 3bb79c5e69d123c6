import type { MailMessage } from './mailer';

/** Mails are bilingual (French first): the recipient's language is unknown when they have no account yet. */
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function compose(to: string, subject: string, paragraphs: Array<[fr: string, en: string]>, link?: { url: string; fr: string; en: string }): MailMessage {
  const textParts = paragraphs.map(([fr, en]) => `${fr}\n${en}`);
  if (link) textParts.push(`${link.fr} / ${link.en} :\n${link.url}`);
  const htmlParts = paragraphs.map(([fr, en]) => `<p>${escapeHtml(fr)}<br><span lang="en" style="color:#555">${escapeHtml(en)}</span></p>`);
  if (link) htmlParts.push(`<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.fr)} / ${escapeHtml(link.en)}</a></p>`);
  return {
    to,
    subject,
    text: `${textParts.join('\n\n')}\n\n— Billetterie`,
    html: `<!doctype html><html lang="fr"><body style="font-family:sans-serif">${htmlParts.join('')}<p>— Billetterie</p></body></html>`,
    links: link ? [link.url] : [],
  };
}

/** What booking mails say about a booking. */
export interface MailBooking {
  reference: string;
  holderFirstName: string;
  eventName: string;
  ticketName: string;
  /** Formatted, e.g. "12,50 €". */
  price: string;
  reserved: boolean;
  sponsorName?: string | null;
  /** Formatted in Europe/Paris. */
  expiresAt?: string | null;
}

export const mails = {
  verifyEmail: (to: string, firstName: string, url: string) =>
    compose(
      to,
      'Vérifiez votre adresse email / Verify your email address',
      [[`Bonjour ${firstName},`, `Hello ${firstName},`], ['Confirmez votre adresse email pour activer votre compte (lien valable 48 heures).', 'Confirm your email address to activate your account (link valid for 48 hours).']],
      { url, fr: 'Vérifier mon adresse', en: 'Verify my address' },
    ),
  accountExists: (to: string, url: string) =>
    compose(
      to,
      'Vous avez déjà un compte / You already have an account',
      [['Quelqu’un (vous, sans doute) a voulu créer un compte avec cette adresse, mais elle en a déjà un.', 'Someone (probably you) tried to sign up with this address, but it already has an account.'], ['Si vous avez oublié votre mot de passe, vous pouvez le réinitialiser.', 'If you forgot your password, you can reset it.']],
      { url, fr: 'Réinitialiser mon mot de passe', en: 'Reset my password' },
    ),
  resetPassword: (to: string, firstName: string, url: string) =>
    compose(
      to,
      'Réinitialisation du mot de passe / Password reset',
      [[`Bonjour ${firstName},`, `Hello ${firstName},`], ['Choisissez un nouveau mot de passe avec ce lien (valable 1 heure). Si vous n’avez rien demandé, ignorez ce message.', 'Choose a new password with this link (valid for 1 hour). If you did not ask for it, ignore this message.']],
      { url, fr: 'Choisir un nouveau mot de passe', en: 'Choose a new password' },
    ),
  schoolAccountInvitation: (to: string, firstName: string, url: string) =>
    compose(
      to,
      'Votre compte Billetterie / Your Billetterie account',
      [[`Bonjour ${firstName},`, `Hello ${firstName},`], ['Votre école vous a créé un compte sur la billetterie. Choisissez votre mot de passe avec ce lien (valable 7 jours).', 'Your school created an account for you on the ticketing platform. Choose your password with this link (valid for 7 days).']],
      { url, fr: 'Choisir mon mot de passe', en: 'Choose my password' },
    ),
  booked: (to: string, b: MailBooking, url: string) =>
    compose(
      to,
      `${b.reserved ? 'Réservation confirmée' : 'Pré-réservation enregistrée'} ${b.reference} / ${b.reserved ? 'Reservation confirmed' : 'Pre-reservation recorded'}`,
      [
        [`Bonjour ${b.holderFirstName},`, `Hello ${b.holderFirstName},`],
        b.sponsorName
          ? [`${b.sponsorName} vous a réservé une place : ${b.ticketName} — ${b.eventName}.`, `${b.sponsorName} booked a place for you: ${b.ticketName} — ${b.eventName}.`]
          : [`Votre place : ${b.ticketName} — ${b.eventName}.`, `Your place: ${b.ticketName} — ${b.eventName}.`],
        [`Référence : ${b.reference}. Prix : ${b.price}.`, `Reference: ${b.reference}. Price: ${b.price}.`],
        b.reserved
          ? ['Votre réservation est confirmée.', 'Your reservation is confirmed.']
          : [
              `Elle sera confirmée une fois payée${b.expiresAt ? ` (avant le ${b.expiresAt}, sinon elle expire)` : ''}.`,
              `It will be confirmed once paid${b.expiresAt ? ` (before ${b.expiresAt}, or it expires)` : ''}.`,
            ],
      ],
      { url, fr: 'Voir mes réservations', en: 'See my bookings' },
    ),
  reserved: (to: string, b: MailBooking, url: string) =>
    compose(
      to,
      `Réservation confirmée ${b.reference} / Reservation confirmed`,
      [
        [`Bonjour ${b.holderFirstName},`, `Hello ${b.holderFirstName},`],
        [`Votre paiement est enregistré : ${b.ticketName} — ${b.eventName} est réservé (référence ${b.reference}).`, `Your payment is recorded: ${b.ticketName} — ${b.eventName} is reserved (reference ${b.reference}).`],
      ],
      { url, fr: 'Voir mes réservations', en: 'See my bookings' },
    ),
  expired: (to: string, b: MailBooking, url: string, mayBookAgain: boolean) =>
    compose(
      to,
      `Pré-réservation expirée ${b.reference} / Pre-reservation expired`,
      [
        [`Bonjour ${b.holderFirstName},`, `Hello ${b.holderFirstName},`],
        [
          `Votre pré-réservation ${b.reference} (${b.ticketName} — ${b.eventName}) n’a pas été payée à temps : elle a expiré et sa place a été libérée.`,
          `Your pre-reservation ${b.reference} (${b.ticketName} — ${b.eventName}) was not paid in time: it expired and its place was freed.`,
        ],
        ...(mayBookAgain ? [['Vous pouvez réserver à nouveau s’il reste des places.', 'You may book again if places are left.'] as [string, string]] : []),
      ],
      { url, fr: 'Voir l’évènement', en: 'See the event' },
    ),
  eventCancelled: (to: string, firstName: string, eventName: string, reasonText: string | null, references: string[], url: string) =>
    compose(
      to,
      `Évènement annulé : ${eventName} / Event cancelled`,
      [
        [`Bonjour ${firstName},`, `Hello ${firstName},`],
        [`Les organisateurs ont annulé « ${eventName} ».`, `The organizers cancelled “${eventName}”.`],
        ...(reasonText ? [[`Motif : ${reasonText}`, `Reason: ${reasonText}`] as [string, string]] : []),
        [
          `Réservations concernées : ${references.join(', ')}. Elles sont conservées ; les organisateurs vous contacteront pour un éventuel remboursement.`,
          `Bookings concerned: ${references.join(', ')}. They are kept; the organizers will contact you about any refund.`,
        ],
      ],
      { url, fr: 'Voir mes réservations', en: 'See my bookings' },
    ),
  /** PY3: to the event's admins and the platform admins when money needs a human (non-conforming, refund, late). */
  paymentProblem: (to: string, p: { eventName: string; reference: string; holderName: string; provider: string; txn: string; amount: string; problem: string; action: string }, url: string) =>
    compose(
      to,
      `Paiement à traiter ${p.reference} — ${p.eventName} / Payment needs attention`,
      [
        [`Un paiement ${p.provider} (${p.txn}, ${p.amount}) pour la réservation ${p.reference} de ${p.holderName} demande votre attention.`, `A ${p.provider} payment (${p.txn}, ${p.amount}) for booking ${p.reference} of ${p.holderName} needs your attention.`],
        [`Problème : ${p.problem}`, `Problem: ${p.problem}`],
        [`Ce qui a été fait : ${p.action}`, `What was done: ${p.action}`],
        ['Le message du prestataire est conservé comme preuve sur la page de la réservation.', 'The provider’s message is kept as proof on the booking’s page.'],
      ],
      { url, fr: 'Voir la réservation', en: 'See the booking' },
    ),
  /** PY3: a verified payment that matches no checkout of the platform: kept and flagged for a human. */
  paymentToReview: (
    to: string,
    p: { provider: string; txn: string; amount: string; payer: string; receiver: string; eventName: string | null; problem: string; action: string },
    url: string,
  ) =>
    compose(
      to,
      `Paiement à vérifier ${p.txn} / Payment to review`,
      [
        [
          `Un paiement ${p.provider} (${p.txn}, ${p.amount}) de ${p.payer} vers ${p.receiver}${p.eventName ? ` (compte de ${p.eventName})` : ''} demande votre attention.`,
          `A ${p.provider} payment (${p.txn}, ${p.amount}) from ${p.payer} to ${p.receiver}${p.eventName ? ` (account of ${p.eventName})` : ''} needs your attention.`,
        ],
        [`Problème : ${p.problem}`, `Problem: ${p.problem}`],
        [`Ce qui a été fait : ${p.action}`, `What was done: ${p.action}`],
        ['Le message du prestataire est conservé comme preuve.', 'The provider’s message is kept as proof.'],
      ],
      { url, fr: 'Ouvrir la console', en: 'Open the console' },
    ),
  /** The attendee's money arrived after their pre-reservation ended and no place was left: they will be refunded. */
  paidTooLate: (to: string, b: MailBooking, url: string) =>
    compose(
      to,
      `Paiement reçu trop tard ${b.reference} / Payment received too late`,
      [
        [`Bonjour ${b.holderFirstName},`, `Hello ${b.holderFirstName},`],
        [
          `Votre paiement pour ${b.ticketName} — ${b.eventName} (${b.reference}) est arrivé après la fin de votre pré-réservation, et il ne reste plus de place.`,
          `Your payment for ${b.ticketName} — ${b.eventName} (${b.reference}) arrived after your pre-reservation ended, and no place is left.`,
        ],
        ['Votre paiement est enregistré ; les organisateurs ont été prévenus et vont vous rembourser.', 'Your payment is recorded; the organizers were told and will refund you.'],
      ],
      { url, fr: 'Voir mes réservations', en: 'See my bookings' },
    ),
};
