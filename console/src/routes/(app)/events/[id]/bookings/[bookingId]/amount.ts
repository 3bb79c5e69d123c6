import { formatEuros } from '@billetterie/ui';

/**
 * An amount in cents of its currency. Providers' messages may state another currency than
 * the booking's EUR (that is what makes them non-conforming): it is shown as stated.
 */
export function formatAmount(cents: number, currency: string | null | undefined, locale: string): string {
  if (!currency || currency === 'EUR') return formatEuros(cents, locale);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
  } catch {
    return `${(cents / 100).toFixed(2)} ${currency}`;
  }
}
