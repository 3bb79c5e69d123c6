import { IsOptional, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { CheckInStatus } from './check-in.service';
import { Booking, ExtraInfo, CheckIn } from '../../model';

registerEnumType(CheckInStatus, {
  name: 'CheckInStatus',
  description: 'What the door says (TT4).',
  valuesConfig: {
    OK: { description: 'Valid reservation, now checked in: let them in.' },
    ALREADY_CHECKED_IN: { description: 'Already checked in: `checkIn` says when and by whom.' },
    OPPOSED: { description: 'The booking is in opposition (BK8, PY3): refused; `booking.oppositionReason` says why.' },
    NOT_PAID: { description: 'A pre-reservation (unpaid), or a deleted or expired one: refused.' },
    OTHER_EVENT: { description: 'A genuine ticket of another event: refused (nothing else is told about it).' },
    ENTRY_BLOCKED: {
      description:
        'Extra information blocking entry (or payment, for a free booking, XI5) is not validated: refused; `blockedBy` lists it.',
    },
    INVALID_CODE: {
      description: 'Not a code signed by this platform (forged, altered, truncated, unknown key), or no such booking.',
    },
  },
});

@ObjectType({ description: 'The answer to a scan or a check-in from the list (TT4).' })
export class CheckInResult {
  @Field(() => CheckInStatus, { description: 'What to do at the door.' })
  status!: CheckInStatus;

  @Field(() => Booking, {
    nullable: true,
    description: 'The booking, when it is one of this event’s: holder, ticket and options to show.',
  })
  booking!: Booking | null;

  @Field(() => CheckIn, {
    nullable: true,
    description: 'OK: this check-in; ALREADY_CHECKED_IN: the first one (when, by whom).',
  })
  checkIn!: CheckIn | null;

  @Field(() => [ExtraInfo], { description: 'ENTRY_BLOCKED: the extra information still to be validated.' })
  blockedBy!: ExtraInfo[];
}

@InputType({ description: 'One scan made by an offline scanner, sent when it is back online (TT4).' })
export class OfflineScanInput {
  @Field(() => ID, { description: 'The booking the (verified) code named.' })
  bookingId!: string;

  @Field(() => Date, { description: 'When the scanner let them in.' })
  scannedAt!: Date;

  @Field(() => String, { nullable: true, description: 'The scanner’s name.' })
  @IsOptional()
  @MaxLength(100, { message: 'TOO_LONG' })
  device?: string | null;
}

@ObjectType({ description: 'A public key verifying ticket codes (TT3).' })
export class TicketSigningKey {
  @Field(() => Int, { description: 'The key id carried by codes (the payload’s second byte).' })
  id!: number;

  @Field(() => String, { description: 'Raw Ed25519 public key (32 bytes), base64.' })
  publicKey!: string;
}

@ObjectType({ description: 'A reservation as an offline scanner knows it.' })
export class KitBooking {
  @Field(() => ID, { description: 'Booking id (the one codes carry).' })
  id!: string;

  @Field(() => String, { description: 'Reference.' })
  reference!: string;

  @Field(() => String, { description: 'Holder’s full name.' })
  holderName!: string;

  @Field(() => String, { description: 'Ticket name.' })
  ticketName!: string;

  @Field(() => [String], { description: 'Chosen options’ names.' })
  options!: string[];

  @Field(() => Date, { nullable: true, description: 'When it was checked in, if it was.' })
  checkedInAt!: Date | null;

  @Field(() => [String], { description: 'Labels of the extra information that still blocks entry (empty: may enter).' })
  blockedBy!: string[];
}

@ObjectType({
  description: 'TT3, TT4: everything a scanner needs to work without network: keys, reservations, revocations.',
})
export class CheckInKit {
  @Field(() => ID, { description: 'The event.' })
  eventId!: string;

  @Field(() => Date, { description: 'When this kit was made; scans before it are in `bookings`.' })
  generatedAt!: Date;

  @Field(() => [TicketSigningKey], {
    description: 'Public keys verifying codes; the private keys never leave the server.',
  })
  publicKeys!: TicketSigningKey[];

  @Field(() => [KitBooking], { description: 'The event’s reservations (status RESERVED), by name.' })
  bookings!: KitBooking[];

  @Field(() => [ID], { description: 'Revocation list: bookings in opposition, whose codes must be refused.' })
  revokedBookingIds!: string[];
}
