import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../core/logger';
import { bookingReference } from '../modules/bookings';
import { renderMarkdown } from '../modules/events';
import { LYDIA_DEMO_ACCOUNT } from '../simulators';
import type { SecretBox } from '../crypto/secret-box';
import {
  User,
  Booking,
  BookingStatus,
  BookingOption,
  Event,
  EventVisibility,
  Club,
  School,
  EventGrant,
  GranteeKind,
  PermissionLevel,
  ExtraInfo,
  ExtraInfoBlocks,
  ExtraInfoType,
  Option,
  OptionGroup,
  Ticket,
  TicketKind,
  OnlineProvider,
  PaymentAccount,
} from '../model';

const DAY = 24 * 3600_000;

/**
 * Demo events for the first start (after the accounts of `seedDemo`): a public gala with restricted and open
 * tickets, options, a group and extra information; an internal free evening; a ski weekend with a payment
 * deadline; a draft. A few bookings so every list has something to show. Runs only while there is no event.
 */
export async function seedDemoEvents(em: EntityManager, log: Logger, payments?: { secrets: SecretBox }): Promise<void> {
  if ((await em.count(Event)) > 0) return;
  await em.transactional(async (tx) => {
    /** An entity with the given fields, persisted in this transaction. */
    const make = <T extends object>(cls: new () => T, fields: Partial<T>): T => {
      const x = Object.assign(new cls(), fields);
      tx.persist(x);
      return x;
    };
    const user = (email: string) => tx.findOneOrFail(User, { email });
    // One connection inside a transaction: queries one after the other.
    const board = await user('bureau@example.org');
    const alice = await user('alice@example.org');
    const chloe = await user('chloe@example.org');
    const bruno = await user('bruno@example.org');
    const net7 = await tx.findOneOrFail(Club, { slug: 'net7' });
    const ski = await tx.findOneOrFail(Club, { slug: 'ski-inp' });
    const n7 = await tx.findOneOrFail(School, { slug: 'enseeiht' });
    const at = (days: number, hour: number) => {
      const d = new Date(Date.now() + days * DAY);
      d.setUTCHours(hour - 1, 0, 0, 0); // roughly Paris time
      return d;
    };

    const event = (
      fields: Partial<Event> &
        Pick<Event, 'name' | 'description' | 'club' | 'visibility' | 'startsAt' | 'endsAt' | 'location'>,
    ) => {
      const e = Object.assign(new Event(), {
        sponsorshipLimit: 0,
        showPlacesLeft: true,
        descriptionHtml: renderMarkdown(fields.description),
        ...fields,
      });
      tx.persist(e);
      tx.persist(new EventGrant(e, PermissionLevel.ADMIN, { kind: GranteeKind.USER, user: board }, board));
      return e;
    };
    const ticket = (e: Event, fields: Partial<Ticket> & Pick<Ticket, 'name' | 'kind' | 'priceCents'>) => {
      const t = Object.assign(new Ticket(), { event: e, ...fields });
      tx.persist(t);
      return t;
    };

    const gala = event({
      name: 'Gala N7',
      description:
        'La grande soirée de l’école : **dîner**, concert et piste de danse jusqu’à l’aube.\n\n- Tenue de soirée\n- Navette retour vers le centre',
      location: 'Salle des fêtes, Toulouse',
      club: net7,
      visibility: EventVisibility.PUBLIC,
      startsAt: at(30, 20),
      endsAt: at(31, 4),
      contactEmail: 'gala@example.org',
      sponsorshipLimit: 2,
      paymentDeadlineHours: 72,
    });
    const students = ticket(gala, {
      name: 'Étudiant ENSEEIHT',
      kind: TicketKind.RESTRICTED,
      priceCents: 2500,
      capacity: 500,
      schoolIds: [n7.id],
      sponsorshipAllowed: true,
      position: 0,
    });
    const outsiders = ticket(gala, {
      name: 'Extérieur',
      kind: TicketKind.OPEN,
      priceCents: 3500,
      capacity: 200,
      position: 1,
    });
    const shuttle = make(Option, { ticket: students, name: 'Navette retour', priceCents: 300, position: 0 });
    make(Option, { ticket: outsiders, name: 'Navette retour', priceCents: 300, position: 0 });
    const meal = make(OptionGroup, { ticket: students, name: 'Repas', position: 0 });
    const veggie = make(Option, { ticket: students, group: meal, name: 'Végétarien', priceCents: 1100, position: 1 });
    make(Option, { ticket: students, group: meal, name: 'Viande', priceCents: 1200, position: 0 });
    make(ExtraInfo, {
      ticket: students,
      label: 'Certificat de scolarité',
      help: 'PDF ou photo, 5 Mo au plus.',
      type: ExtraInfoType.FILE,
      blocks: ExtraInfoBlocks.PAYMENT,
      fileTypes: ['application/pdf', 'image/png', 'image/jpeg'],
      fileMaxBytes: 5 * 1024 * 1024,
    });
    make(ExtraInfo, {
      ticket: students,
      label: 'Taille de T-shirt',
      type: ExtraInfoType.CHOICE,
      blocks: ExtraInfoBlocks.ENTRY,
      choices: ['XS', 'S', 'M', 'L', 'XL'],
      position: 1,
    });

    const games = event({
      name: 'Soirée jeux',
      description: 'Jeux de société et pizzas, entre élèves.',
      location: 'Foyer, ENSEEIHT',
      club: net7,
      visibility: EventVisibility.INTERNAL,
      startsAt: at(7, 19),
      endsAt: at(7, 23),
    });
    const gamesTicket = ticket(games, {
      name: 'Entrée',
      kind: TicketKind.RESTRICTED,
      priceCents: 0,
      capacity: 60,
      schoolIds: [n7.id],
    });

    const weekend = event({
      name: 'Week-end ski',
      description: 'Deux jours à Saint-Lary : transport, hébergement et forfait compris.',
      location: 'Saint-Lary-Soulan',
      club: ski,
      visibility: EventVisibility.PUBLIC,
      startsAt: at(60, 7),
      endsAt: at(61, 20),
      paymentDeadlineHours: 48,
      contactEmail: 'ski@example.org',
    });
    const skiTicket = ticket(weekend, {
      name: 'Séjour complet',
      kind: TicketKind.OPEN,
      priceCents: 12000,
      capacity: 40,
    });
    make(ExtraInfo, {
      ticket: skiTicket,
      label: 'Numéro du chèque de caution',
      help: 'Chèque de 300 € à déposer au local.',
      type: ExtraInfoType.TEXT,
      blocks: ExtraInfoBlocks.PAYMENT,
    });
    make(ExtraInfo, {
      ticket: skiTicket,
      label: 'Pointure',
      type: ExtraInfoType.NUMBER,
      blocks: ExtraInfoBlocks.ENTRY,
      numberMin: 30,
      numberMax: 50,
      position: 1,
    });

    event({
      name: 'Concert de printemps',
      description: 'En préparation.',
      location: 'Toulouse',
      club: net7,
      visibility: EventVisibility.DRAFT,
      startsAt: at(90, 20),
      endsAt: at(90, 23),
    });
    if (payments) {
      // PY6: the gala takes PayPal and Lydia through the local simulators (the Lydia one's built-in business).
      gala.paypalAccount = make(PaymentAccount, {
        provider: OnlineProvider.PAYPAL,
        description: 'PayPal de Net7 (simulateur)',
        club: net7,
        paypalReceiverEmail: 'tresorerie@net7.example.org',
        createdBy: board,
      });
      const lydia = make(PaymentAccount, {
        provider: OnlineProvider.LYDIA,
        description: 'Lydia de Net7 (simulateur)',
        club: net7,
        lydiaVendorToken: LYDIA_DEMO_ACCOUNT.businesses[0].vendorToken,
        createdBy: board,
      });
      lydia.lydiaPrivateTokenEnc = payments.secrets.seal(LYDIA_DEMO_ACCOUNT.businesses[0].privateToken, lydia.id);
      gala.lydiaAccount = lydia;
    }
    await tx.flush();

    const now = new Date();
    const booked = (
      e: Event,
      t: Ticket,
      holder: User,
      options: Option[],
      status: BookingStatus,
      sponsor?: User,
      guest?: { firstName: string; lastName: string; email: string },
    ) => {
      const price = t.priceCents + options.reduce((s, o) => s + o.priceCents, 0);
      const b = make(Booking, {
        reference: bookingReference(e.name),
        event: e,
        ticket: t,
        holder: guest ? null : holder,
        holderEmail: guest?.email ?? holder.email,
        holderFirstName: guest?.firstName ?? holder.firstName,
        holderLastName: guest?.lastName ?? holder.lastName,
        sponsor: sponsor ?? null,
        status,
        priceCents: price,
        reservedAt: status === BookingStatus.RESERVED ? now : null,
        expiresAt:
          status === BookingStatus.PRE_RESERVED && e.paymentDeadlineHours
            ? new Date(now.getTime() + e.paymentDeadlineHours * 3600_000)
            : null,
      });
      for (const o of options)
        make(BookingOption, { booking: b, option: o, group: o.group ?? null, name: o.name, priceCents: o.priceCents });
    };
    booked(gala, students, alice, [shuttle, veggie], BookingStatus.PRE_RESERVED);
    booked(gala, students, alice, [], BookingStatus.PRE_RESERVED, alice, {
      firstName: 'Hugo',
      lastName: 'Invité',
      email: 'hugo.invite@example.org',
    });
    booked(games, gamesTicket, chloe, [], BookingStatus.RESERVED);
    booked(weekend, skiTicket, bruno, [], BookingStatus.PRE_RESERVED);
  });
  log.info('demo events seeded');
}
