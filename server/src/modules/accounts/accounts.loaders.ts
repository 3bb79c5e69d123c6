import type { EntityManager } from '@mikro-orm/postgresql';
import { byId } from '../../db/loaders';
import { User } from '../../model';

export function userLoaders(em: EntityManager) {
  return { user: byId(em, User) };
}
