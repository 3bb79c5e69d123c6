import en from '../../../messages/en.json';
import fr from '../../../messages/fr.json';

/**
 * The server's texts come from the apps' one catalogue (messages/fr.json, messages/en.json; docs/i18n.md): mails
 * under `mail_`, words inside generated files (exports, tickets) under `document_`, and the enums' own key sets
 * (`booking_status_*`…). French is the default and the fallback.
 */
export type Locale = 'fr' | 'en';
export const LOCALES: readonly Locale[] = ['fr', 'en'];
export const DEFAULT_LOCALE: Locale = 'fr';

/** A key of the catalogue (French holds every key; English falls back to it). */
export type MessageKey = Exclude<keyof typeof fr, '$schema'>;
export type MessageParams = Readonly<Record<string, string | number>>;

/** One catalogue per locale: flat keys, plain strings with `{name}` placeholders (inlang message format). */
export type Catalogues = Record<Locale, Readonly<Record<string, string>>>;

const catalogues: Catalogues = { fr, en };

/** `{name}` placeholders, as the inlang message format writes them. */
const PLACEHOLDER = /\{([A-Za-z_][A-Za-z0-9_]*)\}/g;

/** The placeholder names a text uses, sorted and once each. */
export const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1]))].sort();

/**
 * `t` over the given catalogues: the text of `key` in `locale` (French when that locale lacks it), its `{name}`
 * placeholders replaced by `params`. Values are inserted as they are, in one pass: a value holding `{x}` is never
 * read as a placeholder. A placeholder without a value stays as written. An unknown key is a programming error.
 */
export function translator(from: Catalogues) {
  return (locale: Locale, key: string, params?: MessageParams): string => {
    const own = (l: Locale) => (Object.hasOwn(from[l], key) ? from[l][key] : undefined);
    const text = own(locale) ?? own(DEFAULT_LOCALE);
    if (text === undefined) throw new Error(`unknown message key ${key}`);
    if (!params) return text;
    return text.replace(PLACEHOLDER, (whole, name: string) =>
      Object.hasOwn(params, name) ? String(params[name]) : whole,
    );
  };
}

const translate = translator(catalogues);

/** The catalogue's text of `key` in `locale` (see `translator`). */
export const t = (locale: Locale, key: MessageKey, params?: MessageParams): string => translate(locale, key, params);

/** Whether the catalogue has this key in this language (without falling back). */
export const hasMessage = (locale: Locale, key: string): boolean => Object.hasOwn(catalogues[locale], key);

/** Reads a stored or received value as a locale: 'fr' or 'en', anything else null. */
export const asLocale = (value: unknown): Locale | null => (value === 'fr' || value === 'en' ? value : null);
