import { randomUUID } from 'node:crypto';
import { expect } from 'chai';
import { useApp } from '../support/app';
import { createUser, idOf, TINY_PNG, uploadRequest } from '../support/fixtures';
import type { ApiClient, GraphQLResponse } from '../support/graphql';

// The permission matrix of the events area (SPEC PM1–PM3, EV1, EV2, EV4, CP1), against docs/contracts/events.graphql.
//
// Roles, one column each. "board" is a board member of net7 who did NOT create the event: the creator
// (bureau@example.org) holds ADMIN through its creator grant, so using it here would only repeat the ADMIN
// column. bureau is the creator and sets everything up.
const ROLES = [
  'anon',
  'external',
  'student',
  'member',
  'board',
  'VIEW',
  'VALIDATE',
  'EDIT',
  'ADMIN',
  'platform',
] as const;
type Role = (typeof ROLES)[number];
type Level = 'VIEW' | 'VALIDATE' | 'EDIT' | 'ADMIN';
const LEVEL: Record<Role, Level | null> = {
  anon: null,
  external: null,
  student: null,
  member: null,
  board: null,
  VIEW: 'VIEW',
  VALIDATE: 'VALIDATE',
  EDIT: 'EDIT',
  ADMIN: 'ADMIN',
  platform: 'ADMIN',
};
const WHO: Record<Role, string> = {
  anon: 'anonymous',
  external: 'external account',
  student: 'student not in the club',
  member: 'club member',
  board: 'club board member',
  VIEW: 'VIEW grantee',
  VALIDATE: 'VALIDATE grantee',
  EDIT: 'EDIT grantee',
  ADMIN: 'ADMIN grantee',
  platform: 'platform admin',
};

/**
 * Expected outcome codes:
 *   ok  succeeds                    NF  NOT_FOUND        FB  FORBIDDEN        UA  UNAUTHENTICATED
 *   ND  EVENT_NOT_DELETABLE (allowed, but only a draft can be deleted)
 *   in  the event is in the list    --  it is not        ..  not asserted (a list's content for people who may see it)
 */
type Cell = 'ok' | 'NF' | 'FB' | 'UA' | 'ND' | 'in' | '--' | '..';
const CODE: Partial<Record<Cell, string>> = {
  NF: 'NOT_FOUND',
  FB: 'FORBIDDEN',
  UA: 'UNAUTHENTICATED',
  ND: 'EVENT_NOT_DELETABLE',
};

type Visibility = 'DRAFT' | 'INTERNAL' | 'UNLISTED' | 'PUBLIC';
const an = (v: Visibility) => `${/^[AEIOU]/.test(v) ? 'an' : 'a'} ${v}`;

// prettier-ignore
const MATRIX: Record<Visibility, Record<string, string>> = {
  //                              anon external student member board VIEW VALIDATE EDIT ADMIN platform
  DRAFT: {
    'event':                       'NF NF NF NF NF ok ok ok ok ok',
    'events(mine)':                '-- -- -- -- -- in in in in in',
    'events':                      '-- -- -- -- -- .. .. .. .. ..',
    'events(search)':              '-- -- -- -- -- .. .. .. .. ..',
    'events(club)':                '-- -- -- -- -- .. .. .. .. ..',
    'event.grants':                'NF NF NF NF NF FB FB FB ok ok',
    'event.dashboard':             'NF NF NF NF NF ok ok ok ok ok',
    'event.admins':                'NF NF NF NF NF FB FB FB ok ok',
    'event.auditLog':              'NF NF NF NF NF FB FB FB ok ok',
    'ticket.event.grants':         'NF NF NF NF NF FB FB FB ok ok',
    'events(mine).grants':         'ok ok ok ok ok FB FB FB ok ok',
    'events.grants':               'ok ok ok ok ok .. .. .. ok ok',
    'updateEvent':                 'UA NF NF NF NF FB FB ok ok ok',
    'setEventCover':               'UA NF NF NF NF FB FB ok ok ok',
    'removeEventCover':            'UA NF NF NF NF FB FB ok ok ok',
    'createTicket':                'UA NF NF NF NF FB FB ok ok ok',
    'updateTicket':                'UA NF NF NF NF FB FB ok ok ok',
    'deleteTicket':                'UA NF NF NF NF FB FB ok ok ok',
    'createOption':                'UA NF NF NF NF FB FB ok ok ok',
    'updateOption':                'UA NF NF NF NF FB FB ok ok ok',
    'deleteOption':                'UA NF NF NF NF FB FB ok ok ok',
    'createOptionGroup':           'UA NF NF NF NF FB FB ok ok ok',
    'updateOptionGroup':           'UA NF NF NF NF FB FB ok ok ok',
    'deleteOptionGroup':           'UA NF NF NF NF FB FB ok ok ok',
    'createExtraInfo':             'UA NF NF NF NF FB FB ok ok ok',
    'updateExtraInfo':             'UA NF NF NF NF FB FB ok ok ok',
    'deleteExtraInfo':             'UA NF NF NF NF FB FB ok ok ok',
    'copyOptionToAllTickets':      'UA NF NF NF NF FB FB ok ok ok',
    'copyOptionGroupToAllTickets': 'UA NF NF NF NF FB FB ok ok ok',
    'copyExtraInfoToAllTickets':   'UA NF NF NF NF FB FB ok ok ok',
    'setEventCapacity':            'UA NF NF NF NF FB FB ok ok ok',
    'createQuota':                 'UA NF NF NF NF FB FB ok ok ok',
    'updateQuota':                 'UA NF NF NF NF FB FB ok ok ok',
    'deleteQuota':                 'UA NF NF NF NF FB FB ok ok ok',
    'grantPermission':             'UA NF NF NF NF FB FB FB ok ok',
    'revokePermission':            'UA NF NF NF NF NF NF NF ok ok',
    'createEvent':                 'UA FB FB FB ok FB FB FB FB ok',
    // DU1: EDIT on the source AND the right to create an event for its club (EV2); no grantee here sits on the board.
    'duplicateEvent':              'UA NF NF NF NF FB FB FB FB ok',
    'deleteEvent':                 'UA NF NF NF NF FB FB FB ok ok',
    'mailingPreview':              'UA NF NF NF NF FB FB FB ok ok',
    'sendMailing':                 'UA NF NF NF NF FB FB FB ok ok',
    'event.mailings':              'NF NF NF NF NF FB FB FB ok ok',
  },
  PUBLIC: {
    'event':                       'ok ok ok ok ok ok ok ok ok ok',
    'events(mine)':                '-- -- -- -- -- in in in in in',
    'events':                      'in in in in in in in in in in',
    'events(search)':              'in in in in in in in in in in',
    'events(club)':                'in in in in in in in in in in',
    'event.grants':                'UA FB FB FB FB FB FB FB ok ok',
    'event.dashboard':             'UA FB FB FB FB ok ok ok ok ok',
    'event.admins':                'UA FB FB FB FB FB FB FB ok ok',
    'event.auditLog':              'UA FB FB FB FB FB FB FB ok ok',
    'ticket.event.grants':         'UA FB FB FB FB FB FB FB ok ok',
    'events(mine).grants':         'ok ok ok ok ok FB FB FB ok ok',
    'events.grants':               'UA FB FB FB FB FB FB FB ok ok',
    'updateEvent':                 'UA FB FB FB FB FB FB ok ok ok',
    'setEventCover':               'UA FB FB FB FB FB FB ok ok ok',
    'removeEventCover':            'UA FB FB FB FB FB FB ok ok ok',
    'createTicket':                'UA FB FB FB FB FB FB ok ok ok',
    'updateTicket':                'UA FB FB FB FB FB FB ok ok ok',
    'deleteTicket':                'UA FB FB FB FB FB FB ok ok ok',
    'createOption':                'UA FB FB FB FB FB FB ok ok ok',
    'updateOption':                'UA FB FB FB FB FB FB ok ok ok',
    'deleteOption':                'UA FB FB FB FB FB FB ok ok ok',
    'createOptionGroup':           'UA FB FB FB FB FB FB ok ok ok',
    'updateOptionGroup':           'UA FB FB FB FB FB FB ok ok ok',
    'deleteOptionGroup':           'UA FB FB FB FB FB FB ok ok ok',
    'createExtraInfo':             'UA FB FB FB FB FB FB ok ok ok',
    'updateExtraInfo':             'UA FB FB FB FB FB FB ok ok ok',
    'deleteExtraInfo':             'UA FB FB FB FB FB FB ok ok ok',
    'copyOptionToAllTickets':      'UA FB FB FB FB FB FB ok ok ok',
    'copyOptionGroupToAllTickets': 'UA FB FB FB FB FB FB ok ok ok',
    'copyExtraInfoToAllTickets':   'UA FB FB FB FB FB FB ok ok ok',
    'setEventCapacity':            'UA FB FB FB FB FB FB ok ok ok',
    'createQuota':                 'UA FB FB FB FB FB FB ok ok ok',
    'updateQuota':                 'UA FB FB FB FB FB FB ok ok ok',
    'deleteQuota':                 'UA FB FB FB FB FB FB ok ok ok',
    'grantPermission':             'UA FB FB FB FB FB FB FB ok ok',
    'revokePermission':            'UA NF NF NF NF NF NF NF ok ok',
    'createEvent':                 'UA FB FB FB ok FB FB FB FB ok',
    'duplicateEvent':              'UA FB FB FB FB FB FB FB FB ok',
    'deleteEvent':                 'UA FB FB FB FB FB FB FB ND ND',
    'mailingPreview':              'UA FB FB FB FB FB FB FB ok ok',
    'sendMailing':                 'UA FB FB FB FB FB FB FB ok ok',
    'event.mailings':              'UA FB FB FB FB FB FB FB ok ok',
  },
  // The two other visibilities only change who can see the event: read paths and one mutation of each level.
  INTERNAL: {
    'event':                       'NF NF ok ok ok ok ok ok ok ok',
    'events(mine)':                '-- -- -- -- -- in in in in in',
    'events':                      '-- -- in in in in in in in in',
    'events(search)':              '-- -- in in in in in in in in',
    'events(club)':                '-- -- in in in in in in in in',
    'event.grants':                'NF NF FB FB FB FB FB FB ok ok',
    'event.dashboard':             'NF NF FB FB FB ok ok ok ok ok',
    'updateEvent':                 'UA NF FB FB FB FB FB ok ok ok',
    'grantPermission':             'UA NF FB FB FB FB FB FB ok ok',
  },
  UNLISTED: {
    'event':                       'ok ok ok ok ok ok ok ok ok ok',
    'events(mine)':                '-- -- -- -- -- in in in in in',
    'events':                      '-- -- -- -- -- .. .. .. .. ..',
    'events(search)':              '-- -- -- -- -- .. .. .. .. ..',
    'events(club)':                '-- -- -- -- -- .. .. .. .. ..',
    'event.grants':                'UA FB FB FB FB FB FB FB ok ok',
    'event.dashboard':             'UA FB FB FB FB ok ok ok ok ok',
    'updateEvent':                 'UA FB FB FB FB FB FB ok ok ok',
    'grantPermission':             'UA FB FB FB FB FB FB FB ok ok',
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Operations

interface Ctx {
  visibility: Visibility;
  role: Role;
  eventId: string;
  ticketId: string;
  ticketPosition: number;
  optionId: string;
  groupId: string;
  extraInfoId: string;
  extraInfoPosition: number;
  clubId: string;
  /** The creator (ADMIN), for setting up fresh objects. */
  creator: ApiClient;
  /** A fresh number per call, for unique names and emails. */
  seq: () => number;
  freshUserEmail: () => Promise<string>;
  /** Each role's account (null: anonymous). */
  emails: Record<Role, string | null>;
}

interface Op {
  rule: string;
  kind: 'query' | 'mutation';
  doc: string;
  /** Variables for one attempt; may create the fresh object the attempt is about. */
  vars: (ctx: Ctx) => Promise<Record<string, unknown>> | Record<string, unknown>;
  /** Extra assertions on a success. */
  check?: (data: any, ctx: Ctx, vars: Record<string, unknown>) => void;
  /** Sends the attempt some other way than a JSON request (uploads). */
  send?: (c: ApiClient, vars: Record<string, unknown>) => Promise<GraphQLResponse>;
  /** For list queries: the ids returned. */
  listed?: (data: any) => string[];
}

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString();
const STARTS = inDays(30);
const ENDS = inDays(31);

const eventInput = (visibility: Visibility, name: string) => ({
  name,
  description: 'Une **soirée** de test.',
  location: 'Foyer N7',
  startsAt: STARTS,
  endsAt: ENDS,
  visibility,
  contactEmail: 'net7@example.org',
  sponsorshipLimit: 2,
  paymentDeadlineHours: null,
  showPlacesLeft: true,
});
const ticketInput = (name: string) => ({
  kind: 'OPEN',
  name,
  description: 'Entrée',
  priceCents: 500,
  capacity: 100,
  salesOpenAt: null,
  salesCloseAt: null,
  sponsorshipAllowed: false,
  schoolIds: [],
  classYears: [],
  associationIds: [],
});
const { kind: _kind, ...ticketUpdateBase } = ticketInput('');
const optionInput = (name: string) => ({ name, description: 'Une option', priceCents: 200 });
const groupInput = (name: string) => ({
  name,
  description: 'Un choix',
  options: [
    { name: `${name} A`, description: '', priceCents: 0 },
    { name: `${name} B`, description: '', priceCents: 300 },
  ],
});
const extraInfoInput = (label: string) => ({ label, help: 'Aide', type: 'TEXT', blocks: 'PAYMENT' });

const CREATE_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id viewerPermission visibility club { id } } }`;
const quotaInput = (name: string, ticketId: string) => ({ name, capacity: 50, ticketIds: [ticketId] });
const CREATE_QUOTA = `mutation($eventId: ID!, $input: QuotaInput!) { createQuota(eventId: $eventId, input: $input) { id name } }`;
const CREATE_TICKET = `mutation($eventId: ID!, $input: CreateTicketInput!) { createTicket(eventId: $eventId, input: $input) { id position } }`;
const CREATE_OPTION = `mutation($ticketId: ID!, $input: OptionInput!) { createOption(ticketId: $ticketId, input: $input) { id } }`;
const CREATE_GROUP = `mutation($ticketId: ID!, $input: OptionGroupInput!) { createOptionGroup(ticketId: $ticketId, input: $input) { id options { id } } }`;
const CREATE_EXTRA = `mutation($ticketId: ID!, $input: CreateExtraInfoInput!) { createExtraInfo(ticketId: $ticketId, input: $input) { id position } }`;
const GRANT = `mutation($eventId: ID!, $input: GrantPermissionInput!) { grantPermission(eventId: $eventId, input: $input) { id level granteeKind user { id } club { id } } }`;
const REVOKE = `mutation($id: ID!) { revokePermission(id: $id) }`;
const UPDATE_EVENT = `mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id name visibility } }`;

const made = async (c: ApiClient, doc: string, vars: Record<string, unknown>, field: string): Promise<any> =>
  (await c.data(doc, vars))[field];

/** ML1: a mailing needs someone to write to: one holder per event, given a ticket of its own by the creator. */
const holderOf = new Map<string, Promise<void>>();
const withHolder = (x: Ctx) => {
  if (!holderOf.has(x.eventId))
    holderOf.set(
      x.eventId,
      (async () => {
        const ticket = await made(
          x.creator,
          CREATE_TICKET,
          { eventId: x.eventId, input: ticketInput(`Courrier ${x.seq()}`) },
          'createTicket',
        );
        await x.creator.data(`mutation($i: GiveTicketInput!) { giveTicket(input: $i) { id } }`, {
          i: { ticketId: ticket.id, userEmail: await x.freshUserEmail(), optionIds: [], force: false },
        });
      })(),
    );
  return holderOf.get(x.eventId)!;
};
const mailingInput = (x: Ctx) => ({ subject: `Matrice ${x.role} ${x.seq()}`, body: 'Un mot.', filter: null });

const OPS: Record<string, Op> = {
  event: {
    rule: 'EV1',
    kind: 'query',
    doc: `query($id: ID!) { event(id: $id) { id visibility viewerPermission } }`,
    vars: (x) => ({ id: x.eventId }),
    check: (d, x) => {
      expect(d.event).to.deep.equal({ id: x.eventId, visibility: x.visibility, viewerPermission: LEVEL[x.role] });
    },
  },
  'events(mine)': {
    rule: 'EV1',
    kind: 'query',
    doc: `query { events(filter: { mine: true }, first: 100) { nodes { id } } }`,
    vars: () => ({}),
    listed: (d) => d.events.nodes.map((n: any) => n.id),
  },
  events: {
    rule: 'EV1',
    kind: 'query',
    doc: `query { events(first: 100) { nodes { id } } }`,
    vars: () => ({}),
    listed: (d) => d.events.nodes.map((n: any) => n.id),
  },
  'events(search)': {
    rule: 'EV1',
    kind: 'query',
    doc: `query { events(filter: { search: "Foyer" }, first: 100) { nodes { id } } }`,
    vars: () => ({}),
    listed: (d) => d.events.nodes.map((n: any) => n.id),
  },
  'events(club)': {
    rule: 'EV1',
    kind: 'query',
    doc: `query($clubId: ID!) { events(filter: { clubId: $clubId }, first: 100) { nodes { id } } }`,
    vars: (x) => ({ clubId: x.clubId }),
    listed: (d) => d.events.nodes.map((n: any) => n.id),
  },
  'event.grants': {
    rule: 'PM3',
    kind: 'query',
    doc: `query($id: ID!) { event(id: $id) { id grants { id level granteeKind } } }`,
    vars: (x) => ({ id: x.eventId }),
    check: (d) => expect(d.event.grants.filter((g: any) => g.level === 'ADMIN')).to.have.length.greaterThan(0),
  },
  'event.dashboard': {
    rule: 'DB1',
    kind: 'query',
    doc: `query($id: ID!) { event(id: $id) { id dashboard { computedAt tickets { ticketId } revenue { paidCents } } } }`,
    vars: (x) => ({ id: x.eventId }),
    check: (d, x) => expect(d.event.dashboard.tickets.map((t: any) => t.ticketId)).to.include(x.ticketId),
  },
  'event.admins': {
    rule: 'PM3',
    kind: 'query',
    doc: `query($id: ID!) { event(id: $id) { id admins { level user { id fullName email } sources { source level } } } }`,
    vars: (x) => ({ id: x.eventId }),
    check: (d) => expect(d.event.admins.filter((a: any) => a.level === 'ADMIN')).to.have.length.greaterThan(0),
  },
  'event.auditLog': {
    rule: 'BK14',
    kind: 'query',
    doc: `query($id: ID!) { event(id: $id) { id auditLog(first: 200) { nodes { action subject } } } }`,
    vars: (x) => ({ id: x.eventId }),
    check: (d) => expect(d.event.auditLog.nodes.map((n: any) => n.action)).to.include('event.created'),
  },
  // PM3: the same field reached through a nested path is checked the same way.
  'ticket.event.grants': {
    rule: 'PM3',
    kind: 'query',
    doc: `query($id: ID!) { event(id: $id) { id tickets { id event { id grants { id } } } } }`,
    vars: (x) => ({ id: x.eventId }),
    check: (d, x) => {
      expect(d.event.tickets).to.not.be.empty;
      for (const tk of d.event.tickets) expect(tk.event.id).to.equal(x.eventId);
    },
  },
  'events(mine).grants': {
    rule: 'PM3',
    kind: 'query',
    doc: `query { events(filter: { mine: true }, first: 100) { nodes { id grants { id } } } }`,
    vars: () => ({}),
  },
  'events.grants': {
    rule: 'PM3',
    kind: 'query',
    doc: `query { events(first: 100) { nodes { id grants { id } } } }`,
    vars: () => ({}),
  },
  updateEvent: {
    rule: 'EV4',
    kind: 'mutation',
    doc: UPDATE_EVENT,
    vars: (x) => ({ id: x.eventId, input: eventInput(x.visibility, `Matrice (${x.role} ${x.seq()})`) }),
    check: (d, x, v: any) =>
      expect(d.updateEvent).to.deep.equal({ id: x.eventId, name: v.input.name, visibility: x.visibility }),
  },
  setEventCover: {
    rule: 'EV4',
    kind: 'mutation',
    doc: `mutation($id: ID!, $file: Upload!) { setEventCover(id: $id, file: $file) { id coverUrl } }`,
    vars: (x) => ({ id: x.eventId }),
    send: (c, vars) =>
      uploadRequest(c, OPS.setEventCover.doc, vars, 'file', { name: 'cover.png', type: 'image/png', data: TINY_PNG }),
    check: (d, x) => {
      expect(d.setEventCover.id).to.equal(x.eventId);
      expect(d.setEventCover.coverUrl).to.match(new RegExp(`^/media/events/${x.eventId}/cover\\?v=`));
    },
  },
  removeEventCover: {
    rule: 'EV4',
    kind: 'mutation',
    doc: `mutation($id: ID!) { removeEventCover(id: $id) { id coverUrl } }`,
    vars: (x) => ({ id: x.eventId }),
    check: (d, x) => expect(d.removeEventCover).to.deep.equal({ id: x.eventId, coverUrl: null }),
  },
  createTicket: {
    rule: 'PM1',
    kind: 'mutation',
    doc: CREATE_TICKET,
    vars: (x) => ({ eventId: x.eventId, input: ticketInput(`Billet ${x.role} ${x.seq()}`) }),
    check: (d) => expect(d.createTicket.id).to.be.a('string'),
  },
  updateTicket: {
    rule: 'PM1',
    kind: 'mutation',
    doc: `mutation($id: ID!, $input: UpdateTicketInput!) { updateTicket(id: $id, input: $input) { id name } }`,
    vars: (x) => ({
      id: x.ticketId,
      input: { ...ticketUpdateBase, name: `Billet (${x.role} ${x.seq()})`, position: x.ticketPosition },
    }),
    check: (d, x, v: any) => expect(d.updateTicket).to.deep.equal({ id: x.ticketId, name: v.input.name }),
  },
  deleteTicket: {
    rule: 'PM1',
    kind: 'mutation',
    doc: `mutation($id: ID!) { deleteTicket(id: $id) }`,
    vars: async (x) => ({
      id: (
        await made(
          x.creator,
          CREATE_TICKET,
          { eventId: x.eventId, input: ticketInput(`À supprimer ${x.seq()}`) },
          'createTicket',
        )
      ).id,
    }),
    check: (d, _x, v) => expect(d.deleteTicket).to.equal(v.id),
  },
  createOption: {
    rule: 'PM1',
    kind: 'mutation',
    doc: CREATE_OPTION,
    vars: (x) => ({ ticketId: x.ticketId, input: optionInput(`Option ${x.role} ${x.seq()}`) }),
    check: (d) => expect(d.createOption.id).to.be.a('string'),
  },
  updateOption: {
    rule: 'PM1',
    kind: 'mutation',
    doc: `mutation($id: ID!, $input: OptionInput!) { updateOption(id: $id, input: $input) { id name } }`,
    vars: (x) => ({ id: x.optionId, input: optionInput(`Option (${x.role} ${x.seq()})`) }),
    check: (d, x, v: any) => expect(d.updateOption).to.deep.equal({ id: x.optionId, name: v.input.name }),
  },
  deleteOption: {
    rule: 'PM1',
    kind: 'mutation',
    doc: `mutation($id: ID!) { deleteOption(id: $id) }`,
    vars: async (x) => ({
      id: (
        await made(
          x.creator,
          CREATE_OPTION,
          { ticketId: x.ticketId, input: optionInput(`Jetable ${x.seq()}`) },
          'createOption',
        )
      ).id,
    }),
    check: (d, _x, v) => expect(d.deleteOption).to.equal(v.id),
  },
  createOptionGroup: {
    rule: 'PM1',
    kind: 'mutation',
    doc: CREATE_GROUP,
    vars: (x) => ({ ticketId: x.ticketId, input: groupInput(`Groupe ${x.role} ${x.seq()}`) }),
    check: (d) => expect(d.createOptionGroup.options).to.have.length(2),
  },
  updateOptionGroup: {
    rule: 'PM1',
    kind: 'mutation',
    doc: `mutation($id: ID!, $input: OptionGroupInput!) { updateOptionGroup(id: $id, input: $input) { id name options { name } } }`,
    vars: (x) => ({ id: x.groupId, input: groupInput(`Groupe (${x.role} ${x.seq()})`) }),
    check: (d, x, v: any) =>
      expect(d.updateOptionGroup).to.deep.equal({
        id: x.groupId,
        name: v.input.name,
        options: v.input.options.map((o: any) => ({ name: o.name })),
      }),
  },
  deleteOptionGroup: {
    rule: 'PM1',
    kind: 'mutation',
    doc: `mutation($id: ID!) { deleteOptionGroup(id: $id) }`,
    vars: async (x) => ({
      id: (
        await made(
          x.creator,
          CREATE_GROUP,
          { ticketId: x.ticketId, input: groupInput(`Jetable ${x.seq()}`) },
          'createOptionGroup',
        )
      ).id,
    }),
    check: (d, _x, v) => expect(d.deleteOptionGroup).to.equal(v.id),
  },
  createExtraInfo: {
    rule: 'PM1',
    kind: 'mutation',
    doc: CREATE_EXTRA,
    vars: (x) => ({ ticketId: x.ticketId, input: extraInfoInput(`Info ${x.role} ${x.seq()}`) }),
    check: (d) => expect(d.createExtraInfo.id).to.be.a('string'),
  },
  updateExtraInfo: {
    rule: 'PM1',
    kind: 'mutation',
    doc: `mutation($id: ID!, $input: UpdateExtraInfoInput!) { updateExtraInfo(id: $id, input: $input) { id label } }`,
    vars: (x) => ({
      id: x.extraInfoId,
      input: { label: `Info (${x.role} ${x.seq()})`, help: 'Aide', blocks: 'PAYMENT', position: x.extraInfoPosition },
    }),
    check: (d, x, v: any) => expect(d.updateExtraInfo).to.deep.equal({ id: x.extraInfoId, label: v.input.label }),
  },
  deleteExtraInfo: {
    rule: 'PM1',
    kind: 'mutation',
    doc: `mutation($id: ID!) { deleteExtraInfo(id: $id) }`,
    vars: async (x) => ({
      id: (
        await made(
          x.creator,
          CREATE_EXTRA,
          { ticketId: x.ticketId, input: extraInfoInput(`Jetable ${x.seq()}`) },
          'createExtraInfo',
        )
      ).id,
    }),
    check: (d, _x, v) => expect(d.deleteExtraInfo).to.equal(v.id),
  },
  copyOptionToAllTickets: {
    rule: 'PM1',
    kind: 'mutation',
    doc: `mutation($id: ID!) { copyOptionToAllTickets(id: $id) { id } }`,
    vars: (x) => ({ id: x.optionId }),
    check: (d) => expect(d.copyOptionToAllTickets).to.be.an('array'),
  },
  copyOptionGroupToAllTickets: {
    rule: 'PM1',
    kind: 'mutation',
    doc: `mutation($id: ID!) { copyOptionGroupToAllTickets(id: $id) { id } }`,
    vars: (x) => ({ id: x.groupId }),
    check: (d) => expect(d.copyOptionGroupToAllTickets).to.be.an('array'),
  },
  copyExtraInfoToAllTickets: {
    rule: 'PM1',
    kind: 'mutation',
    doc: `mutation($id: ID!) { copyExtraInfoToAllTickets(id: $id) { id } }`,
    vars: (x) => ({ id: x.extraInfoId }),
    check: (d) => expect(d.copyExtraInfoToAllTickets).to.be.an('array'),
  },
  setEventCapacity: {
    rule: 'CP1',
    kind: 'mutation',
    doc: `mutation($eventId: ID!, $c: Int) { setEventCapacity(eventId: $eventId, capacity: $c) { id capacity } }`,
    vars: (x) => ({ eventId: x.eventId, c: 1000 + x.seq() }),
    check: (d, x, v) => expect(d.setEventCapacity).to.deep.equal({ id: x.eventId, capacity: v.c }),
  },
  createQuota: {
    rule: 'CP1',
    kind: 'mutation',
    doc: CREATE_QUOTA,
    vars: (x) => ({ eventId: x.eventId, input: quotaInput(`Quota ${x.role} ${x.seq()}`, x.ticketId) }),
    check: (d, _x, v: any) => expect(d.createQuota.name).to.equal(v.input.name),
  },
  updateQuota: {
    rule: 'CP1',
    kind: 'mutation',
    doc: `mutation($id: ID!, $input: QuotaInput!) { updateQuota(id: $id, input: $input) { id name } }`,
    vars: async (x) => ({
      id: (
        await made(
          x.creator,
          CREATE_QUOTA,
          { eventId: x.eventId, input: quotaInput(`À renommer ${x.seq()}`, x.ticketId) },
          'createQuota',
        )
      ).id,
      input: quotaInput(`Renommé ${x.seq()}`, x.ticketId),
    }),
    check: (d, _x, v: any) => expect(d.updateQuota).to.deep.equal({ id: v.id, name: v.input.name }),
  },
  deleteQuota: {
    rule: 'CP1',
    kind: 'mutation',
    doc: `mutation($id: ID!) { deleteQuota(id: $id) }`,
    vars: async (x) => ({
      id: (
        await made(
          x.creator,
          CREATE_QUOTA,
          { eventId: x.eventId, input: quotaInput(`Jetable ${x.seq()}`, x.ticketId) },
          'createQuota',
        )
      ).id,
    }),
    check: (d, _x, v) => expect(d.deleteQuota).to.equal(v.id),
  },
  grantPermission: {
    rule: 'PM1',
    kind: 'mutation',
    doc: GRANT,
    vars: async (x) => ({
      eventId: x.eventId,
      input: { level: 'VIEW', granteeKind: 'USER', userEmail: await x.freshUserEmail() },
    }),
    check: (d) => expect(d.grantPermission).to.deep.include({ level: 'VIEW', granteeKind: 'USER', club: null }),
  },
  revokePermission: {
    rule: 'PM1',
    kind: 'mutation',
    doc: REVOKE,
    vars: async (x) => {
      const grant = await made(
        x.creator,
        GRANT,
        { eventId: x.eventId, input: { level: 'VIEW', granteeKind: 'USER', userEmail: await x.freshUserEmail() } },
        'grantPermission',
      );
      return { id: grant.id };
    },
    check: (d, _x, v) => expect(d.revokePermission).to.equal(v.id),
  },
  duplicateEvent: {
    rule: 'DU1',
    kind: 'mutation',
    doc: `mutation($id: ID!, $s: DateTime!) { duplicateEvent(eventId: $id, startsAt: $s) { id visibility viewerPermission club { id } } }`,
    vars: (x) => ({ id: x.eventId, s: inDays(60) }),
    check: (d, x) =>
      expect(d.duplicateEvent).to.deep.include({
        visibility: 'DRAFT',
        viewerPermission: 'ADMIN',
        club: { id: x.clubId },
      }),
  },
  // Issue 15: a fresh event of the row's visibility, on which the role holds its level (a draft without bookings can go).
  deleteEvent: {
    rule: 'PM1',
    kind: 'mutation',
    doc: `mutation($id: ID!) { deleteEvent(id: $id) }`,
    vars: async (x) => {
      const { id } = await made(
        x.creator,
        CREATE_EVENT,
        { input: { ...eventInput(x.visibility, `À supprimer ${x.seq()}`), clubId: x.clubId } },
        'createEvent',
      );
      if (LEVEL[x.role] && x.role !== 'platform')
        await made(
          x.creator,
          GRANT,
          { eventId: id, input: { level: LEVEL[x.role], granteeKind: 'USER', userEmail: x.emails[x.role] } },
          'grantPermission',
        );
      return { id };
    },
    check: (d, _x, v) => expect(d.deleteEvent).to.equal(v.id),
  },
  mailingPreview: {
    rule: 'ML1',
    kind: 'query',
    doc: `query($e: ID!, $i: MailingDraftInput!) { mailingPreview(eventId: $e, input: $i) { recipientCount } }`,
    vars: (x) => ({ e: x.eventId, i: mailingInput(x) }),
    check: (d) => expect(d.mailingPreview.recipientCount).to.be.a('number'),
  },
  sendMailing: {
    rule: 'ML1',
    kind: 'mutation',
    doc: `mutation($e: ID!, $i: MailingDraftInput!, $k: ID!) { sendMailing(eventId: $e, input: $i, idempotencyKey: $k) { id recipientCount } }`,
    vars: async (x) => {
      await withHolder(x);
      return { e: x.eventId, i: mailingInput(x), k: randomUUID() };
    },
    check: (d) => expect(d.sendMailing.recipientCount).to.be.at.least(1),
  },
  'event.mailings': {
    rule: 'ML1',
    kind: 'query',
    doc: `query($id: ID!) { event(id: $id) { id mailings { id recipientCount } } }`,
    vars: (x) => ({ id: x.eventId }),
    check: (d) => expect(d.event.mailings).to.be.an('array'),
  },
  createEvent: {
    rule: 'EV2',
    kind: 'mutation',
    doc: CREATE_EVENT,
    vars: (x) => ({ input: { ...eventInput('DRAFT', `Créé par ${x.role} ${x.seq()}`), clubId: x.clubId } }),
    // The creator gets ADMIN on it.
    check: (d, x) =>
      expect(d.createEvent).to.deep.include({ viewerPermission: 'ADMIN', visibility: 'DRAFT', club: { id: x.clubId } }),
  },
};

/** Everything a refused mutation must leave untouched, read by the creator (plus the numbers of events and audit entries). */
const SNAPSHOT = `query($id: ID!) { event(id: $id) {
  name description location startsAt endsAt visibility coverUrl
  capacity quotas { id name capacity tickets { id } }
  tickets { id name priceCents position options { id name priceCents } optionGroups { id name options { id name } } extraInfos { id label position } }
  grants { id level granteeKind }
} }`;

describe('API: event permission matrix (PM1, PM2, PM3, EV1, EV2, EV4, DU1, ML1)', function () {
  this.timeout(30_000);
  const t = useApp();
  const clients = {} as Record<Role, ApiClient>;
  let creator: ApiClient;
  let n = 0;
  const ctx = {} as Omit<Ctx, 'visibility' | 'role'>;

  const snapshot = async (eventId = ctx.eventId) => {
    const [{ events, audits }] = await t.app.db.orm.em
      .fork()
      .getConnection()
      .execute(`select (select count(*)::int from events) events, (select count(*)::int from audit_log) audits`);
    return { events, audits, event: (await creator.data(SNAPSHOT, { id: eventId })).event };
  };

  before(async function () {
    this.timeout(60_000);
    const school = { kind: 'SCHOOL', schoolSlug: 'enseeiht', classYear: 2027 } as const;
    await createUser(t, {
      ...school,
      email: 'board2@example.org',
      firstName: 'Bea',
      lastName: 'Board',
      clubs: [{ slug: 'net7', isBoard: true }],
    });
    for (const level of ['view', 'validate', 'edit', 'admin']) {
      await createUser(t, { ...school, email: `${level}-grantee@example.org`, firstName: level, lastName: 'Grantee' });
    }
    const emails: Record<Role, string | null> = {
      anon: null,
      external: 'exterieur@example.org',
      student: 'chloe@example.org',
      member: 'alice@example.org',
      board: 'board2@example.org',
      VIEW: 'view-grantee@example.org',
      VALIDATE: 'validate-grantee@example.org',
      EDIT: 'edit-grantee@example.org',
      ADMIN: 'admin-grantee@example.org',
      platform: 'admin@example.org',
    };
    for (const role of ROLES) clients[role] = emails[role] ? await t.signedIn(emails[role]!) : t.client();
    creator = await t.signedIn('bureau@example.org');

    const clubId = await idOf(t, 'club', 'net7');
    const event = await made(
      creator,
      CREATE_EVENT,
      { input: { ...eventInput('DRAFT', 'Soirée matrice'), clubId } },
      'createEvent',
    );
    expect(event.viewerPermission, 'EV2: the creator gets ADMIN').to.equal('ADMIN');
    const ticket = await made(
      creator,
      CREATE_TICKET,
      { eventId: event.id, input: ticketInput('Entrée') },
      'createTicket',
    );
    const option = await made(
      creator,
      CREATE_OPTION,
      { ticketId: ticket.id, input: optionInput('Vestiaire') },
      'createOption',
    );
    const group = await made(
      creator,
      CREATE_GROUP,
      { ticketId: ticket.id, input: groupInput('Repas') },
      'createOptionGroup',
    );
    const extra = await made(
      creator,
      CREATE_EXTRA,
      { ticketId: ticket.id, input: extraInfoInput('Taille de t-shirt') },
      'createExtraInfo',
    );
    for (const level of ['VIEW', 'VALIDATE', 'EDIT', 'ADMIN'] as const) {
      await made(
        creator,
        GRANT,
        { eventId: event.id, input: { level, granteeKind: 'USER', userEmail: emails[level] } },
        'grantPermission',
      );
    }
    Object.assign(ctx, {
      emails,
      eventId: event.id,
      ticketId: ticket.id,
      ticketPosition: ticket.position,
      optionId: option.id,
      groupId: group.id,
      extraInfoId: extra.id,
      extraInfoPosition: extra.position,
      clubId,
      creator,
      seq: () => ++n,
      freshUserEmail: async () => {
        const email = `grantee-${++n}@example.org`;
        await createUser(t, { kind: 'SCHOOL', schoolSlug: 'enseeiht', classYear: 2028, email });
        return email;
      },
    });
  });

  for (const visibility of ['DRAFT', 'INTERNAL', 'UNLISTED', 'PUBLIC'] as const) {
    describe(`${visibility} event`, () => {
      before(async () => {
        await creator.data(UPDATE_EVENT, { id: ctx.eventId, input: eventInput(visibility, 'Soirée matrice') });
      });

      for (const [opName, row] of Object.entries(MATRIX[visibility])) {
        const op = OPS[opName];
        const cells = row.split(/\s+/) as Cell[];
        if (cells.length !== ROLES.length)
          throw new Error(`matrix row ${visibility}/${opName} has ${cells.length} cells`);
        ROLES.forEach((role, i) => {
          const cell = cells[i];
          if (cell === '..') return;
          const outcome =
            cell === 'ok' ? 'succeeds' : cell === 'in' ? 'lists it' : cell === '--' ? 'does not list it' : CODE[cell];
          it(`${op.rule}: ${opName} on ${an(visibility)} event, ${WHO[role]} → ${outcome}`, async () => {
            const x: Ctx = { ...ctx, visibility, role };
            const vars = await op.vars(x);
            const refused = cell === 'NF' || cell === 'FB' || cell === 'UA' || cell === 'ND';
            const before = refused && op.kind === 'mutation' ? await snapshot() : undefined;
            const res: GraphQLResponse = op.send
              ? await op.send(clients[role], vars)
              : await clients[role].request(op.doc, vars);
            if (!refused) {
              expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
              if (op.listed) {
                const ids = op.listed(res.data);
                if (cell === 'in') expect(ids).to.include(ctx.eventId);
                else expect(ids).not.to.include(ctx.eventId);
              } else op.check?.(res.data, x, vars);
              return;
            }
            expect(res.errors, `expected ${CODE[cell]}, got ${JSON.stringify(res.data)}`).to.be.an('array').that.is.not
              .empty;
            expect(res.errors![0].extensions?.code, JSON.stringify(res.errors)).to.equal(CODE[cell]);
            if (op.kind === 'mutation') {
              expect(res.data ?? null).to.equal(null);
              expect(await snapshot(), 'a refused mutation changes nothing').to.deep.equal(before);
            } else {
              // Nothing leaks: the refused field nulls its whole (non-null) path up to the root field.
              for (const [field, value] of Object.entries(res.data ?? {}))
                expect(value, `data.${field}`).to.equal(null);
            }
          });
        });
      }
    });
  }

  // PM3: a level on one event gives nothing on another event's objects (ids of the other event passed directly).
  describe('objects of another event', () => {
    const other = {} as Pick<
      Ctx,
      'eventId' | 'ticketId' | 'ticketPosition' | 'optionId' | 'groupId' | 'extraInfoId' | 'extraInfoPosition'
    >;
    // duplicateEvent and deleteEvent act on the event they name: their rows above are the cross-event check.
    const CROSS_OPS = Object.keys(OPS).filter(
      (k) =>
        k !== 'event' &&
        k !== 'createEvent' &&
        k !== 'duplicateEvent' &&
        k !== 'deleteEvent' &&
        !k.startsWith('events'),
    );
    before(async () => {
      const event = await made(
        creator,
        CREATE_EVENT,
        { input: { ...eventInput('DRAFT', 'Autre soirée'), clubId: ctx.clubId } },
        'createEvent',
      );
      const ticket = await made(
        creator,
        CREATE_TICKET,
        { eventId: event.id, input: ticketInput('Autre entrée') },
        'createTicket',
      );
      const option = await made(
        creator,
        CREATE_OPTION,
        { ticketId: ticket.id, input: optionInput('Autre option') },
        'createOption',
      );
      const group = await made(
        creator,
        CREATE_GROUP,
        { ticketId: ticket.id, input: groupInput('Autre groupe') },
        'createOptionGroup',
      );
      const extra = await made(
        creator,
        CREATE_EXTRA,
        { ticketId: ticket.id, input: extraInfoInput('Autre info') },
        'createExtraInfo',
      );
      Object.assign(other, {
        eventId: event.id,
        ticketId: ticket.id,
        ticketPosition: ticket.position,
        optionId: option.id,
        groupId: group.id,
        extraInfoId: extra.id,
        extraInfoPosition: extra.position,
      });
    });
    for (const visibility of ['DRAFT', 'PUBLIC'] as const) {
      for (const role of ['EDIT', 'ADMIN'] as const) {
        for (const opName of CROSS_OPS) {
          // SEC5: grants are seen by their event's ADMINs only, so a grant id of another event is not found.
          const code = visibility === 'DRAFT' || opName === 'revokePermission' ? 'NOT_FOUND' : 'FORBIDDEN';
          it(`PM3${opName === 'revokePermission' ? ', SEC5' : ''}: ${opName} on the objects of another ${visibility} event, ${WHO[role]} of the matrix event → ${code}`, async () => {
            await creator.data(UPDATE_EVENT, { id: other.eventId, input: eventInput(visibility, 'Autre soirée') });
            const x: Ctx = { ...ctx, ...other, visibility, role };
            const vars = await OPS[opName].vars(x);
            const before = await snapshot(other.eventId);
            const op = OPS[opName];
            const res = op.send ? await op.send(clients[role], vars) : await clients[role].request(op.doc, vars);
            expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res.errors ?? res.data)).to.equal(code);
            expect(await snapshot(other.eventId), 'a refused operation changes nothing').to.deep.equal(before);
          });
        }
      }
    }
  });

  // Contract: "User as seen here by event ADMINs: id, fullName, email". Anything else of a person's account stays
  // private (readable by the person and platform admins only): refused, or null, but never the value.
  describe('people seen through admins and grants', () => {
    const PRIVATE_FIELDS: Array<[string, string]> = [
      ['classYear', 'classYear'],
      ['school', 'school { slug }'],
      ['kind', 'kind'],
      ['isPlatformAdmin', 'isPlatformAdmin'],
      ['emailVerified', 'emailVerified'],
      ['createdAt', 'createdAt'],
      ['associationMemberships', 'associationMemberships { endsOn }'],
      ['clubMemberships', 'clubMemberships { isBoard }'],
    ];
    for (const path of ['admins', 'grants'] as const) {
      for (const [field, selection] of PRIVATE_FIELDS) {
        it(`PM3: an ADMIN grantee cannot read User.${field} of the people in event.${path} (only id, fullName, email)`, async () => {
          const res = await clients.ADMIN.request(
            `query($id: ID!) { event(id: $id) { ${path} { user { id ${selection} } } } }`,
            { id: ctx.eventId },
          );
          if (res.errors) {
            expect(res.errors.map((e) => e.extensions?.code)).to.satisfy(
              (codes: string[]) => codes.every((c) => c === 'FORBIDDEN'),
              JSON.stringify(res.errors),
            );
          }
          const self = (await clients.ADMIN.data(`{ viewer { id } }`)).viewer.id;
          // The grantee's own account is readable by them; everyone else's is not.
          const users = ((res.data?.event?.[path] ?? []) as Array<{ user: Record<string, unknown> | null }>)
            .map((e) => e.user)
            .filter((u) => u && u.id !== self);
          for (const u of users) expect(u![field] ?? null, `${field} of user ${u!.id} was revealed`).to.equal(null);
        });
      }
    }
    it('PM3: an ADMIN grantee reads id, fullName and email of the people in admins and grants', async () => {
      const { event } = await clients.ADMIN.data(
        `query($id: ID!) { event(id: $id) { admins { user { id fullName email } } grants { user { id fullName email } } } }`,
        { id: ctx.eventId },
      );
      expect(event.admins.map((a: any) => a.user.email)).to.include.members([
        'bureau@example.org',
        'admin-grantee@example.org',
        'view-grantee@example.org',
      ]);
      expect(event.grants.filter((g: any) => g.user).map((g: any) => g.user.email)).to.include.members([
        'bureau@example.org',
        'edit-grantee@example.org',
      ]);
    });
  });
});

describe('API: club grants and effective permission (PM2)', function () {
  const t = useApp();
  let admin: ApiClient, bureau: ApiClient, alice: ApiClient, chloe: ApiClient;
  let eventId: string, net7: string, gala: string;
  const ids = {} as Record<string, string>;
  const grantIds = {} as Record<string, string>;

  const viewerPermission = async (c: ApiClient) => {
    const res = await c.request(`query($id: ID!) { event(id: $id) { viewerPermission } }`, { id: eventId });
    return res.errors ? res.errors[0].extensions?.code : res.data!.event.viewerPermission;
  };
  const grant = async (level: Level, granteeKind: string, extra: Record<string, string>) =>
    (await admin.data(GRANT, { eventId, input: { level, granteeKind, ...extra } })).grantPermission as { id: string };

  before(async function () {
    this.timeout(60_000);
    ids.board2 = await createUser(t, {
      kind: 'SCHOOL',
      schoolSlug: 'enseeiht',
      classYear: 2027,
      email: 'board2@example.org',
      clubs: [{ slug: 'net7', isBoard: true }],
    });
    [admin, bureau, alice, chloe] = await Promise.all(
      ['admin', 'bureau', 'alice', 'chloe'].map((p) => t.signedIn(`${p}@example.org`)),
    );
    for (const [key, c] of Object.entries({ admin, bureau, alice, chloe }))
      ids[key] = (await c.data(`{ viewer { id } }`)).viewer.id;
    net7 = await idOf(t, 'club', 'net7');
    gala = await idOf(t, 'club', 'gala-n7');
    // A platform admin may create an event for any club (EV2); it stays a draft so that reaching it at all needs a grant.
    eventId = (
      await made(admin, CREATE_EVENT, { input: { ...eventInput('DRAFT', 'Soirée PM2'), clubId: net7 } }, 'createEvent')
    ).id;
  });

  it('PM2: before any club grant, board and members of the organizing club cannot even see the draft', async () => {
    expect(await viewerPermission(bureau)).to.equal('NOT_FOUND');
    expect(await viewerPermission(alice)).to.equal('NOT_FOUND');
    expect(await viewerPermission(admin)).to.equal('ADMIN');
  });

  it('PM2: a grant to CLUB_BOARD of net7 reaches its board members (bureau) but not its plain members (alice)', async () => {
    grantIds.board = (await grant('VIEW', 'CLUB_BOARD', { clubId: net7 })).id;
    expect(await viewerPermission(bureau)).to.equal('VIEW');
    expect(await viewerPermission(alice)).to.equal('NOT_FOUND');
    expect(await viewerPermission(chloe)).to.equal('NOT_FOUND');
  });

  it('PM2: a grant of VALIDATE to CLUB_MEMBERS of net7 gives alice VALIDATE, board included, nobody outside the club', async () => {
    grantIds.members = (await grant('VALIDATE', 'CLUB_MEMBERS', { clubId: net7 })).id;
    expect(await viewerPermission(alice)).to.equal('VALIDATE');
    // The highest grant wins: bureau holds VIEW from the board grant and VALIDATE as a member.
    expect(await viewerPermission(bureau)).to.equal('VALIDATE');
    expect(await viewerPermission(chloe)).to.equal('NOT_FOUND');
  });

  it('PM2: a club grant of another club reaches its members only (bureau is a plain member of gala-n7)', async () => {
    grantIds.gala = (await grant('EDIT', 'CLUB_MEMBERS', { clubId: gala })).id;
    expect(await viewerPermission(bureau)).to.equal('EDIT');
    expect(await viewerPermission(alice)).to.equal('VALIDATE');
  });

  it('PM2: the highest grant wins, whatever its kind (a user grant above a club grant, and below one)', async () => {
    grantIds.alice = (await grant('EDIT', 'USER', { userEmail: 'alice@example.org' })).id;
    grantIds.bureau = (await grant('VIEW', 'USER', { userEmail: 'bureau@example.org' })).id;
    expect(await viewerPermission(alice)).to.equal('EDIT');
    expect(await viewerPermission(bureau)).to.equal('EDIT');
    // The effective level is what is enforced: alice (EDIT via her own grant) may edit; chloe still sees nothing.
    await alice.data(UPDATE_EVENT, { id: eventId, input: eventInput('DRAFT', 'Soirée PM2 (alice)') });
    expect(
      (
        await alice.error(GRANT, {
          eventId,
          input: { level: 'VIEW', granteeKind: 'USER', userEmail: 'chloe@example.org' },
        })
      ).extensions?.code,
    ).to.equal('FORBIDDEN');
  });

  it('PM2: admins lists each person once, with their effective level and every source', async () => {
    const { event } = await admin.data(
      `query($id: ID!) { event(id: $id) { admins { level user { id email fullName } sources { source level grant { id } club { id } } } } }`,
      { id: eventId },
    );
    const byUser = new Map<string, any>();
    for (const a of event.admins) {
      expect(byUser.has(a.user.id), `${a.user.email} listed twice`).to.equal(false);
      byUser.set(a.user.id, a);
    }
    const summary = (userId: string) => {
      const a = byUser.get(userId);
      if (!a) return undefined;
      const sources = a.sources
        .map((s: any) => `${s.source}:${s.level}:${s.grant?.id ?? '-'}:${s.club?.id ?? '-'}`)
        .sort();
      return { level: a.level, sources };
    };
    expect(byUser.get(ids.alice)?.user.email).to.equal('alice@example.org');
    // admin@example.org: the only platform admin, and the creator (a user grant of ADMIN).
    const adminEntry = summary(ids.admin)!;
    expect(adminEntry.level).to.equal('ADMIN');
    expect(adminEntry.sources.map((s: string) => s.split(':').slice(0, 2).join(':'))).to.deep.equal([
      'PLATFORM_ADMIN:ADMIN',
      'USER_GRANT:ADMIN',
    ]);
    expect(summary(ids.bureau)).to.deep.equal({
      level: 'EDIT',
      sources: [
        `CLUB_BOARD_GRANT:VIEW:${grantIds.board}:${net7}`,
        `CLUB_MEMBERS_GRANT:EDIT:${grantIds.gala}:${gala}`,
        `CLUB_MEMBERS_GRANT:VALIDATE:${grantIds.members}:${net7}`,
        `USER_GRANT:VIEW:${grantIds.bureau}:-`,
      ].sort(),
    });
    expect(summary(ids.alice)).to.deep.equal({
      level: 'EDIT',
      sources: [
        `CLUB_MEMBERS_GRANT:VALIDATE:${grantIds.members}:${net7}`,
        `USER_GRANT:EDIT:${grantIds.alice}:-`,
      ].sort(),
    });
    expect(summary(ids.board2)).to.deep.equal({
      level: 'VALIDATE',
      sources: [
        `CLUB_BOARD_GRANT:VIEW:${grantIds.board}:${net7}`,
        `CLUB_MEMBERS_GRANT:VALIDATE:${grantIds.members}:${net7}`,
      ].sort(),
    });
    expect(byUser.has(ids.chloe), 'chloe has no permission').to.equal(false);
    expect(byUser.size).to.equal(4);
  });

  it('PM2: revoking a club grant takes effect at once for every member it reached', async () => {
    await admin.data(REVOKE, { id: grantIds.members });
    expect(await viewerPermission(alice)).to.equal('EDIT');
    expect(await viewerPermission(bureau)).to.equal('EDIT');
    await admin.data(REVOKE, { id: grantIds.gala });
    expect(await viewerPermission(bureau)).to.equal('VIEW');
    await admin.data(REVOKE, { id: grantIds.board });
    await admin.data(REVOKE, { id: grantIds.bureau });
    expect(await viewerPermission(bureau)).to.equal('NOT_FOUND');
  });

  it('PM2: club grants follow the club membership list at each request (a new board member is reached at once)', async () => {
    grantIds.board = (await grant('VALIDATE', 'CLUB_BOARD', { clubId: net7 })).id;
    await createUser(t, {
      kind: 'SCHOOL',
      schoolSlug: 'enseeiht',
      classYear: 2029,
      email: 'newboard@example.org',
      clubs: [{ slug: 'net7', isBoard: true }],
    });
    const newcomer = await t.signedIn('newboard@example.org');
    expect(await viewerPermission(newcomer)).to.equal('VALIDATE');
  });

  it('PM2: one grant per grantee: granting again to the same user or club is a CONFLICT and changes nothing', async () => {
    const before = (await admin.data(`query($id: ID!) { event(id: $id) { grants { id level } } }`, { id: eventId }))
      .event.grants;
    const again = async (input: Record<string, string>) =>
      (await admin.error(GRANT, { eventId, input })).extensions?.code;
    expect(await again({ level: 'ADMIN', granteeKind: 'USER', userEmail: 'alice@example.org' })).to.equal('CONFLICT');
    expect(await again({ level: 'EDIT', granteeKind: 'CLUB_BOARD', clubId: net7 })).to.equal('CONFLICT');
    const after = (await admin.data(`query($id: ID!) { event(id: $id) { grants { id level } } }`, { id: eventId }))
      .event.grants;
    expect(after).to.deep.equal(before);
    expect(await viewerPermission(alice)).to.equal('EDIT');
  });

  it('PM2: the last ADMIN grant of an event cannot be revoked (CONFLICT), even by a platform admin', async () => {
    const { event } = await admin.data(`query($id: ID!) { event(id: $id) { grants { id level granteeKind } } }`, {
      id: eventId,
    });
    const adminGrants = event.grants.filter((g: any) => g.level === 'ADMIN');
    expect(adminGrants).to.have.length(1);
    expect((await admin.error(REVOKE, { id: adminGrants[0].id })).extensions?.code).to.equal('CONFLICT');
  });

  it('PM2/EV1: a user grant reaches an external account too: with VIEW it sees the draft, and nothing more', async () => {
    const external = await t.signedIn('exterieur@example.org');
    expect(await viewerPermission(external)).to.equal('NOT_FOUND');
    await grant('VIEW', 'USER', { userEmail: 'exterieur@example.org' });
    expect(await viewerPermission(external)).to.equal('VIEW');
    expect(
      (await external.error(UPDATE_EVENT, { id: eventId, input: eventInput('DRAFT', 'Pirate') })).extensions?.code,
    ).to.equal('FORBIDDEN');
  });

  it('PM3: a personal API token carries exactly its owner’s permissions', async () => {
    const { createApiToken } = await alice.data(`mutation { createApiToken(name: "console") { token } }`);
    const viaToken = t.client();
    viaToken.token = createApiToken.token;
    expect(await viewerPermission(viaToken)).to.equal(await viewerPermission(alice));
    await viaToken.data(UPDATE_EVENT, { id: eventId, input: eventInput('DRAFT', 'Soirée PM2 (jeton)') }); // alice holds EDIT
    expect(
      (
        await viaToken.error(GRANT, {
          eventId,
          input: { level: 'VIEW', granteeKind: 'USER', userEmail: 'chloe@example.org' },
        })
      ).extensions?.code,
    ).to.equal('FORBIDDEN');
  });

  it('PM2: platform admins have ADMIN on every event, without any grant (an event created by bureau)', async () => {
    const other = await made(
      bureau,
      CREATE_EVENT,
      { input: { ...eventInput('DRAFT', 'Soirée du bureau'), clubId: net7 } },
      'createEvent',
    );
    const { event } = await admin.data(
      `query($id: ID!) { event(id: $id) { viewerPermission grants { level granteeKind user { id } } } }`,
      { id: other.id },
    );
    expect(event.viewerPermission).to.equal('ADMIN');
    expect(event.grants).to.deep.equal([{ level: 'ADMIN', granteeKind: 'USER', user: { id: ids.bureau } }]);
  });
});

describe('API: who may create an event for a club (EV2)', function () {
  const t = useApp();
  const CLUB_EVENT = `mutation($input: CreateEventInput!) { createEvent(input: $input) { id viewerPermission club { slug } } }`;
  const attempt = async (email: string, clubSlug: string) => {
    const c = await t.signedIn(email);
    const res = await c.request(CLUB_EVENT, {
      input: { ...eventInput('DRAFT', `Par ${email}`), clubId: await idOf(t, 'club', clubSlug) },
    });
    return res.errors ? res.errors[0].extensions?.code : res.data!.createEvent;
  };

  before(async () => {
    await createUser(t, {
      kind: 'SCHOOL',
      schoolSlug: 'ensiacet',
      classYear: 2027,
      email: 'theatre-board@example.org',
      clubs: [{ slug: 'theatre-a7', isBoard: true }],
    });
  });

  it('EV2: a board member creates events only for the club they sit on the board of, and gets ADMIN on them', async () => {
    expect(await attempt('theatre-board@example.org', 'theatre-a7')).to.deep.include({
      viewerPermission: 'ADMIN',
      club: { slug: 'theatre-a7' },
    });
    expect(await attempt('theatre-board@example.org', 'net7')).to.equal('FORBIDDEN');
  });

  it('EV2: a plain member of a club may not create its events, even if they sit on another club’s board (bureau in gala-n7)', async () => {
    expect(await attempt('bureau@example.org', 'gala-n7')).to.equal('FORBIDDEN');
    expect(await attempt('alice@example.org', 'net7')).to.equal('FORBIDDEN');
  });

  it('EV2: a platform admin creates events for any club and gets ADMIN on them', async () => {
    for (const slug of ['net7', 'gala-n7', 'ski-inp']) {
      expect(await attempt('admin@example.org', slug)).to.deep.include({ viewerPermission: 'ADMIN', club: { slug } });
    }
  });

  it('EV2: no event is written by a refused creation', async () => {
    const [{ n }] = await t.app.db.orm.em
      .fork()
      .getConnection()
      .execute(`select count(*)::int n from events where name like 'Par %'`);
    expect(n).to.equal(4);
  });
});

describe('API: an event’s cover follows its visibility (EV1)', function () {
  const t = useApp();
  const fetchAs = (c: ApiClient | null, url: string) =>
    fetch(`${t.url}${url}`, {
      headers: c?.cookies.size ? { cookie: [...c.cookies].map(([k, v]) => `${k}=${v}`).join('; ') } : {},
    });

  it('EV1: the cover of a DRAFT event is served only to people who may see the event; once PUBLIC, to anyone', async () => {
    const admin = await t.signedIn('admin@example.org');
    const alice = await t.signedIn('alice@example.org');
    const clubId = await idOf(t, 'club', 'net7');
    const event = await made(
      admin,
      CREATE_EVENT,
      { input: { ...eventInput('DRAFT', 'Soirée couverture'), clubId } },
      'createEvent',
    );
    const res = await uploadRequest(
      admin,
      `mutation($id: ID!, $file: Upload!) { setEventCover(id: $id, file: $file) { coverUrl } }`,
      { id: event.id },
      'file',
      {
        name: 'cover.png',
        type: 'image/png',
        data: TINY_PNG,
      },
    );
    expect(res.errors, JSON.stringify(res.errors)).to.equal(undefined);
    const url = res.data!.setEventCover.coverUrl as string;
    const own = await fetchAs(admin, url);
    expect(own.status).to.equal(200);
    expect(Buffer.from(await own.arrayBuffer()).equals(TINY_PNG)).to.equal(true);
    expect((await fetchAs(null, url)).status, 'anonymous, draft').to.equal(404);
    expect((await fetchAs(alice, url)).status, 'alice, draft').to.equal(404);
    await admin.data(UPDATE_EVENT, { id: event.id, input: eventInput('PUBLIC', 'Soirée couverture') });
    expect((await fetchAs(null, url)).status, 'anonymous, public').to.equal(200);
  });
});
