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
};
