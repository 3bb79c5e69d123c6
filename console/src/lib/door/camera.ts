import jsQR from 'jsqr';

/**
 * TT4: reads QR codes from the phone's back camera. The browser's BarcodeDetector when it reads QR codes,
 * else jsQR on a downscaled frame. After each code the scanner rests, so that one ticket held in front of
 * the camera is not taken twice by accident; shown again later, it is read again.
 */
export type CameraProblem = 'UNSUPPORTED' | 'DENIED' | 'NONE' | 'BUSY' | 'FAILED';

export interface CameraScanner {
  stop(): void;
}

interface ScannerOptions {
  /** Called with each decoded text; the scanner waits for it, then rests. */
  onCode: (text: string) => Promise<void>;
  /** Between two looks at the video. */
  intervalMs?: number;
  /** After a code: no decoding for this long. */
  restMs?: number;
  /** Frames are scaled down to this width for jsQR. */
  maxWidth?: number;
}

/** The part of BarcodeDetector used here (not in TypeScript's DOM library yet). */
interface Detector {
  detect(source: CanvasImageSource): Promise<Array<{ rawValue: string }>>;
}
interface DetectorClass {
  new (options: { formats: string[] }): Detector;
  getSupportedFormats(): Promise<string[]>;
}

export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(problem);
  }
}

function problemOf(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError' || name === 'PermissionDeniedError') return 'DENIED';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'DevicesNotFoundError') return 'NONE';
  if (name === 'NotReadableError' || name === 'AbortError' || name === 'TrackStartError') return 'BUSY';
  return 'FAILED';
}

async function nativeDetector(): Promise<Detector | null> {
  const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  if (!Native) return null;
  try {
    const formats = await Native.getSupportedFormats();
    return formats.includes('qr_code') ? new Native({ formats: ['qr_code'] }) : null;
  } catch {
    return null;
  }
}

/** Starts the back camera into `video` and decodes it; throws CameraError when there is no usable camera. */
export async function startCameraScanner(video: HTMLVideoElement, options: ScannerOptions): Promise<CameraScanner> {
  const { onCode, intervalMs = 150, restMs = 2000, maxWidth = 640 } = options;
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('UNSUPPORTED');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (error) {
    throw new CameraError(problemOf(error));
  }
  video.srcObject = stream;
  video.muted = true;
  video.playsInline = true;
  try {
    await video.play();
  } catch {
    // Autoplay of a muted video is allowed; a refusal here still leaves frames to read once it plays.
  }

  const detector = await nativeDetector();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true });
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restUntil = 0;

  async function decode(): Promise<string | null> {
    if (video.readyState < HTMLMediaElement.HAVE_CURRENT_DATA || !video.videoWidth) return null;
    if (detector) {
      const codes = await detector.detect(video);
      return codes[0]?.rawValue ?? null;
    }
    if (!context) return null;
    const scale = Math.min(1, maxWidth / video.videoWidth);
    const width = Math.round(video.videoWidth * scale);
    const height = Math.round(video.videoHeight * scale);
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    context.drawImage(video, 0, 0, width, height);
    const image = context.getImageData(0, 0, width, height);
    return jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
  }

  async function tick() {
    if (stopped) return;
    if (Date.now() >= restUntil && !document.hidden) {
      let text: string | null;
      try {
        text = await decode();
      } catch {
        text = null;
      }
      if (text && !stopped) {
        try {
          await onCode(text);
        } finally {
          restUntil = Date.now() + restMs;
        }
      }
    }
    if (!stopped) timer = setTimeout(tick, intervalMs);
  }
  timer = setTimeout(tick, intervalMs);

  return {
    stop() {
      stopped = true;
      clearTimeout(timer);
      for (const track of stream.getTracks()) track.stop();
      video.srcObject = null;
    },
  };
}
