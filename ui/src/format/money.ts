/** Prices are integer cents of EUR (DESIGN "Money"); forms show and take euros. */
export function formatEuros(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** "12", "12.5", "12,50" → 1250; anything else (negative, 3 decimals, text) → null. */
export function eurosToCents(text: string): number | null {
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(text.trim().replace(/\s/g, ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** The value of a price input for an amount in cents: "12.50", "0". */
export function centsToEurosInput(cents: number): string {
  return cents % 100 === 0 ? String(cents / 100) : (cents / 100).toFixed(2);
}
