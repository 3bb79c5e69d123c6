import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../../graphql/context';
import { listCost } from '../../graphql/limits';
import { Event } from '../../model';
import { eventDashboard } from './dashboard.service';
import { DashboardGranularity, EventDashboard } from './dashboard.types';

@Resolver(() => Event)
export class EventDashboardResolver {
  @FieldResolver(() => EventDashboard, {
    description:
      'DB1: the event’s dashboard — sales and revenue over time, paid / pending / lost revenue, fill per ticket, counts per option and group choice, answers waiting for validation, people in / expected at the door — exact for the data at the time of the request. Needs VIEW (FORBIDDEN below it, like the event’s other data).',
    complexity: listCost(10),
  })
  dashboard(
    @Root() e: Event,
    @Ctx() ctx: GraphQLContext,
    @Arg('granularity', () => DashboardGranularity, {
      nullable: true,
      description: `The series’ step; default: HOUR when the sale spans at most 72 hours, DAY otherwise.`,
    })
    granularity: DashboardGranularity | null,
  ) {
    return eventDashboard(ctx, e.id, granularity ?? null);
  }
}
