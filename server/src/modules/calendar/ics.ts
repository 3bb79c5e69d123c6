import { TIME_ZONE } from '../../core/time';

/*
 * CL1: iCalendar files (RFC 5545), written by hand: lines end in CRLF, are folded at 75 octets, and text values
 * escape backslash, semicolon, comma and newlines. Times are given in Europe/Paris with its VTIMEZONE, so a
 * calendar shows the event's Paris wall time whatever the device's zone (and keeps it across the DST change).
 */

/** Control characters TEXT can't carry (tab can; newlines are escaped first). A string: eslint's no-control-regex. */
const CONTROL_BUT_TAB_AND_NEWLINE = new RegExp(`[\\u0000-\\u0008\\u000b-\\u001f\\u007f]`, 'g');

/** TEXT value (RFC 5545 §3.3.11): `\` `;` `,` escaped, newlines as `\n`, other control characters dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n|\r|\n/g, '\n')
    .replace(CONTROL_BUT_TAB_AND_NEWLINE, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/**
 * Folds one content line (RFC 5545 §3.1): at most 75 octets per line, CRLF, then a space and the rest. Never
 * splits a UTF-8 character.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    // The first line holds 75 octets; a continuation line 74 after its leading space.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const two = (n: number) => String(n).padStart(2, '0');

/** `YYYYMMDDTHHMMSSZ`, UTC (DTSTAMP). */
export function utcStamp(at: Date): string {
  return `${at.getUTCFullYear()}${two(at.getUTCMonth() + 1)}${two(at.getUTCDate())}T${two(at.getUTCHours())}${two(
    at.getUTCMinutes(),
  )}${two(at.getUTCSeconds())}Z`;
}

const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** `YYYYMMDDTHHMMSS`, the wall time in Paris (used with TZID=Europe/Paris). */
export function parisLocal(at: Date): string {
  const p = Object.fromEntries(parisParts.formatToParts(at).map((x) => [x.type, x.value]));
  return `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
}

/** Europe/Paris since 1996: CEST from the last Sunday of March 02:00, CET from the last Sunday of October 03:00. */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export interface CalendarEntry {
  /** Stable per event or per booking: the same file downloaded twice updates one calendar entry. */
  uid: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  location: string;
  description: string;
  url: string;
  /** When the file is made (DTSTAMP). */
  stamp: Date;
  /** The event was cancelled (STATUS:CANCELLED). */
  cancelled?: boolean;
  /** Bumped when the entry changes (SEQUENCE): the event's last update, in seconds. */
  sequence?: number;
}

/** One VEVENT in a VCALENDAR (METHOD:PUBLISH), CRLF-terminated lines, folded. */
export function calendarFile(e: CalendarEntry): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Billetterie//Billetterie//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...VTIMEZONE,
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${utcStamp(e.stamp)}`,
    `DTSTART;TZID=${TIME_ZONE}:${parisLocal(e.startsAt)}`,
    `DTEND;TZID=${TIME_ZONE}:${parisLocal(e.endsAt > e.startsAt ? e.endsAt : new Date(e.startsAt.getTime() + 3600_000))}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `LOCATION:${escapeText(e.location)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    `URL:${e.url}`,
    ...(e.sequence !== undefined ? [`SEQUENCE:${e.sequence}`] : []),
    `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
