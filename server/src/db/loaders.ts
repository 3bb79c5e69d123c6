import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';

/** Batches by primary key: one query per entity type and request tick, whatever the list size. */
export function byId<T extends { id: string }>(em: EntityManager, entity: new (...args: never[]) => T) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = await em.find(entity, { id: { $in: [...ids] } } as never);
    const map = new Map(found.map((x) => [x.id, x]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Groups children by their parent's id: one query for all the parents asked in a tick. */
export function byParent<T>(load: (ids: string[]) => Promise<T[]>, parentId: (x: T) => string) {
  return new DataLoader<string, T[]>(async (ids) => {
    const rows = await load([...ids]);
    const groups = new Map<string, T[]>(ids.map((id) => [id, []]));
    for (const row of rows) groups.get(parentId(row))?.push(row);
    return ids.map((id) => groups.get(id)!);
  });
}
