/**
 * SEC3: what text coming from outside may hold. C0 and C1 control characters (NUL first: PostgreSQL
 * refuses it and the query fails), DEL, and lone UTF-16 surrogates (not encodable as UTF-8: silently
 * turned into U+FFFD on the way to the database) are never text. Multi-line text (descriptions,
 * answers, a CSV file) may also hold tabs and line breaks.
 */
const LONE_SURROGATE = '[\\ud800-\\udbff](?![\\udc00-\\udfff])|(?<![\\ud800-\\udbff])[\\udc00-\\udfff]';
const SINGLE_LINE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f]|${LONE_SURROGATE}`);
const MULTI_LINE = new RegExp(`[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f]|${LONE_SURROGATE}`);

/** C0 controls and DEL, NUL included: what display names, file names and quoted provider values drop or replace. */
const C0_AND_DEL = '[\\u0000-\\u001f\\u007f]';
export const hasC0Control = (text: string) => new RegExp(C0_AND_DEL).test(text);
export const replaceC0Controls = (text: string, replacement = '') =>
  text.replace(new RegExp(C0_AND_DEL, 'g'), replacement);

/** True when the text holds a character no text input may hold (tab, CR and LF allowed only if multi-line). */
export const hasControlCharacter = (text: string, multiline = false) =>
  (multiline ? MULTI_LINE : SINGLE_LINE).test(text);
