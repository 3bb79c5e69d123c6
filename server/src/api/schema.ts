import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import {
  AccountDeletionResolver,
  AccountsResolver,
  PlatformAdminsResolver,
  SchoolSignInResolver,
  UserResolver,
} from '../modules/accounts';
import {
  AssociationMembershipResolver,
  AssociationResolver,
  ClubMembershipResolver,
  ClubResolver,
  OrganizationsAdminResolver,
  OrganizationsResolver,
} from '../modules/organizations';
import { CatalogueResolver } from '../graphql/catalogue.resolver';
import { DateTimeScalar } from '../graphql/date-time';
import { EventPublishResolver, EventResolver } from '../modules/events';
import { EventGrantResolver } from '../modules/permissions';
import {
  EventCapacityResolver,
  EventDuplicationResolver,
  EventOfferResolver,
  OptionGroupResolver,
  QuotaResolver,
  TicketResolver,
} from '../modules/tickets';
import { AnswerResolver, BookingOptionResolver, BookingResolver, EventBookingsResolver } from '../modules/bookings';
import { BookingNotificationsResolver } from '../modules/notifications';
import { EventExportsResolver, ExportsResolver } from '../modules/exports';
import { EventMailingsResolver, MailingsResolver } from '../modules/mailings';
import { EventDashboardResolver } from '../modules/dashboard';
import { EventWaitingListResolver, WaitingListResolver } from '../modules/waiting-list';
import { BookingTicketFilesResolver, DocumentsResolver, TicketTemplateResolver } from '../modules/documents';
import { BookingCheckInResolver, CheckInResolver, DoorResolver } from '../modules/door';
import {
  BookingPaymentsResolver,
  EventPaymentsResolver,
  ClubPaymentsResolver,
  PaymentAccountResolver,
  PaymentMessageResolver,
  PaymentsResolver,
} from '../modules/payments';

let built: Promise<GraphQLSchema> | undefined;

/** The schema is the same for every server in the process: build it once. */
export function getSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: [
      CatalogueResolver,
      AccountsResolver,
      SchoolSignInResolver,
      UserResolver,
      AccountDeletionResolver,
      PlatformAdminsResolver,
      OrganizationsResolver,
      OrganizationsAdminResolver,
      AssociationResolver,
      ClubResolver,
      AssociationMembershipResolver,
      ClubMembershipResolver,
      EventResolver,
      EventPublishResolver,
      TicketResolver,
      OptionGroupResolver,
      EventDuplicationResolver,
      QuotaResolver,
      EventCapacityResolver,
      EventOfferResolver,
      EventGrantResolver,
      BookingResolver,
      BookingNotificationsResolver,
      BookingOptionResolver,
      AnswerResolver,
      EventBookingsResolver,
      WaitingListResolver,
      EventWaitingListResolver,
      PaymentsResolver,
      PaymentAccountResolver,
      PaymentMessageResolver,
      BookingPaymentsResolver,
      EventPaymentsResolver,
      ClubPaymentsResolver,
      DoorResolver,
      CheckInResolver,
      BookingCheckInResolver,
      DocumentsResolver,
      TicketTemplateResolver,
      BookingTicketFilesResolver,
      ExportsResolver,
      EventExportsResolver,
      MailingsResolver,
      EventMailingsResolver,
      EventDashboardResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeScalar }],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return built;
}
