import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { ActorContext } from '../../app-context';
import { viewerFacts } from './access';
import { effectiveLevel, grantsReaching } from './permissions.policy';
import { EventGrant, type PermissionLevel } from '../../model';

export function permissionLoaders(ctx: Pick<ActorContext, 'viewer' | 'em'>, em: EntityManager) {
  return {
    /**
     * The viewer's effective level per event, for lists of events: one query per tick for the grants reaching
     * the viewer (PM2, the policy's filter), none for anonymous viewers and platform admins.
     */
    levelOnEvent: new DataLoader<string, PermissionLevel | null>(async (eventIds) => {
      const facts = await viewerFacts(ctx);
      if (!facts || facts.isPlatformAdmin) return eventIds.map(() => effectiveLevel(facts, []));
      const reaching = await em.find(EventGrant, { $and: [{ event: { $in: [...eventIds] } }, grantsReaching(facts)] });
      return eventIds.map((id) =>
        effectiveLevel(
          facts,
          reaching.filter((g) => g.event.id === id),
        ),
      );
    }),
  };
}
