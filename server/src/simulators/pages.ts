/** Tiny HTML pages for the simulators: French, phone-first, every interpolated value escaped. */
import type { Response } from 'express';

/** Markup that is already safe; anything else interpolated into `html` is escaped. */
export class SafeHtml {
  constructor(readonly markup: string) {}
  toString() {
    return this.markup;
  }
}

export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function fragment(value: unknown): string {
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(fragment).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/** Tagged template: html`<p>${userText}</p>` escapes userText; nested html`` fragments and arrays of them pass through. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, s, i) => out + s + (i < values.length ? fragment(values[i]) : ''), ''));
}

/** `12.50`, `EUR` → `12,50 €`; other currencies keep their code. */
export function formatAmount(amount: string, currency: string): string {
  const value = amount.replace('.', ',');
  return currency.toUpperCase() === 'EUR' ? `${value}\u00a0€` : `${value}\u00a0${currency}`;
}

const STYLE = `
:root { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: #1a1a1a; background: #f3f4f6; }
body { margin: 0; }
main { max-width: 28rem; margin: 0 auto; padding: 1rem; }
.banner { margin: 0 0 1rem; padding: .5rem .75rem; border-radius: 8px; background: #fff4d6; color: #5c4300; font-size: .9375rem; }
.card { background: #fff; border-radius: 12px; padding: 1rem 1.25rem 1.25rem; box-shadow: 0 1px 3px rgba(0, 0, 0, .15); }
h1 { font-size: 1.375rem; margin: .25rem 0 1rem; }
dl { display: grid; grid-template-columns: auto 1fr; gap: .25rem 1rem; margin: 0 0 1rem; }
dt { font-weight: 600; }
dd { margin: 0; overflow-wrap: anywhere; }
.amount { font-size: 1.5rem; font-weight: 700; }
label { display: block; font-weight: 600; margin-top: .75rem; }
select { display: block; width: 100%; min-height: 44px; margin-top: .25rem; font: inherit; padding: .25rem .5rem; border: 1px solid #6b7280; border-radius: 8px; background: #fff; }
.button { display: flex; align-items: center; justify-content: center; box-sizing: border-box; width: 100%; min-height: 44px; margin-top: .75rem;
  padding: .625rem 1rem; border: 2px solid #0b4f9c; border-radius: 8px; font: inherit; font-weight: 600; text-align: center; text-decoration: none; cursor: pointer; }
.primary { background: #0b4f9c; color: #fff; }
.secondary { background: #fff; color: #0b4f9c; }
.danger { background: #fff; color: #a61b1b; border-color: #a61b1b; }
.status { font-weight: 600; }
:focus-visible { outline: 3px solid #d97706; outline-offset: 2px; }
`;

/** A whole page: `<html lang="fr">`, viewport meta, a banner saying no real money moves. */
export function renderPage(title: string, body: SafeHtml): string {
  return html`<!doctype html>
    <html lang="fr">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>${title}</title>
        <style>
          ${new SafeHtml(STYLE)}
        </style>
      </head>
      <body>
        <main>
          <p class="banner" role="note">Simulateur de test : aucun paiement réel n’est effectué.</p>
          <div class="card">
            <h1>${title}</h1>
            ${body}
          </div>
        </main>
      </body>
    </html> `.markup;
}

export function sendPage(res: Response, status: number, title: string, body: SafeHtml) {
  res.status(status).type('html').set('cache-control', 'no-store').send(renderPage(title, body));
}
