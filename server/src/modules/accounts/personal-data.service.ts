import type { EntityManager } from '@mikro-orm/postgresql';
import { ZipArchive } from 'archiver';
import { pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { ActorContext } from '../../app-context';
import { DomainError, unauthenticated } from '../../core/errors';
import { audit } from '../audit';
import * as rateLimit from './rate-limit';

/** AC4: downloads of one person's data per hour (each reads every row about them and their files). */
export const PERSONAL_DATA_DOWNLOADS_PER_HOUR = 5;

type Json = Record<string, unknown>;

const rows = async (em: EntityManager, query: string, params: unknown[]) =>
  (await em.execute<Array<{ j: Json }>>(query, params)).map((r) => r.j);

/** A file name safe in a ZIP on every system. */
const safe = (name: string) =>
  name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\p{Cc}/gu, '_')
    .slice(0, 120) || 'file';

export interface PersonalData {
  /** Everything held about the person, as written to `data.json`. */
  data: Json;
  /** Their uploaded files, with the path each takes in the archive (also given in `data.json`). */
  files: Array<{ key: string; path: string }>;
}

/**
 * AC4: everything held about the viewer: the account (without the password hash), memberships, sessions and API
 * tokens (without their secrets), the bookings they hold or sponsor with options, answers, payments, check-in and
 * what they were told about them (NT1), their waiting-list entries (WL1), and the audit entries about them, their account or their bookings, or made by
 * them.
 */
export async function collectPersonalData(em: EntityManager, userId: string): Promise<PersonalData> {
  const [account] = await rows(
    em,
    `select to_jsonb(u) - 'password_hash' || jsonb_build_object('school', (select to_jsonb(s) from schools s where s.id = u.school_id)) as j
       from users u where u.id = ?`,
    [userId],
  );
  const email = account.email as string;
  const associationMemberships = await rows(
    em,
    `select jsonb_build_object('association', a.name, 'slug', a.slug, 'endsOn', m.ends_on) as j
       from association_memberships m join associations a on a.id = m.association_id where m.user_id = ? order by m.ends_on desc`,
    [userId],
  );
  const clubMemberships = await rows(
    em,
    `select jsonb_build_object('club', c.name, 'slug', c.slug, 'isBoard', m.is_board) as j
       from club_memberships m join clubs c on c.id = m.club_id where m.user_id = ? order by c.slug`,
    [userId],
  );
  const sessions = await rows(
    em,
    `select to_jsonb(s) - 'token_hash' - 'user_id' as j from sessions s where s.user_id = ? order by s.created_at`,
    [userId],
  );
  const apiTokens = await rows(
    em,
    `select to_jsonb(x) - 'token_hash' - 'user_id' as j from api_tokens x where x.user_id = ? order by x.created_at`,
    [userId],
  );
  const bookings = await rows(
    em,
    `select to_jsonb(b) || jsonb_build_object(
        'event', jsonb_build_object('id', e.id, 'name', e.name, 'startsAt', e.starts_at, 'endsAt', e.ends_at, 'location', e.location),
        'ticket', jsonb_build_object('id', t.id, 'name', t.name),
        'options', coalesce((select jsonb_agg(jsonb_build_object('name', o.name, 'priceCents', o.price_cents) order by o.name)
                              from booking_options o where o.booking_id = b.id), '[]'::jsonb),
        'answers', coalesce((select jsonb_agg(to_jsonb(a) || jsonb_build_object('question', x.label, 'type', x.type) order by x.position)
                              from answers a join extra_infos x on x.id = a.extra_info_id where a.booking_id = b.id), '[]'::jsonb),
        'payments', coalesce((select jsonb_agg(to_jsonb(p) order by p.created_at) from payments p where p.booking_id = b.id), '[]'::jsonb),
        'checkIn', (select to_jsonb(c) from check_ins c where c.booking_id = b.id),
        'notifications', coalesce((select jsonb_agg(to_jsonb(n) order by n.created_at) from notifications n
                                    where n.booking_id = b.id and lower(n.recipient_email) = lower(?)), '[]'::jsonb)) as j
       from bookings b join events e on e.id = b.event_id join tickets t on t.id = b.ticket_id
      where b.holder_id = ? or b.holder_email = ? or b.sponsor_id = ?
      order by b.created_at`,
    [email, userId, email, userId],
  );
  // WL1: the waiting lists they are or were on, with the guest they named.
  const waitingListEntries = await rows(
    em,
    `select to_jsonb(w) - 'user_id' || jsonb_build_object(
        'event', jsonb_build_object('id', e.id, 'name', e.name),
        'ticket', jsonb_build_object('id', t.id, 'name', t.name)) as j
       from waiting_list_entries w join events e on e.id = w.event_id join tickets t on t.id = w.ticket_id
      where w.user_id = ? order by w.created_at`,
    [userId],
  );
  const bookingIds = bookings.map((b) => b.id as string);
  const auditEntries = await rows(
    em,
    `select to_jsonb(l) as j from audit_log l
      where l.actor_id = ? or (l.subject_type = 'User' and l.subject_id = ?)
         or (l.subject_type = 'Booking' and l.subject_id in (select jsonb_array_elements_text(?::jsonb)))
      order by l.at, l.id`,
    [userId, userId, JSON.stringify(bookingIds)],
  );
  const files: PersonalData['files'] = [];
  for (const b of bookings) {
    for (const a of b.answers as Json[]) {
      if (!a.file_key) continue;
      const path = `files/${safe(String(b.reference))}/${safe(String(a.file_name ?? a.id))}`;
      files.push({ key: a.file_key as string, path });
      a.archivePath = path;
    }
  }
  return {
    data: {
      account,
      associationMemberships,
      clubMemberships,
      sessions,
      apiTokens,
      bookings,
      waitingListEntries,
      auditEntries,
    },
    files,
  };
}

/**
 * AC4: checks the viewer and the hourly bound, audits the download, and returns a writer that streams the ZIP
 * (`data.json`, then every uploaded file, one at a time) to `out`.
 */
export async function personalDataArchive(ctx: ActorContext) {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  const data = await ctx.em.transactional(async (em) => {
    const state = await rateLimit.hit(em, rateLimit.keyFor('personal-data', viewer.user.id), 3600);
    if (state.points > PERSONAL_DATA_DOWNLOADS_PER_HOUR) {
      throw new DomainError('RATE_LIMITED', 'Too many downloads; try again later.', {
        retryAfterSeconds: state.retryAfterSeconds,
      });
    }
    audit(ctx, em, { action: 'account.data_downloaded', subjectType: 'User', subjectId: viewer.user.id });
    return collectPersonalData(em, viewer.user.id);
  });
  const storage = ctx.deps.storage;
  return {
    fileName: `billetterie-mes-donnees-${new Date().toISOString().slice(0, 10)}.zip`,
    async write(out: Writable): Promise<void> {
      const archive = new ZipArchive({ zlib: { level: 6 } });
      const done = pipeline(archive, out);
      archive.append(JSON.stringify(data.data, null, 2), { name: 'data.json' });
      for (const f of data.files) {
        const stream = await storage.read(f.key);
        if (stream) archive.append(stream, { name: f.path, store: true });
      }
      await archive.finalize();
      await done;
    },
  };
}
