import DataLoader from 'dataloader';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { unauthenticated } from '../../core/errors';
import { isUuid } from '../../core/ids';
import type { GraphQLContext } from '../../graphql/context';
import { listCost } from '../../graphql/limits';
import { Booking, BookingStatus } from '../../model';
import type { NotificationKind } from './kinds';
import { BookingNotification } from './notifications.types';

type Row = {
  id: string;
  kind: NotificationKind;
  label: string | null;
  note: string | null;
  created_at: Date;
  seen_at: Date | null;
};

/** One statement per request for every booking whose notifications are asked (a list of bookings: no N+1). */
const loaders = new WeakMap<GraphQLContext, DataLoader<string, BookingNotification[]>>();
function loaderOf(ctx: GraphQLContext): DataLoader<string, BookingNotification[]> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const email = ctx.viewer!.user.email;
      const rows = await ctx.em.execute<Array<Row & { booking_id: string }>>(
        `select booking_id, id, kind, label, note, created_at, seen_at from notifications
          where booking_id in (${ids.map(() => '?').join(', ')}) and lower(recipient_email) = lower(?)
          order by created_at desc, id desc`,
        [...ids, email],
        'all',
      );
      const by = new Map<string, BookingNotification[]>();
      for (const r of rows) {
        const list = by.get(r.booking_id) ?? [];
        if (list.length < 50)
          list.push({
            id: r.id,
            kind: r.kind,
            label: r.label,
            note: r.note,
            createdAt: new Date(r.created_at),
            seenAt: r.seen_at ? new Date(r.seen_at) : null,
          });
        by.set(r.booking_id, list);
      }
      return ids.map((id) => by.get(id) ?? []);
    });
    loaders.set(ctx, loader);
  }
  return loader;
}

@Resolver(() => Booking)
export class BookingNotificationsResolver {
  @FieldResolver(() => [BookingNotification], {
    description:
      'NT1: what the viewer (its holder or sponsor) was told about this booking, by mail and here, latest first (at most 50). Empty for anyone else.',
    complexity: listCost(5),
  })
  notifications(@Root() b: Booking, @Ctx() ctx: GraphQLContext): Promise<BookingNotification[]> | [] {
    if (!ctx.viewer) return [];
    return loaderOf(ctx).load(b.id);
  }

  @Mutation(() => Int, {
    description:
      'NT1: marks what the viewer was told about a booking as seen (its page was opened); returns how many were new. Only the viewer’s own notifications change; 0 for a booking they were told nothing about.',
  })
  async markNotificationsSeen(
    @Ctx() ctx: GraphQLContext,
    @Arg('bookingId', () => ID, { description: 'The booking.' }) bookingId: string,
  ): Promise<number> {
    if (!ctx.viewer) throw unauthenticated();
    if (!isUuid(bookingId)) return 0;
    const res = await ctx.em.execute<{ affectedRows: number }>(
      `update notifications set seen_at = ? where booking_id = ? and lower(recipient_email) = lower(?) and seen_at is null`,
      [ctx.deps.clock.now(), bookingId, ctx.viewer.user.email],
      'run',
    );
    return res.affectedRows;
  }

  @FieldResolver(() => Boolean, {
    description:
      'NT1: whether the payment deadline is paused because payment waits only on answers the organizer has to validate (`expiresAt` is null meanwhile; it restarts at the event’s full delay once payment is possible).',
  })
  paymentDeadlinePaused(@Root() b: Booking): boolean {
    return b.status === BookingStatus.PRE_RESERVED && !!b.deadlineHeldSince;
  }
}
