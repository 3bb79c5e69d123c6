import pg from 'pg';

/*
 * Issue 14: what the fast lanes' differential tests share (test/api/fast-book.test.ts, fast-check-in.test.ts,
 * check-in-statements.test.ts): an answer as the client sees it, masked of what differs by nature, and the statements sent.
 */

/** What a client sees of a GraphQL answer: status, the headers that matter, every header's name, the body. */
export interface LaneAnswer {
  status: number;
  contentType: string | null;
  cacheControl: string | null;
  retryAfter: string | null;
  /** Every header's name (the values of the others vary by nature: date, etag, request id). */
  names: string;
  body: string;
}

/** POSTs `body` to `${url}/graphql` as JSON, with the cookie and headers given. */
export async function postGraphQL(
  url: string,
  r: { cookie?: string; body: Record<string, unknown>; headers?: Record<string, string> },
): Promise<LaneAnswer> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(r.cookie ? { cookie: r.cookie } : {}), ...r.headers },
    body: JSON.stringify(r.body),
  });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    cacheControl: res.headers.get('cache-control'),
    retryAfter: res.headers.get('retry-after'),
    names: [...res.headers.keys()].sort().join(' '),
    body: await res.text(),
  };
}

/** Masks what differs between two correct answers by nature: ids, booking references, times. */
export const maskedAnswer = (a: LaneAnswer) => ({
  ...a,
  body: a.body
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>')
    .replace(/"reference":"[A-Z0-9]{2,6}-[A-Z0-9]{6}"/g, '"reference":"<ref>"')
    .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>'),
});

/**
 * Every statement this process's `pg` clients send while `fn` runs — the ORM's and the fast lanes' bare connections
 * alike (a prepared one as `[name] text`) — with background work left out: jobs, the mail outbox, ticket renders,
 * transaction control (the sale lane's `begin` sets its writes' lock bound too) and pool checks. Issue 14's lanes are checked with it (which statements, how many).
 */
export async function pgStatements(fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0] as string | { text?: string; name?: string };
    seen.push(typeof q === 'string' ? q : `${q?.name ? `[${q.name}] ` : ''}${q?.text ?? ''}`);
    return original.apply(this, args);
  };
  try {
    await fn();
  } finally {
    proto.query = original;
  }
  return seen
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(
      (s) =>
        !/pgboss|pg_stat_activity|outbox_mails o|skip locked|ticket_render|^(BEGIN|COMMIT|ROLLBACK)\b|^select 1$/i.test(
          s,
        ),
    );
}
