import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { ActorContext } from '../../app-context';
import { levelsOn } from './access';
import type { PermissionLevel } from '../../model';

export function permissionLoaders(ctx: Pick<ActorContext, 'viewer' | 'em'>, em: EntityManager) {
  return {
    /**
     * The viewer's effective level per event, for lists of events: one query per tick for the grants reaching
     * the viewer (PM2, the policy's filter), none for anonymous viewers and platform admins, none for an event whose
     * level this request already read (the memo `levelsOn` shares with the services' checks).
     */
    levelOnEvent: new DataLoader<string, PermissionLevel | null>((eventIds) => levelsOn(ctx, em, eventIds)),
  };
}
