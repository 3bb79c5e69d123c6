import jsQR from 'jsqr';
import sharp from 'sharp';

/** The text of the QR code in a ticket image, read as a phone would (scaled to `width`), or null when none reads. */
export async function readQr(png: Buffer, width = 1240): Promise<string | null> {
  const { data, info } = await sharp(png).resize({ width }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}
