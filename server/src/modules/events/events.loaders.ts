import type { EntityManager } from '@mikro-orm/postgresql';
import { byId } from '../../db/loaders';
import { Event } from '../../model';

export function eventLoaders(em: EntityManager) {
  return { event: byId(em, Event) };
}
