import fs from 'node:fs/promises';
import path from 'node:path';
import { expect } from 'chai';
import sharp from 'sharp';
import { useApp } from '../support/app';
import { code, fields, sql } from '../support/booking-fixtures';
import { book, organizerEvent } from '../support/event-fixtures';
import { createUser, idOf, TINY_PNG, uploadRequest } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';

// DU1 (issue 15): duplicating an event.

const DAY = 86_400_000;
const DUPLICATE = `mutation($e: ID!, $s: DateTime!, $n: String) { duplicateEvent(eventId: $e, startsAt: $s, name: $n) {
  id visibility viewerPermission } }`;
const UPDATE_EVENT = `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }`;

/** Everything a copy must repeat, ids aside (compared with the source's, dates shifted). */
const EVENT = `query($id: ID!) { event(id: $id) {
  id name description descriptionHtml location startsAt endsAt visibility contactEmail sponsorshipLimit
  paymentDeadlineHours showPlacesLeft cancelled coverUrl club { id }
  figures { placesTaken capacity reservations preReservations }
  tickets { id kind name description priceCents capacity salesOpenAt salesCloseAt sponsorshipAllowed
    pendingGuestsPerSponsor position placesTaken locked templateUrl
    restrictedToSchools { id } restrictedToClassYears restrictedToAssociations { id }
    options { id name description priceCents position }
    optionGroups { id name description position options { id name description priceCents position } }
    extraInfos { id label help type blocks numberMin numberMax choices fileTypes fileMaxBytes position } }
  grants { level granteeKind user { id } club { id } }
} }`;

const download = (c: ApiClient, url: string) =>
  fetch(`${c.baseUrl}${url}`, {
    headers: c.cookies.size ? { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {},
  });

const template = () =>
  sharp({ create: { width: 2480, height: 1169, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .png()
    .toBuffer();

/** The event as the comparison sees it: no ids, no URLs, dates moved back by `shift`, grants in a stable order. */
function comparable(event: any, shift: number) {
  const back = (d: string | null) => (d ? new Date(Date.parse(d) - shift).toISOString() : null);
  const noIds = (x: any): any =>
    Array.isArray(x)
      ? x.map(noIds)
      : x && typeof x === 'object'
        ? Object.fromEntries(
            Object.entries(x)
              .filter(([k]) => k !== 'id' && k !== 'coverUrl' && k !== 'templateUrl')
              .map(([k, v]) => [k, noIds(v)]),
          )
        : x;
  const copy = noIds(event);
  copy.startsAt = back(event.startsAt);
  copy.endsAt = back(event.endsAt);
  for (const t of copy.tickets) {
    t.salesOpenAt = back(t.salesOpenAt);
    t.salesCloseAt = back(t.salesCloseAt);
  }
  copy.club = event.club.id;
  copy.grants = event.grants
    .map((g: any) => `${g.granteeKind}:${g.user?.id ?? g.club?.id}:${g.level}`)
    .sort((a: string, b: string) => a.localeCompare(b));
  return copy;
}

describe('API: event duplication (DU1)', function () {
  this.timeout(60_000);
  const t = useApp();
  let ev: Awaited<ReturnType<typeof organizerEvent>>;
  let ids: { alice: string; editor: string; bureau: string; net7: string; school: string; association: string };
  let ticketOpen: string;
  let startsAt: string;

  before(async () => {
    const school = { kind: 'SCHOOL', schoolSlug: 'enseeiht', classYear: 2027 } as const;
    const editor = await createUser(t, {
      ...school,
      email: 'editor-board@example.org',
      clubs: [{ slug: 'net7', isBoard: true }],
    });
    await createUser(t, { ...school, email: 'editor-only@example.org' });
    await createUser(t, { ...school, email: 'viewer-board@example.org', clubs: [{ slug: 'net7', isBoard: true }] });
    await createUser(t, { ...school, email: 'board-only@example.org', clubs: [{ slug: 'net7', isBoard: true }] });
    await createUser(t, { ...school, email: 'other-board@example.org', clubs: [{ slug: 'ski-inp', isBoard: true }] });
    const start = Date.now() + 30 * DAY;
    startsAt = new Date(start).toISOString();
    ev = await organizerEvent(t, {
      startsAt,
      endsAt: new Date(start + 6 * 3600_000).toISOString(),
      paymentDeadlineHours: null,
      visibility: 'PUBLIC',
    });
    const net7 = await idOf(t, 'club', 'net7');
    ids = {
      alice: (await sql(t).execute(`select id from users where email = 'alice@example.org'`))[0].id,
      editor,
      bureau: (await sql(t).execute(`select id from users where email = 'bureau@example.org'`))[0].id,
      net7,
      school: await idOf(t, 'school', 'enseeiht'),
      association: await idOf(t, 'association', 'bde-n7'),
    };
    ticketOpen = await ev.ticket({
      name: 'Entrée',
      description: 'Accès à la soirée',
      priceCents: 1500,
      capacity: 100,
      salesOpenAt: new Date(start - 20 * DAY).toISOString(),
      salesCloseAt: new Date(start - DAY).toISOString(),
    });
    // Sales open already, so that a booking proves the copy takes none of them.
    await t.app.db.orm.em
      .fork()
      .getConnection()
      .execute(`update tickets set sales_open_at = now() - interval '1 day' where id = ?`, [ticketOpen]);
    await ev.ticket({
      kind: 'RESTRICTED',
      name: 'Étudiant',
      priceCents: 800,
      capacity: null,
      sponsorshipAllowed: true,
      pendingGuestsPerSponsor: 3,
      schoolIds: [ids.school],
      classYears: [2027, 2028],
      associationIds: [ids.association],
    });
    await ev.option(ticketOpen, 'Vestiaire', 200);
    await ev.group(ticketOpen, 'Repas', [
      ['Viande', 0],
      ['Végétarien', 100],
    ]);
    await ev.extraInfo(ticketOpen, { label: 'Taille', type: 'CHOICE', blocks: 'ENTRY', choices: ['S', 'M', 'L'] });
    await ev.extraInfo(ticketOpen, {
      label: 'Certificat',
      type: 'FILE',
      blocks: 'PAYMENT',
      fileTypes: ['application/pdf'],
      fileMaxBytes: 100_000,
    });
    await ev.extraInfo(ticketOpen, { label: 'Âge', type: 'NUMBER', blocks: 'ENTRY', numberMin: 16, numberMax: 99 });
    await ev.grant('VIEW', 'alice@example.org');
    await ev.grant('EDIT', 'editor-board@example.org');
    await ev.grant('EDIT', 'editor-only@example.org');
    await ev.grant('VIEW', 'viewer-board@example.org');
    await ev.board.data(
      `mutation($e: ID!, $i: GrantPermissionInput!) { grantPermission(eventId: $e, input: $i) { id } }`,
      { e: ev.eventId, i: { level: 'VALIDATE', granteeKind: 'CLUB_MEMBERS', clubId: net7 } },
    );
    const cover = await uploadRequest(
      ev.board,
      `mutation($id: ID!, $file: Upload!) { setEventCover(id: $id, file: $file) { id } }`,
      { id: ev.eventId },
      'file',
      { name: 'cover.png', type: 'image/png', data: TINY_PNG },
    );
    expect(cover.errors).to.equal(undefined);
    const tpl = await uploadRequest(
      ev.board,
      `mutation($t: ID!, $file: Upload!) { setTicketTemplate(ticketId: $t, file: $file) { id } }`,
      { t: ticketOpen },
      'file',
      { name: 't.png', type: 'image/png', data: await template() },
    );
    expect(tpl.errors).to.equal(undefined);
    const alice = await t.signedIn('alice@example.org');
    expect((await book(alice, ticketOpen)).errors).to.equal(undefined);
  });

  it('DU1: the copy repeats the tickets, options, groups, extra information and grants field by field, as a DRAFT with every date shifted', async () => {
    const shift = 7 * DAY + 3600_000;
    const newStart = new Date(Date.parse(startsAt) + shift).toISOString();
    const { duplicateEvent } = await ev.board.data(DUPLICATE, { e: ev.eventId, s: newStart, n: '  Gala 2027 ' });
    expect(duplicateEvent).to.deep.include({ visibility: 'DRAFT', viewerPermission: 'ADMIN' });
    const source = (await ev.board.data(EVENT, { id: ev.eventId })).event;
    const copy = (await ev.board.data(EVENT, { id: duplicateEvent.id })).event;

    expect(copy.startsAt).to.equal(newStart);
    expect(Date.parse(copy.endsAt) - Date.parse(source.endsAt)).to.equal(shift);
    expect(copy.tickets[0].salesOpenAt).to.equal(
      new Date(Date.parse(source.tickets[0].salesOpenAt) + shift).toISOString(),
    );
    expect(copy.tickets[0].salesCloseAt).to.equal(
      new Date(Date.parse(source.tickets[0].salesCloseAt) + shift).toISOString(),
    );
    expect(copy.name).to.equal('Gala 2027');
    expect(copy.paymentDeadlineHours, 'no default deadline slips in').to.equal(null);
    expect(source.tickets).to.have.length(2);
    expect(source.tickets[0].options).to.have.length(1);
    expect(source.tickets[0].optionGroups[0].options).to.have.length(2);
    expect(source.tickets[0].extraInfos).to.have.length(3);
    expect(source.tickets[1].restrictedToClassYears).to.deep.equal([2027, 2028]);

    const expected = comparable(source, 0);
    Object.assign(expected, { name: 'Gala 2027', visibility: 'DRAFT' });
    // Bookings stay with the source: the copy's places and figures start from zero, its tickets unlocked.
    expect(source.figures).to.deep.equal({ placesTaken: 1, capacity: null, reservations: 0, preReservations: 1 });
    expect(source.tickets[0]).to.deep.include({ placesTaken: 1, locked: true });
    expected.figures = { placesTaken: 0, capacity: null, reservations: 0, preReservations: 0 };
    for (const tk of expected.tickets) Object.assign(tk, { placesTaken: 0, locked: false });
    expect(comparable(copy, shift)).to.deep.equal(expected);

    // Every object is a new one.
    const idsOf = (e: any) =>
      e.tickets.flatMap((tk: any) => [
        tk.id,
        ...tk.options.map((o: any) => o.id),
        ...tk.optionGroups.flatMap((g: any) => [g.id, ...g.options.map((o: any) => o.id)]),
        ...tk.extraInfos.map((x: any) => x.id),
      ]);
    expect(idsOf(copy).filter((id: string) => idsOf(source).includes(id))).to.deep.equal([]);
  });

  it('DU1: no booking, payment, answer or check-in is copied', async () => {
    const { duplicateEvent } = await ev.board.data(DUPLICATE, { e: ev.eventId, s: startsAt });
    const [row] = await sql(t).execute(
      `select (select count(*)::int from bookings where event_id = ?) bookings,
              (select count(*)::int from bookings where event_id = ?) source_bookings,
              (select count(*)::int from payments p join bookings b on b.id = p.booking_id where b.event_id = ?) payments,
              (select count(*)::int from answers a join bookings b on b.id = a.booking_id where b.event_id = ?) answers,
              (select count(*)::int from check_ins where event_id = ?) check_ins,
              (select coalesce(sum(places_taken), 0)::int from tickets where event_id = ?) places`,
      [duplicateEvent.id, ev.eventId, duplicateEvent.id, duplicateEvent.id, duplicateEvent.id, duplicateEvent.id],
    );
    expect(row).to.deep.equal({ bookings: 0, source_bookings: 1, payments: 0, answers: 0, check_ins: 0, places: 0 });
  });

  it('DU1: the cover and the ticket templates are copied to files of their own (removing the source’s keeps the copy’s)', async () => {
    const { duplicateEvent } = await ev.board.data(DUPLICATE, { e: ev.eventId, s: startsAt, n: 'Copie fichiers' });
    const [keys] = await sql(t).execute(
      `select s.cover_key as source_cover, c.cover_key as copy_cover,
              (select template_key from tickets where event_id = s.id and template_key is not null) as source_template,
              (select template_key from tickets where event_id = c.id and template_key is not null) as copy_template
         from events s, events c where s.id = ? and c.id = ?`,
      [ev.eventId, duplicateEvent.id],
    );
    expect(keys.copy_cover).to.be.a('string').and.not.equal(keys.source_cover);
    expect(keys.copy_template).to.be.a('string').and.not.equal(keys.source_template);
    const copy = (await ev.board.data(EVENT, { id: duplicateEvent.id })).event;
    const before = Buffer.from(await (await download(ev.board, copy.coverUrl)).arrayBuffer());
    expect(before.equals(TINY_PNG)).to.equal(true);

    await ev.board.data(`mutation($id: ID!) { removeEventCover(id: $id) { id } }`, { id: ev.eventId });
    await ev.board.data(`mutation($t: ID!) { removeTicketTemplate(ticketId: $t) { id } }`, { t: ticketOpen });
    const cover = await download(ev.board, copy.coverUrl);
    expect(cover.status).to.equal(200);
    expect(Buffer.from(await cover.arrayBuffer()).equals(TINY_PNG)).to.equal(true);
    const tpl = copy.tickets.find((tk: any) => tk.templateUrl);
    expect((await download(ev.board, tpl.templateUrl)).status).to.equal(200);
  });

  it('DU1/CP1: the event’s total and its quotas are copied with their tickets (by the copies’ ids), no place taken', async () => {
    const src = await organizerEvent(t, { name: 'Gala à quotas' });
    const [a, b, c] = [
      await src.ticket({ name: 'A' }),
      await src.ticket({ name: 'B' }),
      await src.ticket({ name: 'C' }),
    ];
    await src.board.data(`mutation($e: ID!, $c: Int) { setEventCapacity(eventId: $e, capacity: $c) { id } }`, {
      e: src.eventId,
      c: 250,
    });
    const quota = `mutation($e: ID!, $i: QuotaInput!) { createQuota(eventId: $e, input: $i) { id } }`;
    await src.board.data(quota, { e: src.eventId, i: { name: 'Repas', capacity: 40, ticketIds: [a, b] } });
    await src.board.data(quota, { e: src.eventId, i: { name: 'Vestiaire', capacity: 10, ticketIds: [c] } });
    expect((await book(await t.signedIn('alice@example.org'), a)).errors).to.equal(undefined);
    const { duplicateEvent } = await src.board.data(DUPLICATE, { e: src.eventId, s: startsAt });
    const read = `query($id: ID!) { event(id: $id) { capacity placesTaken
      quotas { name capacity placesTaken tickets { id name } } } }`;
    const shape = (e: any, ids: Record<string, string>) => ({
      capacity: e.capacity,
      quotas: e.quotas
        .map((q: any) => ({
          name: q.name,
          capacity: q.capacity,
          tickets: q.tickets.map((x: any) => ids[x.id] ?? x.name),
        }))
        .sort((x: any, y: any) => x.name.localeCompare(y.name)),
    });
    const source = (await src.board.data(read, { id: src.eventId })).event;
    const copy = (await src.board.data(read, { id: duplicateEvent.id })).event;
    const names: Record<string, string> = {};
    expect(shape(copy, names)).to.deep.equal(shape(source, names));
    expect(copy.quotas.flatMap((q: any) => q.tickets.map((x: any) => x.id))).to.not.include.members([a, b, c]);
    expect(source.placesTaken).to.equal(1);
    expect(copy.placesTaken).to.equal(0);
    expect(copy.quotas.map((q: any) => q.placesTaken)).to.deep.equal([0, 0]);
  });

  it('DU1/WL2: the waiting list’s settings are copied, never its entries', async () => {
    const src = await organizerEvent(t, { name: 'Gala en attente' });
    const full = await src.ticket({ name: 'Plein', capacity: 1 });
    expect((await book(await t.signedIn('alice@example.org'), full)).errors).to.equal(undefined);
    await createUser(t, { email: 'waiting.du1@example.org', kind: 'EXTERNAL' });
    const waiting = await t.signedIn('waiting.du1@example.org');
    const joined = await waiting.data(`mutation($i: JoinWaitingListInput!) { joinWaitingList(input: $i) { status } }`, {
      i: { ticketId: full, optionIds: [] },
    });
    expect(joined.joinWaitingList.status).to.equal('WAITING');
    await src.board.data(
      `mutation($e: ID!, $i: WaitingListSettingsInput!) { setWaitingListSettings(eventId: $e, input: $i) { id } }`,
      { e: src.eventId, i: { open: false, offerMinutes: 90 } },
    );
    const { duplicateEvent } = await src.board.data(DUPLICATE, { e: src.eventId, s: startsAt });
    const read = `query($id: ID!) { event(id: $id) { waitingListOpen waitingListOfferMinutes waitingList { totalCount } } }`;
    const copy = (await src.board.data(read, { id: duplicateEvent.id })).event;
    expect(copy).to.deep.equal({ waitingListOpen: false, waitingListOfferMinutes: 90, waitingList: { totalCount: 0 } });
  });

  it('DU1: audited on both events', async () => {
    const { duplicateEvent } = await ev.board.data(DUPLICATE, { e: ev.eventId, s: startsAt, n: 'Copie audit' });
    const rows = await sql(t).execute(
      `select subject_id, action, data from audit_log where action in ('event.duplicated', 'event.created')
         and (subject_id = ? or subject_id = ?) and (data->>'copy' = ? or subject_id = ?) order by id`,
      [ev.eventId, duplicateEvent.id, duplicateEvent.id, duplicateEvent.id],
    );
    expect(rows.map((r: any) => [r.subject_id, r.action])).to.deep.equal([
      [ev.eventId, 'event.duplicated'],
      [duplicateEvent.id, 'event.created'],
    ]);
    expect(rows[1].data).to.deep.include({ duplicatedFrom: ev.eventId, visibility: 'DRAFT', tickets: 2 });
  });

  describe('who may duplicate: EDIT on the source and the right to create an event for its club (EV2)', () => {
    const cases: Array<[string, string | null, 'PUBLIC' | 'DRAFT', string]> = [
      ['anonymous', null, 'PUBLIC', 'UNAUTHENTICATED'],
      ['a student with no permission', 'chloe@example.org', 'PUBLIC', 'FORBIDDEN'],
      ['a student with no permission, on a draft', 'chloe@example.org', 'DRAFT', 'NOT_FOUND'],
      ['a VIEW grantee (club member)', 'alice@example.org', 'PUBLIC', 'FORBIDDEN'],
      ['a VIEW grantee on the club’s board', 'viewer-board@example.org', 'PUBLIC', 'FORBIDDEN'],
      ['an EDIT grantee not on the club’s board', 'editor-only@example.org', 'PUBLIC', 'FORBIDDEN'],
      // The club's members hold VALIDATE on the source (a CLUB_MEMBERS grant): its board sees even the draft.
      ['a board member of the club with VALIDATE only', 'board-only@example.org', 'PUBLIC', 'FORBIDDEN'],
      ['a board member of the club with VALIDATE only', 'board-only@example.org', 'DRAFT', 'FORBIDDEN'],
      ['a board member of another club', 'other-board@example.org', 'PUBLIC', 'FORBIDDEN'],
      ['a board member of another club', 'other-board@example.org', 'DRAFT', 'NOT_FOUND'],
      ['an EDIT grantee on the club’s board', 'editor-board@example.org', 'DRAFT', 'ok'],
      ['the creator (ADMIN, board)', 'bureau@example.org', 'DRAFT', 'ok'],
      ['a platform admin', 'admin@example.org', 'DRAFT', 'ok'],
    ];
    for (const [who, email, visibility, outcome] of cases) {
      it(`DU1 PM1 EV2: ${who}, ${visibility} source → ${outcome}`, async () => {
        const source = (await ev.board.data(EVENT, { id: ev.eventId })).event;
        await ev.board.data(UPDATE_EVENT, {
          id: ev.eventId,
          input: {
            name: source.name,
            description: source.description,
            location: source.location,
            startsAt: source.startsAt,
            endsAt: source.endsAt,
            visibility,
            contactEmail: source.contactEmail,
            sponsorshipLimit: source.sponsorshipLimit,
            paymentDeadlineHours: source.paymentDeadlineHours,
            showPlacesLeft: source.showPlacesLeft,
          },
        });
        const c = email ? await t.signedIn(email) : t.client();
        const count = async () =>
          (await sql(t).execute(`select count(*)::int n, (select count(*)::int from tickets) tk from events`))[0];
        const before = await count();
        const res = await c.request(DUPLICATE, { e: ev.eventId, s: startsAt });
        if (outcome !== 'ok') {
          expect(code(res), JSON.stringify(res.errors ?? res.data)).to.equal(outcome);
          expect(await count(), 'nothing created').to.deep.equal(before);
          return;
        }
        expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
        expect(res.data!.duplicateEvent).to.deep.include({ visibility: 'DRAFT', viewerPermission: 'ADMIN' });
        const grants = (await c.data(EVENT, { id: res.data!.duplicateEvent.id })).event.grants;
        const me = (await c.data(`{ viewer { id } }`)).viewer.id;
        // The duplicator's own grant becomes ADMIN (one grant per person, PM2), the others are kept.
        expect(grants.filter((g: any) => g.user?.id === me)).to.deep.equal([
          { level: 'ADMIN', granteeKind: 'USER', user: { id: me }, club: null },
        ]);
        expect(grants.length).to.equal(me === ids.editor || me === ids.bureau ? 6 : 7);
      });
    }
  });

  it('DU1: an archived club takes no copy (ORGANIZATION_ARCHIVED): no event, no file left behind', async () => {
    const files = async () =>
      (await fs.readdir(path.join(t.app.deps.config.dataDir, 'files', 'covers')).catch(() => [])).length;
    const [before, coversBefore] = [(await sql(t).execute(`select count(*)::int n from events`))[0].n, await files()];
    await sql(t).execute(`update clubs set archived_at = now() where id = ?`, [ids.net7]);
    try {
      expect(code(await ev.board.request(DUPLICATE, { e: ev.eventId, s: startsAt }))).to.equal('ORGANIZATION_ARCHIVED');
    } finally {
      await sql(t).execute(`update clubs set archived_at = null where id = ?`, [ids.net7]);
    }
    expect((await sql(t).execute(`select count(*)::int n from events`))[0].n).to.equal(before);
    expect(await files()).to.equal(coversBefore);
  });

  it('DU1: bad input is a coded error and creates nothing', async () => {
    const before = (await sql(t).execute(`select count(*)::int n from events`))[0].n;
    expect(fields(await ev.board.request(DUPLICATE, { e: ev.eventId, s: startsAt, n: '   ' }))).to.deep.equal({
      name: 'REQUIRED',
    });
    expect(fields(await ev.board.request(DUPLICATE, { e: ev.eventId, s: startsAt, n: 'x'.repeat(201) }))).to.deep.equal(
      { name: 'TOO_LONG' },
    );
    expect(code(await ev.board.request(DUPLICATE, { e: ev.eventId, s: '3000-01-01T00:00:00Z' }))).to.equal(
      'BAD_USER_INPUT',
    );
    expect(
      code(await ev.board.request(DUPLICATE, { e: '00000000-0000-4000-8000-000000000000', s: startsAt })),
    ).to.equal('NOT_FOUND');
    expect(code(await ev.board.request(DUPLICATE, { e: 'nope', s: startsAt }))).to.equal('NOT_FOUND');
    expect((await sql(t).execute(`select count(*)::int n from events`))[0].n).to.equal(before);
  });
});
