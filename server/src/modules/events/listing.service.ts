import type { ActorContext } from '../../app-context';
import { badInput } from '../../core/errors';
import { decodeCursor, encodeCursor, escapeLike } from '../../graphql/paging';
import { isUuid } from '../../core/ids';
import { grantsReaching, listedVisibilities, viewerFacts } from '../permissions';
import type { EventFilter } from './events.inputs';
import { EventOrder } from './events.types';
import { Event, EventGrant } from '../../model';

/** The deepest page `offset` reaches (a list is searched before it is read that far). */
export const MAX_EVENT_OFFSET = 10_000;

/** Case and accents aside ("Soirée" = "soiree"), the same way on both sides of a comparison. */
const fold = (sql: string) => `lower(regexp_replace(normalize(${sql}, NFD), '[\\u0300-\\u036f]', '', 'g'))`;

const marks = (values: unknown[]) => values.map(() => '?').join(', ');

export interface EventPage {
  nodes: Event[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * EV1 in lists: public lists show PUBLIC events (and INTERNAL ones to school accounts); `mine` shows the events where
 * the viewer has a permission, whatever their visibility. Issue 15: searched case and accents aside, ordered by start
 * (cursor pages) or upcoming first then past (offset pages, the console's home), with the total count. Three statements
 * at most whatever the page: the viewer's grants (`mine`), the page's ids with the count, the events.
 */
export async function listEvents(
  ctx: ActorContext,
  filter: EventFilter,
  first: number,
  after?: string | null,
  offset?: number | null,
): Promise<EventPage> {
  const order = filter.order ?? EventOrder.START;
  const skip = offset ?? 0;
  if (!Number.isInteger(skip) || skip < 0 || skip > MAX_EVENT_OFFSET) throw badInput({ offset: 'OUT_OF_RANGE' });
  if (after && skip) throw badInput({ offset: 'NOT_ALLOWED' }, 'Give either `after` or `offset`.');
  if (after && order !== EventOrder.START) throw badInput({ after: 'NOT_ALLOWED' }, 'Page this order by `offset`.');
  const facts = await viewerFacts(ctx);
  const limit = Math.min(Math.max(first, 1), 100);
  const none: EventPage = { nodes: [], totalCount: 0, endCursor: null, hasNextPage: false };
  const now = ctx.deps.clock.now();
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.mine) {
    if (!facts) return none;
    if (!facts.isPlatformAdmin) {
      // PM2: the same filter the policy's level loaders use, so `mine` lists exactly the events with a level.
      const grants = await ctx.em.find(EventGrant, grantsReaching(facts));
      const ids = [...new Set(grants.map((g) => g.event.id))];
      if (!ids.length) return none;
      where.push(`e.id in (${marks(ids)})`);
      params.push(...ids);
    }
  } else {
    const visibilities = listedVisibilities(facts);
    where.push(`e.visibility in (${marks(visibilities)})`);
    params.push(...visibilities);
  }
  if (!filter.includePast) {
    where.push('e.ends_at >= ?');
    params.push(now);
  }
  if (filter.clubId) {
    if (!isUuid(filter.clubId)) return none;
    where.push('e.club_id = ?');
    params.push(filter.clubId);
  }
  for (const word of (filter.search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5)) {
    const like = fold('?');
    where.push(`(${fold('e.name')} like ${like} or ${fold('e.location')} like ${like}
      or exists (select 1 from clubs c where c.id = e.club_id and ${fold('c.name')} like ${like}))`);
    params.push(...Array(3).fill(`%${escapeLike(word)}%`));
  }
  const conn = ctx.em.getConnection();
  const matching = where.join(' and ') || 'true';
  let page: Array<{ id: string; total: string | null }>;
  if (order === EventOrder.START) {
    const pageWhere = [matching];
    const pageParams = [...params];
    if (after) {
      const c = decodeCursor(after);
      pageWhere.push('(e.starts_at, e.id) > (?, ?)');
      pageParams.push(c.at, c.id);
    }
    // The count over the page's window counts what follows the cursor: a cursor page counts on its own.
    page = await conn.execute(
      `select e.id, ${after ? 'null' : 'count(*) over ()'} as total from events e where ${pageWhere.join(' and ')}
        order by e.starts_at asc, e.id asc limit ? offset ?`,
      [...pageParams, limit + 1, skip],
    );
  } else {
    page = await conn.execute(
      `select e.id, count(*) over () as total from events e where ${matching}
        order by e.ends_at < ?, case when e.ends_at >= ? then e.starts_at end asc, e.starts_at desc, e.id asc
        limit ? offset ?`,
      [...params, now, now, limit + 1, skip],
    );
  }
  let total = page[0]?.total;
  if (total === undefined || total === null) {
    if (!page.length && !skip && !after) total = '0';
    else [{ total }] = await conn.execute(`select count(*) as total from events e where ${matching}`, params);
  }
  const ids = page.slice(0, limit).map((r) => r.id);
  const found = ids.length ? await ctx.em.find(Event, { id: { $in: ids } }) : [];
  const byId = new Map(found.map((e) => [e.id, e]));
  const nodes = ids.map((id) => byId.get(id)).filter((e): e is Event => !!e);
  const last = nodes[nodes.length - 1];
  return {
    nodes,
    totalCount: Number(total),
    endCursor: last && order === EventOrder.START ? encodeCursor(last.startsAt, last.id) : null,
    hasNextPage: page.length > limit,
  };
}
