import type { CheckInStatus } from '$lib/gql/graphql';

/**
 * TT4: what the door staff feels and hears with each result, where the phone allows it: one short high beep
 * to let in, a middle one twice for "already in", a low buzz for a refusal.
 */
type Tone = 'ok' | 'already' | 'refused';

const tones: Record<Tone, { frequency: number; beeps: number; ms: number; vibrate: number[] }> = {
  ok: { frequency: 1046, beeps: 1, ms: 140, vibrate: [120] },
  already: { frequency: 660, beeps: 2, ms: 120, vibrate: [150, 80, 150] },
  refused: { frequency: 196, beeps: 1, ms: 450, vibrate: [400, 100, 400] },
};

let audio: AudioContext | null = null;

function toneOf(status: CheckInStatus): Tone {
  if (status === 'OK') return 'ok';
  if (status === 'ALREADY_CHECKED_IN') return 'already';
  return 'refused';
}

/** Browsers start sound only after a gesture: call this on the page's first tap or key. */
export function unlockAudio(): void {
  try {
    const Context =
      globalThis.AudioContext ?? (globalThis as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Context) return;
    audio ??= new Context();
    if (audio.state === 'suspended') void audio.resume();
  } catch {
    audio = null;
  }
}

function beep(tone: Tone): void {
  if (!audio || audio.state !== 'running') return;
  const { frequency, beeps, ms } = tones[tone];
  const start = audio.currentTime;
  for (let i = 0; i < beeps; i += 1) {
    const at = start + (i * ms * 1.6) / 1000;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = tone === 'refused' ? 'square' : 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.25, at + 0.01);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + ms / 1000);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + ms / 1000 + 0.02);
  }
}

export function signalResult(status: CheckInStatus): void {
  const tone = toneOf(status);
  try {
    navigator.vibrate?.(tones[tone].vibrate);
  } catch {
    // Vibration is a bonus.
  }
  try {
    beep(tone);
  } catch {
    // So is sound.
  }
}
