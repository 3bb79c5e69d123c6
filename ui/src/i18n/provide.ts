import { setUiLocales, setUiMessages, type UiMessages } from './messages.js';

/** Called once by each app's root layout, with its own compiled paraglide modules. */
export function provideUiI18n(
  messages: UiMessages,
  runtime: { locales: readonly string[]; getLocale(): string },
): void {
  setUiMessages(messages);
  setUiLocales({ locales: runtime.locales, current: runtime.getLocale() });
}
