import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { ActorContext } from '../../app-context';
import { byParent } from '../../db/loaders';
import { grantFacts, viewerFacts } from './access';
import { EventGrant } from './event-grant.entity';
import type { PermissionLevel } from './permission-level';
import { effectiveLevel } from './permissions.policy';

export function permissionLoaders(ctx: Pick<ActorContext, 'viewer' | 'em'>, em: EntityManager) {
  const grantsByEvent = byParent((ids) => em.find(EventGrant, { event: { $in: ids } }), (g) => g.event.id);
  return {
    grantsByEvent,
    /** The viewer's effective level per event, for lists of events (one grants query per tick). */
    levelOnEvent: new DataLoader<string, PermissionLevel | null>(async (eventIds) => {
      const facts = await viewerFacts(ctx);
      if (!facts) return eventIds.map(() => null);
      const grants = await grantsByEvent.loadMany([...eventIds]);
      return grants.map((gs) => effectiveLevel(facts, gs instanceof Error ? [] : gs.map(grantFacts)));
    }),
  };
}
