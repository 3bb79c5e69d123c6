import { randomUUID } from 'node:crypto';
import { BigIntType, Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { User } from './user.entity';
import type { BookingStatus } from './booking.entity';
import type { Event } from './event.entity';

/** The booking list filter an export was asked with, stored with it (the API's BookingFilter input has this shape). */
export interface StoredBookingFilter {
  statuses?: BookingStatus[] | null;
  ticketId?: string | null;
  search?: string | null;
  answersPending?: boolean | null;
  checkedIn?: boolean | null;
}

export enum ExportFormat {
  PDF = 'PDF',
  XLSX = 'XLSX',
  ZIP = 'ZIP',
  TAR_GZ = 'TAR_GZ',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'EX1: what an export produces.',
  valuesConfig: {
    PDF: {
      description: 'For the door: name, ticket, options, status, reference and a box to tick; sorted by name; A4.',
    },
    XLSX: {
      description:
        'Complete: every booking field, holder and sponsor, options and group choices, each answer and its validation, payments, opposition, check-in; typed cells.',
    },
    ZIP: {
      description: 'The XLSX plus every uploaded file, one folder per booking, and a manifest with SHA-256 hashes.',
    },
    TAR_GZ: { description: 'The same as ZIP, as a gzip-compressed tar.' },
  },
});

export enum ExportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ExportStatus, {
  name: 'ExportStatus',
  description: 'EX2: where a background export stands.',
  valuesConfig: {
    QUEUED: { description: 'Waiting for a worker.' },
    RUNNING: { description: 'Being written; `rowsDone` of `rowsTotal`.' },
    DONE: { description: 'Ready: `downloadUrl` until `expiresAt`.' },
    FAILED: { description: 'Could not be made; `error` says why. Nothing was kept.' },
    EXPIRED: { description: 'Its file was deleted after the retention time.' },
  },
});

/** EX2: one export of an event's bookings, run in the background; its file is kept for a limited time. */
@Entity({ tableName: 'exports' })
@ObjectType({ description: 'An export of an event’s bookings (EX1, EX2).' })
// Declared as the migrations made them, so that the ORM’s schema diff is empty (test/api/schema-drift.test.ts).
@Index({ name: 'exports_event_id_index', properties: ['event', 'createdAt'] })
@Index({
  name: 'exports_queued_index',
  expression: `create index "exports_queued_index" on "exports" ("created_at") where "status" in ('QUEUED', 'RUNNING')`,
})
@Check({ name: 'exports_file_only_when_done', expression: `("file_key" is not null) = ("status" = 'DONE')` })
@Check({
  name: 'exports_progress',
  expression: `"rows_done" >= 0 and ("rows_total" is null or "rows_done" <= "rows_total")`,
})
export class BookingExport {
  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne('Event', { deleteRule: 'cascade' })
  event!: Event;

  @ManyToOne('User', { nullable: true, deleteRule: 'set null' })
  requestedBy?: User | null;

  @Field(() => ExportFormat, { description: 'PDF, XLSX, ZIP or TAR_GZ.' })
  @Enum({ items: () => ExportFormat, type: 'string' })
  format!: ExportFormat;

  /** The list's filter when the export was asked for. */
  @Property({ type: 'json', default: '{}' })
  filter: StoredBookingFilter = {};

  @Field(() => ExportStatus, { description: 'Where it stands.' })
  @Enum({ items: () => ExportStatus, type: 'string' })
  status!: ExportStatus;

  @Field(() => Int, { nullable: true, description: 'Bookings to write (known once it started).' })
  @Property({ type: 'integer', nullable: true })
  rowsTotal?: number | null;

  @Field(() => Int, { description: 'Bookings written so far.' })
  @Property({ type: 'integer', default: 0 })
  rowsDone: number = 0;

  @Property({ type: 'string', length: 200, nullable: true })
  fileKey?: string | null;

  @Field(() => String, { nullable: true, description: 'The file’s name, once done.' })
  @Property({ type: 'string', length: 255, nullable: true })
  fileName?: string | null;

  @Field(() => Int, { nullable: true, description: 'The file’s size in bytes, once done.' })
  @Property({ type: new BigIntType('number'), nullable: true })
  fileSize?: number | null;

  @Field(() => String, { nullable: true, description: 'Why it failed.' })
  @Property({ type: 'text', nullable: true })
  error?: string | null;

  @Property({ type: 'integer', default: 0 })
  attempts: number = 0;

  @Property({ type: 'datetime', nullable: true })
  leasedUntil?: Date | null;

  @Field(() => Date, { description: 'When it was asked for.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: 'When a worker started it.' })
  @Property({ type: 'datetime', nullable: true })
  startedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it finished (done or failed).' })
  @Property({ type: 'datetime', nullable: true })
  finishedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When its file will be deleted.' })
  @Property({ type: 'datetime', nullable: true })
  expiresAt?: Date | null;
}
