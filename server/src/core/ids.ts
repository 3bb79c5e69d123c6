const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else can't name an object (and must not reach PostgreSQL as a uuid). */
export const isUuid = (id: string) => UUID_RE.test(id);
