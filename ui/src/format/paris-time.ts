// Events happen in Europe/Paris: `datetime-local` inputs are read and filled in
// that zone whatever the browser's or the server's zone, and the API gets UTC.
const zone = 'Europe/Paris';

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: zone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** The wall-clock reading in Paris of an instant, as `YYYY-MM-DDTHH:mm`. */
function parisWallClock(date: Date): string {
  const part = Object.fromEntries(partsFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}`;
}

/** Minutes Paris is ahead of UTC at that instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(date: Date): number {
  const wall = Date.parse(`${parisWallClock(date)}:00Z`);
  const utc = Math.floor(date.getTime() / 60_000) * 60_000;
  return Math.round((wall - utc) / 60_000);
}

/** `YYYY-MM-DDTHH:mm` read in Paris → ISO UTC; null when empty or malformed. */
export function parisLocalToIso(local: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const asUtc = Date.parse(`${local.slice(0, 16)}:00Z`);
  if (Number.isNaN(asUtc)) return null;
  // Two passes settle the offset around daylight-saving changes.
  let instant = asUtc - parisOffsetMinutes(new Date(asUtc)) * 60_000;
  instant = asUtc - parisOffsetMinutes(new Date(instant)) * 60_000;
  return new Date(instant).toISOString();
}

/** ISO instant → the `datetime-local` value showing it in Paris; '' for none. */
export function isoToParisLocal(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : parisWallClock(date);
}
