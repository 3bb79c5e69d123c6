// CL1: every event and booking offers a calendar file (.ics, Paris time); the reservation mail attaches it.
import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { useApp } from '../support/app';
import { MARK_PAID } from '../support/booking-fixtures';
import { BOOK, organizerEvent } from '../support/event-fixtures';
import { signInAll } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { mailbox } from '../support/mailbox';

const PEOPLE = { alice: 'alice@example.org', bruno: 'bruno@example.org', anonymous: null };

/** A GET with the client's session cookie. */
const get = (c: ApiClient, path: string) =>
  fetch(`${c.baseUrl}${path}`, {
    headers: c.cookies.size ? { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {},
  });

/** A small RFC 5545 reader: unfolds, then maps each property of the VEVENT (name with its parameters → value). */
function parseIcs(ics: string) {
  expect(ics.endsWith('\r\n'), 'CRLF line ends').to.equal(true);
  const folded = ics.slice(0, -2).split('\r\n');
  for (const line of folded) expect(Buffer.byteLength(line, 'utf8'), line).to.be.at.most(75);
  const lines = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
  const start = lines.indexOf('BEGIN:VEVENT');
  const end = lines.indexOf('END:VEVENT');
  expect(start).to.be.greaterThan(-1);
  const props: Record<string, string> = {};
  for (const line of lines.slice(start + 1, end)) {
    const i = line.indexOf(':');
    props[line.slice(0, i)] = line.slice(i + 1);
  }
  const unescape = (v: string) => v.replace(/\\n/gi, '\n').replace(/\\([\\;,])/g, '$1');
  return { lines, props, text: (name: string) => unescape(props[name] ?? '') };
}

describe('API: calendar files (CL1)', function () {
  this.timeout(60_000);
  const t = useApp();
  let p: Record<keyof typeof PEOPLE, ApiClient>;
  before(async () => {
    p = await signInAll(t, PEOPLE);
  });

  it('CL1: a public event’s .ics is served to anyone: Paris wall time with its VTIMEZONE, place, stable UID, link to the event', async () => {
    const ev = await organizerEvent(t, {
      name: 'Gala, N7; 2027',
      location: 'Salle des fêtes, Toulouse',
      startsAt: '2027-07-14T18:30:00.000Z',
      endsAt: '2027-07-14T23:00:00.000Z',
    });
    const res = await get(p.anonymous, `/calendar/events/${ev.eventId}.ics`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^text\/calendar; charset=utf-8; method=PUBLISH/i);
    expect(res.headers.get('content-disposition')).to.match(/^attachment; filename="Gala-N7-2027\.ics"/);
    const ics = await res.text();
    const { lines, props, text } = parseIcs(ics);
    expect(lines).to.include.members(['METHOD:PUBLISH', 'BEGIN:VTIMEZONE', 'TZID:Europe/Paris']);
    expect(props['DTSTART;TZID=Europe/Paris'], '18:30 UTC in July is 20:30 in Paris').to.equal('20270714T203000');
    expect(props['DTEND;TZID=Europe/Paris']).to.equal('20270715T010000');
    expect(props.DTSTAMP).to.match(/^\d{8}T\d{6}Z$/);
    expect(text('SUMMARY')).to.equal('Gala, N7; 2027');
    expect(text('LOCATION')).to.equal('Salle des fêtes, Toulouse');
    expect(props.URL).to.equal(`${t.url}/events/${ev.eventId}`);
    expect(props.UID).to.equal(`event-${ev.eventId}@127.0.0.1`);
    const again = parseIcs(await (await get(p.alice, `/calendar/events/${ev.eventId}.ics`)).text());
    expect(again.props.UID, 'the same UID every time').to.equal(props.UID);
  });

  it('CL1 SEC5: a draft event’s file, an unknown id and a bad name all answer the same 404', async () => {
    const draft = await organizerEvent(t, { visibility: 'DRAFT' });
    const answers = await Promise.all(
      [
        `/calendar/events/${draft.eventId}.ics`,
        `/calendar/events/${randomUUID()}.ics`,
        `/calendar/events/${draft.eventId}`,
        `/calendar/events/..%2F..%2Fetc.ics`,
      ].map(async (path) => {
        const res = await get(p.alice, path);
        return [res.status, await res.text()];
      }),
    );
    for (const a of answers) expect(a).to.deep.equal(answers[0]);
    expect(answers[0][0]).to.equal(404);
    expect((await get(draft.board, `/calendar/events/${draft.eventId}.ics`)).status, 'its organizers').to.equal(200);
  });

  it('CL1: a booking’s .ics carries its reference and link, for its holder and sponsor only; the reservation mail attaches it', async () => {
    const ev = await organizerEvent(t, {
      name: 'Gala calendrier',
      startsAt: '2027-01-15T18:30:00.000Z',
      endsAt: '2027-01-15T23:30:00.000Z',
    });
    const ticket = await ev.ticket({ priceCents: 1200 });
    const b = (await p.alice.data(BOOK, { i: { ticketId: ticket, optionIds: [] } })).book;
    const res = await get(p.alice, `/calendar/bookings/${b.id}.ics`);
    expect(res.status).to.equal(200);
    expect(res.headers.get('cache-control')).to.equal('private, no-store');
    const { props, text } = parseIcs(await res.text());
    expect(props['DTSTART;TZID=Europe/Paris'], '18:30 UTC in January is 19:30 in Paris').to.equal('20270115T193000');
    expect(text('SUMMARY')).to.include(b.reference);
    expect(text('DESCRIPTION')).to.include(b.reference).and.include(`${t.url}/bookings/${b.id}`);
    expect(props.URL).to.equal(`${t.url}/bookings/${b.id}`);
    expect(props.UID).to.equal(`booking-${b.id}@127.0.0.1`);
    // Others: the same 404 as an unknown booking, an organizer included (their lists are elsewhere).
    const unknown = await get(p.bruno, `/calendar/bookings/${randomUUID()}.ics`);
    for (const who of [p.bruno, p.anonymous, ev.board]) {
      const other = await get(who, `/calendar/bookings/${b.id}.ics`);
      expect(other.status).to.equal(404);
      expect(await other.text()).to.equal(await unknown.clone().text());
    }

    // BK3: the sponsor of a guest booking gets its file too.
    const guest = { firstName: 'Gaston', lastName: 'Invité', email: `gaston-${randomUUID()}@example.org` };
    const g = (await p.bruno.data(BOOK, { i: { ticketId: ticket, optionIds: [], guest } })).book;
    const sponsor = await get(p.bruno, `/calendar/bookings/${g.id}.ics`);
    expect(sponsor.status).to.equal(200);
    expect(parseIcs(await sponsor.text()).text('DESCRIPTION')).to.include('Gaston Invité');

    await ev.board.data(MARK_PAID, { i: { bookingId: b.id, amountCents: 1200, method: 'CASH', reference: '' } });
    const mail = await mailbox.waitFor(
      'alice@example.org',
      (m) => m.subject.includes(b.reference) && m.raw.attachments.some((a) => a.contentType === 'text/calendar'),
    );
    const ics = mail.raw.attachments.find((a) => a.contentType === 'text/calendar')!;
    expect(ics.filename).to.equal(`${b.reference}.ics`);
    expect(String(ics.headers.get('content-type') && (ics.headers.get('content-type') as any).params?.method)).to.equal(
      'PUBLISH',
    );
    const attached = parseIcs(ics.content.toString('utf8'));
    expect(attached.props.UID).to.equal(props.UID);
    expect(attached.props['DTSTART;TZID=Europe/Paris']).to.equal('20270115T193000');
    expect(attached.text('DESCRIPTION')).to.include(b.reference);
    expect(
      mail.raw.attachments.some((a) => a.contentType === 'application/pdf'),
      'next to the ticket',
    ).to.equal(true);
  });
});
