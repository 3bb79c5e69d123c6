import path from 'node:path';
import { DEFAULT_LOCALE, t } from '../core/i18n';
import type { TicketFacts } from './layout';

// pdfmake 0.3 on Node: one shared instance; fonts are files on disk (its bundled Roboto).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake = require('pdfmake') as PdfMake;

interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(doc: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

let ready = false;
function fonts() {
  if (ready) return;
  const dir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'build', 'fonts', 'Roboto');
  pdfmake.setFonts({
    Roboto: {
      normal: path.join(dir, 'Roboto-Regular.ttf'),
      bold: path.join(dir, 'Roboto-Medium.ttf'),
      italics: path.join(dir, 'Roboto-Italic.ttf'),
      bolditalics: path.join(dir, 'Roboto-MediumItalic.ttf'),
    },
  });
  // Documents never fetch anything: no URL, and no local file but the fonts.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(dir + path.sep));
  ready = true;
}

/**
 * TT2: the ticket as an A4 page: the rendered ticket across the top (cut along the line), what to do below; in the
 * holder's language (issue 12), the instructions in French then English when it is unknown.
 */
export async function ticketPdf(jpeg: Buffer, f: TicketFacts): Promise<Buffer> {
  fonts();
  const locale = f.locale ?? DEFAULT_LOCALE;
  const instructions = f.locale
    ? t(f.locale, 'document_ticket_instructions')
    : `${t('fr', 'document_ticket_instructions')} / ${t('en', 'document_ticket_instructions')}`;
  const doc = {
    pageSize: 'A4',
    pageMargins: [30, 30, 30, 30],
    info: {
      title: t(locale, 'document_ticket_pdf_title', { reference: f.reference, eventName: f.eventName }),
      author: 'Billetterie',
      subject: f.holderName,
    },
    content: [
      { image: `data:image/jpeg;base64,${jpeg.toString('base64')}`, width: 535 },
      {
        canvas: [
          { type: 'line', x1: 0, y1: 8, x2: 535, y2: 8, dash: { length: 4 }, lineWidth: 0.5, lineColor: '#999999' },
        ],
      },
      { text: `${f.eventName} — ${f.when}`, bold: true, fontSize: 12, margin: [0, 16, 0, 4] },
      { text: f.location, fontSize: 10, color: '#444444' },
      {
        text: t(locale, 'document_ticket_holder_line', {
          holderName: f.holderName,
          ticketName: f.ticketName,
          reference: f.reference,
        }),
        fontSize: 10,
        margin: [0, 10, 0, 0],
      },
      {
        text: instructions,
        fontSize: 9,
        color: '#444444',
        margin: [0, 10, 0, 0],
      },
    ],
    defaultStyle: { font: 'Roboto' },
  };
  return pdfmake.createPdf(doc).getBuffer();
}
