// Every entity class, in one list for the ORM (no folder scanning: explicit and fast to boot).
import { AuditLog } from '../modules/audit/audit-log.entity';
import { ApiToken } from '../modules/accounts/api-token.entity';
import { EmailToken } from '../modules/accounts/email-token.entity';
import { RateLimitBucket } from '../modules/accounts/rate-limit-bucket.entity';
import { Session } from '../modules/accounts/session.entity';
import { User } from '../modules/accounts/user.entity';
import { Association } from '../modules/organizations/association.entity';
import { AssociationMembership } from '../modules/organizations/association-membership.entity';
import { Club } from '../modules/organizations/club.entity';
import { ClubMembership } from '../modules/organizations/club-membership.entity';
import { School } from '../modules/organizations/school.entity';
import { Event } from '../modules/events/event.entity';
import { EventGrant } from '../modules/permissions/event-grant.entity';
import { ExtraInfo } from '../modules/tickets/extra-info.entity';
import { Option } from '../modules/tickets/option.entity';
import { OptionGroup } from '../modules/tickets/option-group.entity';
import { Ticket } from '../modules/tickets/ticket.entity';
import { Answer } from '../modules/bookings/answer.entity';
import { Booking } from '../modules/bookings/booking.entity';
import { BookingOption } from '../modules/bookings/booking-option.entity';
import { Payment } from '../modules/payments/payment.entity';
import { PaymentAccount } from '../modules/payments/payment-account.entity';
import { PaymentAttempt } from '../modules/payments/payment-attempt.entity';
import { PaymentMessage } from '../modules/payments/payment-message.entity';
import { CheckIn } from '../modules/door/check-in.entity';
import { BookingExport } from '../modules/exports/export.entity';

export const entities = [
  School,
  Association,
  Club,
  User,
  AssociationMembership,
  ClubMembership,
  Session,
  ApiToken,
  EmailToken,
  AuditLog,
  RateLimitBucket,
  Event,
  EventGrant,
  Ticket,
  OptionGroup,
  Option,
  ExtraInfo,
  Booking,
  BookingOption,
  Answer,
  Payment,
  PaymentAccount,
  PaymentAttempt,
  PaymentMessage,
  CheckIn,
  BookingExport,
];
