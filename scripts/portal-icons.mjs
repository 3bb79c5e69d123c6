// OF1: draws the portal's icons (favicon, home-screen and maskable icons, Apple touch icon) from one SVG.
// The PNGs are committed in portal/static/icons; run `node scripts/portal-icons.mjs` after changing the drawing.
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const out = path.join(import.meta.dirname, '..', 'portal', 'static');
const PRIMARY = '#1d4ed8';

/** A white ticket (two notches, a dashed tear line) on the primary colour; `inset` keeps a maskable icon's safe zone. */
function drawing(inset, rounded) {
  const s = 512;
  const w = s - 2 * inset;
  const x = inset + w * 0.14;
  const y = inset + w * 0.3;
  const tw = w * 0.72;
  const th = w * 0.4;
  const r = th * 0.14;
  const notch = th * 0.16;
  const tear = x + tw * 0.68;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">
  <rect width="${s}" height="${s}" rx="${rounded ? 96 : 0}" fill="${PRIMARY}"/>
  <mask id="m"><rect width="${s}" height="${s}" fill="white"/>
    <circle cx="${tear}" cy="${y}" r="${notch}" fill="black"/><circle cx="${tear}" cy="${y + th}" r="${notch}" fill="black"/>
    <line x1="${tear}" y1="${y + notch * 1.6}" x2="${tear}" y2="${y + th - notch * 1.6}" stroke="black" stroke-width="${w * 0.02}" stroke-dasharray="${w * 0.035} ${w * 0.03}"/>
  </mask>
  <rect x="${x}" y="${y}" width="${tw}" height="${th}" rx="${r}" fill="white" mask="url(#m)"/>
</svg>`;
}

const icons = [
  { file: 'icons/icon-192.png', size: 192, inset: 0, rounded: true },
  { file: 'icons/icon-512.png', size: 512, inset: 0, rounded: true },
  { file: 'icons/icon-maskable-512.png', size: 512, inset: 52, rounded: false },
  { file: 'icons/apple-touch-icon.png', size: 180, inset: 24, rounded: false },
  { file: 'favicon.png', size: 32, inset: 0, rounded: true },
];
for (const icon of icons) {
  await sharp(Buffer.from(drawing(icon.inset, icon.rounded)))
    .resize(icon.size, icon.size)
    .png()
    .toFile(path.join(out, icon.file));
}
fs.writeFileSync(path.join(out, 'favicon.svg'), drawing(0, true));
console.log(`wrote ${icons.length + 1} icons in ${out}`);
