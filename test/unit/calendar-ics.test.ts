// CL1: the iCalendar writer (RFC 5545): escaping, folding at 75 octets, CRLF, and Paris wall times.
import { expect } from 'chai';
import { calendarFile, escapeText, foldLine, parisLocal } from '../../server/src/modules/calendar';

/** Unfolds a file (RFC 5545 §3.1: CRLF followed by one space or tab continues the line). */
export const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('unit: calendar files (CL1)', () => {
  it('CL1: text values escape backslash, semicolon, comma and newlines (CRLF, LF, CR), and drop control characters other than tab', () => {
    expect(escapeText('a\\b;c,d')).to.equal('a\\\\b\\;c\\,d');
    expect(escapeText('un\r\ndeux\ntrois\rquatre')).to.equal('un\\ndeux\\ntrois\\nquatre');
    expect(escapeText('x\u0000y\u0007z\tw'), 'a tab is allowed text').to.equal('xyz\tw');
    expect(escapeText('BEGIN:VEVENT')).to.equal('BEGIN:VEVENT');
  });

  it('CL1: lines are folded at 75 octets with CRLF and a space, never inside a UTF-8 character, and unfold back', () => {
    const long = `SUMMARY:${'é'.repeat(100)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).to.be.at.most(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((l) => l.startsWith(' ')),
    ).to.equal(true);
    expect(unfold(folded).join('')).to.equal(long);
    expect(foldLine('SHORT:x')).to.equal('SHORT:x');
    const ascii = `DESCRIPTION:${'a'.repeat(63)}`; // exactly 75 octets: not folded
    expect(foldLine(ascii)).to.equal(ascii);
    expect(foldLine(`${ascii}b`).split('\r\n')).to.deep.equal([ascii, ' b']);
  });

  it('CL1: times are the event’s Paris wall time, in summer (CEST) and in winter (CET)', () => {
    expect(parisLocal(new Date('2027-07-14T18:30:00Z'))).to.equal('20270714T203000');
    expect(parisLocal(new Date('2027-01-15T18:30:00Z'))).to.equal('20270115T193000');
    // The night of the change back to winter time: 01:30 UTC is 02:30 CET... after 03:00 CEST became 02:00 CET.
    expect(parisLocal(new Date('2027-10-31T01:30:00Z'))).to.equal('20271031T023000');
  });

  it('CL1: a file is CRLF throughout, with a VTIMEZONE for Europe/Paris, TZID times, a UTC DTSTAMP and escaped text', () => {
    const ics = calendarFile({
      uid: 'booking-1@example.org',
      summary: 'Gala; N7, édition 2027',
      startsAt: new Date('2027-03-20T19:00:00Z'),
      endsAt: new Date('2027-03-21T01:00:00Z'),
      location: 'Salle 1, 2 rue du Port\\Quai',
      description: 'Réservation GALA-1\nhttps://x.example/bookings/1',
      url: 'https://x.example/bookings/1',
      stamp: new Date('2027-01-01T12:00:00Z'),
    });
    expect(ics.endsWith('\r\n')).to.equal(true);
    expect(ics.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    const lines = unfold(ics);
    expect(lines).to.include.members([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'METHOD:PUBLISH',
      'TZID:Europe/Paris',
      'UID:booking-1@example.org',
      'DTSTAMP:20270101T120000Z',
      'DTSTART;TZID=Europe/Paris:20270320T200000',
      'DTEND;TZID=Europe/Paris:20270321T020000',
      'SUMMARY:Gala\\; N7\\, édition 2027',
      'LOCATION:Salle 1\\, 2 rue du Port\\\\Quai',
      'DESCRIPTION:Réservation GALA-1\\nhttps://x.example/bookings/1',
      'STATUS:CONFIRMED',
      'END:VCALENDAR',
    ]);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).to.have.length(1);
  });
});
