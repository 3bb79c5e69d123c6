import { expect } from 'chai';
import { useApp } from '../support/app';
import { idOf } from '../support/fixtures';
import type { ApiClient } from '../support/graphql';
import { eventInput } from './events.test';

const TICKET_FIELDS = `id kind name priceCents capacity salesOpenAt salesCloseAt sponsorshipAllowed position locked
  restrictedToSchools { slug } restrictedToClassYears restrictedToAssociations { slug } eligibility { canBook reasons }`;
const CREATE = `mutation($e: ID!, $i: CreateTicketInput!) { createTicket(eventId: $e, input: $i) { ${TICKET_FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $i: UpdateTicketInput!) { updateTicket(id: $id, input: $i) { ${TICKET_FIELDS} } }`;
const open = {
  kind: 'OPEN',
  name: 'Entrée',
  description: '',
  priceCents: 1500,
  capacity: 100,
  sponsorshipAllowed: false,
  schoolIds: [],
  classYears: [],
  associationIds: [],
};

describe('API: tickets, options, groups, extra information (TK, OP, XI)', () => {
  const t = useApp();
  let board: ApiClient;
  let eventId: string;
  let ids: { n7: string; a7: string; bdeN7: string };

  before(async () => {
    board = await t.signedIn('bureau@example.org');
    const net7 = await idOf(t, 'club', 'net7');
    ids = {
      n7: await idOf(t, 'school', 'enseeiht'),
      a7: await idOf(t, 'school', 'ensiacet'),
      bdeN7: await idOf(t, 'association', 'bde-n7'),
    };
    eventId = (
      await board.data(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, { i: eventInput(net7) })
    ).createEvent.id;
  });

  const ticket = async (over: Record<string, unknown> = {}) =>
    (await board.data(CREATE, { e: eventId, i: { ...open, ...over } })).createTicket;
  const { kind: _k, ...openUpdate } = open;

  it('TK1: a ticket is OPEN or RESTRICTED; the kind is chosen at creation and the edit input has none', async () => {
    const tk = await ticket({ kind: 'RESTRICTED', name: 'Étudiants' });
    expect(tk.kind).to.equal('RESTRICTED');
    const res = await board.request(UPDATE, { id: tk.id, i: { ...openUpdate, kind: 'OPEN', position: 0 } });
    expect(res.errors?.[0].extensions?.code).to.equal('BAD_USER_INPUT'); // unknown input field "kind"
    const sql = t.app.db.orm.em.fork().getConnection();
    let dbError: unknown;
    await sql.execute(`update tickets set kind = 'OPEN' where id = ?`, [tk.id]).catch((e) => (dbError = e));
    expect(String(dbError), 'PostgreSQL refuses it too').to.include('never changes');
  });

  it('TK2: restrictions by school, class year and association decide eligibility (AND across lists, OR inside)', async () => {
    const tk = await ticket({
      kind: 'RESTRICTED',
      name: 'N7 2027-2028 BDE',
      schoolIds: [ids.n7],
      classYears: [2027, 2028],
      associationIds: [ids.bdeN7],
    });
    expect(tk.restrictedToSchools.map((s: any) => s.slug)).to.deep.equal(['enseeiht']);
    expect(tk.restrictedToClassYears).to.deep.equal([2027, 2028]);
    const q = `query($e: ID!) { event(id: $e) { tickets { id eligibility { canBook reasons } } } }`;
    const of = async (c: ApiClient) =>
      (await c.data(q, { e: eventId })).event.tickets.find((x: any) => x.id === tk.id).eligibility;
    expect(await of(await t.signedIn('alice@example.org')), 'ENSEEIHT 2027, BDE N7 member').to.deep.equal({
      canBook: true,
      reasons: [],
    });
    expect(await of(await t.signedIn('chloe@example.org')), 'ENSEEIHT 2028, no membership').to.deep.equal({
      canBook: false,
      reasons: ['NO_VALID_MEMBERSHIP'],
    });
    expect(await of(await t.signedIn('bruno@example.org')), 'ENSIACET 2026, expired').to.deep.equal({
      canBook: false,
      reasons: ['WRONG_SCHOOL', 'WRONG_CLASS_YEAR', 'NO_VALID_MEMBERSHIP'],
    });
    expect(await of(await t.signedIn('exterieur@example.org'))).to.deep.equal({
      canBook: false,
      reasons: ['EXTERNAL_ACCOUNT'],
    });
    expect(await of(t.client())).to.deep.equal({ canBook: false, reasons: ['NOT_SIGNED_IN'] });
  });

  it('TK2: an OPEN ticket takes no restriction and no sponsorship flag; unknown ids are refused', async () => {
    const err = await board.error(CREATE, {
      e: eventId,
      i: { ...open, sponsorshipAllowed: true, schoolIds: [ids.n7], classYears: [2027] },
    });
    expect(err.extensions?.fields).to.deep.equal({
      sponsorshipAllowed: 'NOT_ALLOWED',
      schoolIds: 'NOT_ALLOWED',
      classYears: 'NOT_ALLOWED',
    });
    const unknown = await board.error(CREATE, {
      e: eventId,
      i: { ...open, kind: 'RESTRICTED', schoolIds: ['00000000-0000-4000-8000-000000000000'], associationIds: ['nope'] },
    });
    expect(unknown.extensions?.fields).to.deep.equal({
      schoolIds: 'UNKNOWN_REFERENCE',
      associationIds: 'UNKNOWN_REFERENCE',
    });
  });

  it('TK3: price, capacity, sale window, sponsorship and order are stored; bad values get coded errors and change nothing', async () => {
    const opensAt = new Date(Date.now() + 3600_000).toISOString();
    const closesAt = new Date(Date.now() + 7200_000).toISOString();
    const tk = await ticket({
      kind: 'RESTRICTED',
      name: 'Plus tard',
      priceCents: 0,
      capacity: null,
      salesOpenAt: opensAt,
      salesCloseAt: closesAt,
      sponsorshipAllowed: true,
      position: 7,
    });
    expect(tk).to.deep.include({
      priceCents: 0,
      capacity: null,
      salesOpenAt: opensAt,
      salesCloseAt: closesAt,
      sponsorshipAllowed: true,
      position: 7,
    });
    expect(tk.eligibility.reasons).to.include('SALES_NOT_OPEN');
    const cases: Array<[Record<string, unknown>, Record<string, string>]> = [
      [{ priceCents: -1 }, { priceCents: 'OUT_OF_RANGE' }],
      [{ capacity: -5 }, { capacity: 'OUT_OF_RANGE' }],
      [{ salesOpenAt: closesAt, salesCloseAt: opensAt }, { salesCloseAt: 'BEFORE_OPENING' }],
      [{ name: '   ' }, { name: 'REQUIRED' }],
      [{ classYears: [1800] }, { classYears: 'OUT_OF_RANGE' }],
    ];
    for (const [over, fields] of cases) {
      const err = await board.error(UPDATE, {
        id: tk.id,
        i: { ...openUpdate, sponsorshipAllowed: true, position: 7, ...over },
      });
      expect(err.extensions?.fields, JSON.stringify(over)).to.deep.equal(fields);
    }
    const { event } = await board.data(`query($e: ID!) { event(id: $e) { tickets { id priceCents capacity } } }`, {
      e: eventId,
    });
    expect(event.tickets.find((x: any) => x.id === tk.id)).to.deep.include({ priceCents: 0, capacity: null });
  });

  it('TK5: price and capacity stay editable (prices apply to new bookings); capacity is never negative', async () => {
    const tk = await ticket({ name: 'Éditable' });
    const { updateTicket } = await board.data(UPDATE, {
      id: tk.id,
      i: { ...openUpdate, name: 'Éditable', priceCents: 2500, capacity: 10, position: 3 },
    });
    expect(updateTicket).to.deep.include({ priceCents: 2500, capacity: 10, kind: 'OPEN', locked: false });
  });

  it('TK4: a ticket without bookings can be deleted (with its options and extra information)', async () => {
    const tk = await ticket({ name: 'À supprimer' });
    await board.data(
      `mutation($t: ID!) { createOption(ticketId: $t, input: { name: "o", description: "", priceCents: 0 }) { id } }`,
      { t: tk.id },
    );
    expect((await board.data(`mutation($id: ID!) { deleteTicket(id: $id) }`, { id: tk.id })).deleteTicket).to.equal(
      tk.id,
    );
    expect(
      (await board.error(`mutation($id: ID!) { deleteTicket(id: $id) }`, { id: tk.id })).extensions?.code,
    ).to.equal('NOT_FOUND');
  });

  it('OP1: checkbox options with a price ≥ 0 belong to one ticket and stay editable', async () => {
    const tk = await ticket({ name: 'Options' });
    const { createOption } = await board.data(
      `mutation($t: ID!) { createOption(ticketId: $t, input: { name: " Navette ", description: "Aller-retour", priceCents: 300 }) { id name priceCents position } }`,
      { t: tk.id },
    );
    expect(createOption).to.deep.include({ name: 'Navette', priceCents: 300, position: 0 });
    const neg = await board.error(
      `mutation($t: ID!) { createOption(ticketId: $t, input: { name: "x", description: "", priceCents: -1 }) { id } }`,
      { t: tk.id },
    );
    expect(neg.extensions?.fields).to.deep.equal({ priceCents: 'OUT_OF_RANGE' });
    await board.data(
      `mutation($id: ID!) { updateOption(id: $id, input: { name: "Navette", description: "", priceCents: 400 }) { id } }`,
      { id: createOption.id },
    );
    const { event } = await board.data(
      `query($e: ID!) { event(id: $e) { tickets { id options { name priceCents } } } }`,
      { e: eventId },
    );
    expect(event.tickets.find((x: any) => x.id === tk.id).options).to.deep.equal([
      { name: 'Navette', priceCents: 400 },
    ]);
  });

  it('OP2: an option group is edited as a list: kept rows updated and reordered, new rows added, missing rows deleted', async () => {
    const tk = await ticket({ name: 'Groupes' });
    const { createOptionGroup: g } = await board.data(
      `mutation($t: ID!) { createOptionGroup(ticketId: $t, input: { name: "Repas", description: "", options: [{ name: "Viande", description: "", priceCents: 1000 }, { name: "Poisson", description: "", priceCents: 1200 }] }) { id options { id name position } } }`,
      { t: tk.id },
    );
    expect(g.options.map((o: any) => o.name)).to.deep.equal(['Viande', 'Poisson']);
    const [viande] = g.options;
    const { updateOptionGroup } = await board.data(
      `mutation($id: ID!, $i: OptionGroupInput!) { updateOptionGroup(id: $id, input: $i) { name options { id name priceCents position } } }`,
      {
        id: g.id,
        i: {
          name: 'Plat',
          description: '',
          options: [
            { name: 'Végétarien', description: '', priceCents: 900 },
            { id: viande.id, name: 'Viande', description: '', priceCents: 1100 },
          ],
        },
      },
    );
    expect(updateOptionGroup.options.map((o: any) => [o.name, o.priceCents, o.position])).to.deep.equal([
      ['Végétarien', 900, 0],
      ['Viande', 1100, 1],
    ]);
    expect(updateOptionGroup.options[1].id).to.equal(viande.id);
    const stranger = await board.error(
      `mutation($id: ID!, $i: OptionGroupInput!) { updateOptionGroup(id: $id, input: $i) { id } }`,
      {
        id: g.id,
        i: {
          name: 'Plat',
          description: '',
          options: [{ id: '00000000-0000-4000-8000-000000000000', name: 'x', description: '', priceCents: 0 }],
        },
      },
    );
    expect(stranger.extensions?.fields).to.deep.equal({ 'options.0.id': 'UNKNOWN_REFERENCE' });
    expect(
      (
        await board.error(
          `mutation($t: ID!) { createOptionGroup(ticketId: $t, input: { name: "Vide", description: "", options: [] }) { id } }`,
          { t: tk.id },
        )
      ).extensions?.fields,
    ).to.deep.equal({ options: 'REQUIRED' });
  });

  it('XI1: extra information of each type with its own settings; settings of another type or bad bounds are refused', async () => {
    const tk = await ticket({ name: 'Infos' });
    const create = (i: Record<string, unknown>) =>
      board.request(
        `mutation($t: ID!, $i: CreateExtraInfoInput!) { createExtraInfo(ticketId: $t, input: $i) { id type blocks numberMin numberMax choices fileTypes fileMaxBytes } }`,
        { t: tk.id, i: { label: 'Info', help: '', blocks: 'ENTRY', ...i } },
      );
    expect((await create({ type: 'TEXT' })).data?.createExtraInfo).to.deep.include({
      type: 'TEXT',
      choices: [],
      fileTypes: [],
    });
    expect((await create({ type: 'NUMBER', numberMin: 0, numberMax: 10 })).data?.createExtraInfo).to.deep.include({
      numberMin: 0,
      numberMax: 10,
    });
    expect((await create({ type: 'CHOICE', choices: ['S', 'M', 'L'] })).data?.createExtraInfo.choices).to.deep.equal([
      'S',
      'M',
      'L',
    ]);
    expect(
      (await create({ type: 'FILE', blocks: 'PAYMENT', fileTypes: ['application/pdf'], fileMaxBytes: 2_000_000 })).data
        ?.createExtraInfo,
    ).to.deep.include({ blocks: 'PAYMENT', fileMaxBytes: 2_000_000 });
    const refused: Array<[Record<string, unknown>, Record<string, string>]> = [
      [{ type: 'TEXT', choices: ['a'] }, { choices: 'NOT_ALLOWED' }],
      [{ type: 'NUMBER', numberMin: 5, numberMax: 1 }, { numberMax: 'BEFORE_OPENING' }],
      [{ type: 'CHOICE', choices: ['S', 'S'] }, { choices: 'DUPLICATE' }],
      [{ type: 'CHOICE' }, { choices: 'REQUIRED' }],
      [{ type: 'FILE', fileTypes: ['application/x-msdownload'], fileMaxBytes: 10 }, { fileTypes: 'NOT_ALLOWED' }],
      [{ type: 'FILE', fileTypes: ['image/png'], fileMaxBytes: 999_999_999 }, { fileMaxBytes: 'OUT_OF_RANGE' }],
    ];
    for (const [i, fields] of refused)
      expect((await create(i)).errors?.[0].extensions?.fields, JSON.stringify(i)).to.deep.equal(fields);
    const { event } = await board.data(`query($e: ID!) { event(id: $e) { tickets { id extraInfos { type } } } }`, {
      e: eventId,
    });
    expect(event.tickets.find((x: any) => x.id === tk.id).extraInfos.map((x: any) => x.type)).to.deep.equal([
      'TEXT',
      'NUMBER',
      'CHOICE',
      'FILE',
    ]);
  });

  it('XI2: an extra information’s type never changes (no type in the edit input; PostgreSQL refuses it too)', async () => {
    const tk = await ticket({ name: 'Type fixe' });
    const { createExtraInfo } = await board.data(
      `mutation($t: ID!) { createExtraInfo(ticketId: $t, input: { label: "Taille", help: "", type: CHOICE, blocks: ENTRY, choices: ["S", "M"] }) { id } }`,
      { t: tk.id },
    );
    const res = await board.request(
      `mutation($id: ID!) { updateExtraInfo(id: $id, input: { label: "Taille", help: "", type: TEXT, blocks: ENTRY, position: 0 }) { id } }`,
      { id: createExtraInfo.id },
    );
    expect(res.errors?.[0].extensions?.code).to.equal('GRAPHQL_VALIDATION_FAILED');
    let dbError: unknown;
    await t.app.db.orm.em
      .fork()
      .getConnection()
      .execute(`update extra_infos set type = 'TEXT' where id = ?`, [createExtraInfo.id])
      .catch((e) => (dbError = e));
    expect(String(dbError)).to.include('never changes');
  });

  it('OP5: an option, a group and an extra information are copied to every other ticket of the event, once', async () => {
    const net7 = await idOf(t, 'club', 'net7');
    const e = (
      await board.data(`mutation($i: CreateEventInput!) { createEvent(input: $i) { id } }`, {
        i: eventInput(net7, { name: 'Copies' }),
      })
    ).createEvent.id;
    const mk = async (name: string) => (await board.data(CREATE, { e, i: { ...open, name } })).createTicket.id;
    const [a, b, c] = [await mk('A'), await mk('B'), await mk('C')];
    const opt = (
      await board.data(
        `mutation($t: ID!) { createOption(ticketId: $t, input: { name: "Vestiaire", description: "", priceCents: 200 }) { id } }`,
        { t: a },
      )
    ).createOption.id;
    const grp = (
      await board.data(
        `mutation($t: ID!) { createOptionGroup(ticketId: $t, input: { name: "Boisson", description: "", options: [{ name: "Soft", description: "", priceCents: 0 }, { name: "Bière", description: "", priceCents: 300 }] }) { id } }`,
        { t: a },
      )
    ).createOptionGroup.id;
    const xi = (
      await board.data(
        `mutation($t: ID!) { createExtraInfo(ticketId: $t, input: { label: "Certificat", help: "", type: FILE, blocks: ENTRY, fileTypes: ["application/pdf"], fileMaxBytes: 1000000 }) { id } }`,
        { t: a },
      )
    ).createExtraInfo.id;
    expect(
      (await board.data(`mutation($id: ID!) { copyOptionToAllTickets(id: $id) { id name priceCents } }`, { id: opt }))
        .copyOptionToAllTickets,
    ).to.have.length(2);
    expect(
      (
        await board.data(`mutation($id: ID!) { copyOptionGroupToAllTickets(id: $id) { options { name } } }`, {
          id: grp,
        })
      ).copyOptionGroupToAllTickets.map((g: any) => g.options.map((o: any) => o.name)),
    ).to.deep.equal([
      ['Soft', 'Bière'],
      ['Soft', 'Bière'],
    ]);
    expect(
      (await board.data(`mutation($id: ID!) { copyExtraInfoToAllTickets(id: $id) { type fileTypes } }`, { id: xi }))
        .copyExtraInfoToAllTickets,
    ).to.have.length(2);
    expect(
      (await board.data(`mutation($id: ID!) { copyOptionToAllTickets(id: $id) { id } }`, { id: opt }))
        .copyOptionToAllTickets,
      'a second click copies nothing',
    ).to.deep.equal([]);
    const { event } = await board.data(
      `query($e: ID!) { event(id: $e) { tickets { id options { name } optionGroups { name } extraInfos { label } } } }`,
      { e },
    );
    for (const tk of event.tickets.filter((x: any) => [b, c].includes(x.id))) {
      expect(tk).to.deep.include({
        options: [{ name: 'Vestiaire' }],
        optionGroups: [{ name: 'Boisson' }],
        extraInfos: [{ label: 'Certificat' }],
      });
    }
  });
});
