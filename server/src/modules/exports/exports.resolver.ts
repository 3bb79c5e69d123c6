import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { listCost } from '../../graphql/limits';
import { BookingFilter } from '../bookings';
import { exportFor, recentExports, requestExport, runQueuedExports } from './exports.service';
import { User, Event, BookingExport, ExportFormat, ExportStatus } from '../../model';

@Resolver(() => BookingExport)
export class ExportsResolver {
  @Mutation(() => BookingExport, {
    description:
      'EX1, EX2: exports a list of the event’s bookings (its filter as shown: pre-reservations, reservations, search…) as PDF, XLSX, ZIP or TAR_GZ. ' +
      'Runs in the background: poll `bookingExport(id)` for progress until DONE, then download `downloadUrl`. Needs VIEW. Audited.',
  })
  requestExport(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('format', () => ExportFormat, { description: 'What to produce.' }) format: ExportFormat,
    @Arg('filter', () => BookingFilter, { nullable: true, description: 'The list’s filter; default: live bookings.' })
    filter: BookingFilter | null,
  ) {
    // Built by a worker process (JOBS=true: this one's job queue; JOBS=false: handed to one connected to the
    // database), or here when no process runs the jobs at all.
    const { jobs, handOff, log } = ctx.deps;
    const here = () =>
      setImmediate(
        () =>
          void runQueuedExports(ctx.deps, () => ctx.em.fork()).catch((err) => log.error({ err }, 'export run failed')),
      );
    const kick = () => {
      if (jobs) void jobs.trigger('exports').catch((err) => log.error({ err }, 'could not queue the export job'));
      else if (handOff)
        void handOff.trigger('exports').then(
          (queued) => queued || here(),
          (err) => log.error({ err }, 'could not queue the export job'),
        );
      else here();
    };
    return requestExport(ctx, eventId, format, filter ?? {}, kick);
  }

  @Query(() => BookingExport, {
    description:
      'One export (status, progress, download link). Needs VIEW on its event: NOT_FOUND for anyone else, as for an unknown id (SEC5).',
  })
  bookingExport(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Export id.' }) id: string) {
    return exportFor(ctx, id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Where to download the file while it is kept (DONE); null otherwise. Same access as the export.',
  })
  downloadUrl(@Root() e: BookingExport) {
    return e.status === ExportStatus.DONE ? `/media/exports/${e.id}` : null;
  }

  @FieldResolver(() => Event, { description: 'The event whose bookings it holds.' })
  async event(@Root() e: BookingExport, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.event.load(e.event.id))!;
  }

  @FieldResolver(() => User, {
    nullable: true,
    description: 'Who asked for it (id, names, email), if their account still exists.',
  })
  requestedBy(@Root() e: BookingExport, @Ctx() ctx: GraphQLContext) {
    return e.requestedBy ? ctx.loaders.user.load(e.requestedBy.id) : null;
  }

  @FieldResolver(() => String, { description: 'The filter it was made with, as a JSON object text.' })
  filter(@Root() e: BookingExport) {
    return JSON.stringify(e.filter ?? {});
  }
}

@Resolver(() => Event)
export class EventExportsResolver {
  @FieldResolver(() => [BookingExport], {
    description: 'EX2: the event’s 20 most recent exports, newest first. Needs VIEW.',
    complexity: listCost(10),
  })
  exports(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    return recentExports(ctx, e.id);
  }
}
