import { Entity, Enum, Index, ManyToOne, OneToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { User } from './user.entity';
import type { Event } from './event.entity';

export enum CheckInMethod {
  SCAN = 'SCAN',
  MANUAL = 'MANUAL',
  OFFLINE = 'OFFLINE',
}
registerEnumType(CheckInMethod, {
  name: 'CheckInMethod',
  description: 'How someone was let in (TT4).',
  valuesConfig: {
    SCAN: { description: 'Their QR code was scanned online.' },
    MANUAL: { description: 'Found in the list (no phone, no paper).' },
    OFFLINE: { description: 'Scanned by a scanner without network, synchronized afterwards.' },
  },
});

/** TT4: a booking let in at the door, once (the booking id is the primary key). */
@Entity({ tableName: 'check_ins' })
@ObjectType({ description: 'When and by whom a reservation was checked in at the door (TT4).' })
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Index({ name: 'check_ins_event_id_index', properties: ['event', 'checkedInAt'] })
export class CheckIn {
  /** The booking's id: the primary key, and a foreign key to bookings (mapped to the id, never loaded as an entity). */
  @OneToOne({ entity: 'Booking', primary: true, mapToPk: true, fieldName: 'booking_id', deleteRule: 'restrict' })
  bookingId!: string;

  @ManyToOne('Event', { deleteRule: 'restrict' })
  event!: Event;

  @Field(() => Date, { description: 'When (for offline scans: when the scanner saw the code).' })
  @Property({ type: 'datetime' })
  checkedInAt!: Date;

  @ManyToOne('User', { nullable: true, deleteRule: 'set null' })
  checkedInBy?: User | null;

  @Field(() => CheckInMethod, { description: 'Scan, list or offline scanner.' })
  @Enum({ items: () => CheckInMethod, type: 'string' })
  method!: CheckInMethod;

  @Field(() => String, { nullable: true, description: 'The scanner device’s name, when it gave one.' })
  @Property({ type: 'string', length: 100, nullable: true })
  device?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Date = new Date();
}
