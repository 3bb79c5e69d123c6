import { DEFAULT_LOCALE, t, type Locale } from '../core/i18n';

/**
 * TT1, TT2: the ticket's geometry. Templates are landscape PNG or JPEG of exactly 2480×1169 pixels (A4 width at
 * 300 dpi, a third of its height). Two zones must stay white on a template: the booking's information is written
 * in INFO_ZONE and the QR code in QR_ZONE.
 */
export const TICKET_WIDTH = 2480;
export const TICKET_HEIGHT = 1169;

export interface Zone {
  left: number;
  top: number;
  width: number;
  height: number;
}

export const INFO_ZONE: Zone = { left: 110, top: 250, width: 1390, height: 830 };
export const QR_ZONE: Zone = { left: 1580, top: 170, width: 830, height: 830 };

const escapeXml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Cuts a line to what fits `width` pixels at `size` px (DejaVu Sans averages ≈ 0.58 em a character). */
export function fit(text: string, size: number, width: number, bold = false): string {
  const max = Math.max(4, Math.floor(width / (size * (bold ? 0.64 : 0.58))));
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

export interface TicketFacts {
  /**
   * Issue 12: the holder's language (their account's); null or left out when they have none: the words are French
   * and the PDF's instructions French then English.
   */
  locale?: Locale | null;
  eventName: string;
  /** "samedi 12 décembre 2026, 20:00 – 04:00", already formatted in the ticket's language. */
  when: string;
  location: string;
  holderName: string;
  ticketName: string;
  options: string[];
  reference: string;
  price: string;
}

/** One line of the information block: its text and style, its baseline in INFO_ZONE, and whether it is the holder's own. */
export interface InfoLine {
  text: string;
  size: number;
  bold?: boolean;
  color?: string;
  mono?: boolean;
  /** The baseline, in pixels from the top of INFO_ZONE. */
  y: number;
  /**
   * Printed for this booking only (holder, options, reference); the other lines (event, date, place, ticket and price)
   * are alike on every ticket of a ticket type, so a renderer may draw them once into its background.
   */
  own: boolean;
}

/** The information block's lines, at fixed baselines whatever their text. */
export function infoLines(f: TicketFacts): InfoLine[] {
  const w = INFO_ZONE.width - 60;
  const locale = f.locale ?? DEFAULT_LOCALE;
  const lines: Array<Omit<InfoLine, 'y'> & { gap: number }> = [
    { text: fit(f.eventName, 78, w, true), size: 78, bold: true, gap: 0, own: false },
    { text: fit(f.when, 40, w), size: 40, color: '#333', gap: 24, own: false },
    { text: fit(f.location, 40, w), size: 40, color: '#333', gap: 12, own: false },
    { text: fit(f.holderName, 70, w, true), size: 70, bold: true, gap: 70, own: true },
    { text: fit(`${f.ticketName} — ${f.price}`, 44, w), size: 44, gap: 20, own: false },
    {
      text: fit(
        f.options.length
          ? t(locale, 'document_ticket_options', { options: f.options.join(', ') })
          : t(locale, 'document_ticket_no_option'),
        38,
        w,
      ),
      size: 38,
      color: '#333',
      gap: 16,
      own: true,
    },
    {
      text: fit(t(locale, 'document_ticket_reference', { reference: f.reference }), 58, w, true),
      size: 58,
      bold: true,
      mono: true,
      gap: 70,
      own: true,
    },
  ];
  let y = 30;
  return lines.map(({ gap, ...l }) => {
    y += gap + l.size;
    return { ...l, y };
  });
}

/** The rows of INFO_ZONE that `lines` may paint (accents above capitals, descenders below), top and height. */
export function linesBand(lines: readonly InfoLine[]): { top: number; height: number } {
  const top = Math.max(0, Math.min(...lines.map((l) => Math.floor(l.y - l.size * 1.25))));
  const bottom = Math.min(INFO_ZONE.height, Math.max(...lines.map((l) => Math.ceil(l.y + l.size * 0.4))));
  return { top, height: bottom - top };
}

/**
 * `lines` as an SVG the width of INFO_ZONE (text on transparent: the zone below shows through), showing the band of
 * the zone from `top`, `height` pixels tall (by default the whole zone).
 */
export function linesSvg(lines: readonly InfoLine[], band = { top: 0, height: INFO_ZONE.height }): Buffer {
  const texts = lines.map((l) => {
    const family = l.mono ? 'DejaVu Sans Mono, monospace' : 'DejaVu Sans, sans-serif';
    return `<text x="30" y="${l.y - band.top}" font-family="${family}" font-size="${l.size}"${l.bold ? ' font-weight="bold"' : ''} fill="${l.color ?? '#111'}">${escapeXml(l.text)}</text>`;
  });
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${INFO_ZONE.width}" height="${band.height}">${texts.join('')}</svg>`,
  );
}

/** The whole information block, as an SVG the size of INFO_ZONE. */
export const infoSvg = (f: TicketFacts): Buffer => linesSvg(infoLines(f));

const zoneRect = (z: Zone, label: string) =>
  `<rect x="${z.left}" y="${z.top}" width="${z.width}" height="${z.height}" rx="24" fill="#ffffff"/>` +
  (label
    ? `<text x="${z.left + z.width / 2}" y="${z.top + z.height / 2}" text-anchor="middle" font-family="DejaVu Sans, sans-serif" font-size="44" fill="#9aa3ad">${escapeXml(label)}</text>`
    : '');

/**
 * The background without a template: a clean design with the event's name on a band and the two white zones.
 * With `labels`, the downloadable example template (TT1): the zones are named and sized, in `locale` (French by default).
 */
export function backgroundSvg(opts: { eventName?: string; labels?: boolean; locale?: Locale }): Buffer {
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const band = opts.labels
    ? `<text x="110" y="150" font-family="DejaVu Sans, sans-serif" font-size="64" font-weight="bold" fill="#ffffff">${escapeXml(t(locale, 'document_template_example_band', { width: TICKET_WIDTH, height: TICKET_HEIGHT }))}</text>`
    : `<text x="110" y="160" font-family="DejaVu Sans, sans-serif" font-size="84" font-weight="bold" fill="#ffffff">${escapeXml(fit(opts.eventName ?? 'Billetterie', 84, 2200, true))}</text>`;
  const info = opts.labels
    ? t(locale, 'document_template_example_info_zone', { width: INFO_ZONE.width, height: INFO_ZONE.height })
    : '';
  const qr = opts.labels ? t(locale, 'document_template_example_qr_zone', { width: QR_ZONE.width }) : '';
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${TICKET_WIDTH}" height="${TICKET_HEIGHT}">` +
      `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#1d3557"/><stop offset="1" stop-color="#457b9d"/></linearGradient></defs>` +
      `<rect width="${TICKET_WIDTH}" height="${TICKET_HEIGHT}" fill="url(#g)"/>` +
      band +
      zoneRect(INFO_ZONE, info) +
      zoneRect(QR_ZONE, qr) +
      `<text x="${TICKET_WIDTH - 60}" y="${TICKET_HEIGHT - 50}" text-anchor="end" font-family="DejaVu Sans, sans-serif" font-size="34" fill="#dfe7ee">Billetterie</text>` +
      `</svg>`,
  );
}
