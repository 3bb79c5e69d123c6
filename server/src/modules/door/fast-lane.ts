import type { Knex } from '@mikro-orm/postgresql';
import type { AppDeps } from '../../app-context';
import { unauthenticated } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { SESSION_DUE, sessionOpenSql, sessionTokenHash } from '../accounts';
import { AUDIT_ROW, type AuditEntry } from '../audit';
import { transitions } from '../bookings';
import { accessReadColumns, checkedAccess, type AccessRead } from '../permissions';
import { PermissionLevel, type AccountKind, type EventVisibility, type Language } from '../../model';
import { doorScan, type CheckInStatus } from './check-in.service';

/*
 * Issue 14: the door at the database's speed. A scan from a signed-in scanner — the console's `ConsoleDoorCheckIn`
 * — in the same statements as the general path, without Apollo or the ORM: on a bare `pg` connection of the ORM's own
 * pool, one prepared statement reads the session, the account, the event and the access check's memberships and
 * grants (`accessReadColumns`, the permissions module's read); the door's rules run through the same function as
 * `checkIn` (`doorScan`), with the access decided by `checkedAccess` (the policy's `canActOnEvent`); the scan is
 * `transitions.checkIn`'s one statement (`scanStatement`), prepared on this connection; a refusal's audit entry is
 * the audit module's row. Two statements per scan (three after a code that does not verify), where the general path
 * sends three or four. A session due for its hourly renewal goes to the general path, which writes it, before
 * anything is written (null).
 */

/** What the lane needs from the request: who (the session cookie's secret), the scan's arguments, the request id. */
export interface FastCheckInRequest {
  sessionSecret: string | undefined;
  eventId: string;
  code: string | null;
  bookingId: string | null;
  device: string | null;
  requestId: string;
}

/** The answer's material: the door's status and, for one of this event's bookings, the scan's row as read. */
export interface FastCheckedIn {
  status: CheckInStatus;
  /** The scanner's language (names shown as `shownName` does for them). */
  language: Language;
  scanned: transitions.ScanRow | null;
}

interface ReadRow extends AccessRead {
  user_id: string | null;
  email: string;
  kind: AccountKind;
  is_platform_admin: boolean;
  language: Language;
  session_due: boolean;
  event_id: string | null;
  visibility: EventVisibility;
}

/** The session test is `resolveViewer`'s (accounts: sessionOpenSql); the access columns are `eventAccess`'s. */
const READ = {
  name: 'fast_checkin_read_v1',
  text: `select u.id as user_id, u.email, u.kind, u.is_platform_admin, u.language, ${SESSION_DUE} as session_due,
       e.id as event_id, e.visibility, ${accessReadColumns('u.id', 'u.is_platform_admin')}
  from (select 1) as one
  left join sessions s on ${sessionOpenSql('$1')}
  left join users u on u.id = s.user_id
  left join events e on e.id = $2::uuid`,
};
const AUDIT = {
  name: 'fast_checkin_audit_v1',
  text: transitions.positional(
    `insert into ${AUDIT_ROW.table} (${AUDIT_ROW.columns}) values (${AUDIT_ROW.placeholders})`,
  ),
};

interface PgClient {
  query<R>(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: R[] }>;
}

/** Thrown before anything is written when the general path must answer (a session due for its renewal). */
class HandOver extends Error {}

/**
 * Checks in as `checkIn` does, or answers `null` when the general path must (nothing written then). Throws what
 * `checkIn` throws: a DomainError, or a database error.
 */
export async function fastCheckIn(deps: AppDeps, knex: Knex, req: FastCheckInRequest): Promise<FastCheckedIn | null> {
  let client: PgClient | null = null;
  const connection = async () => (client ??= (await knex.client.acquireConnection()) as PgClient);
  // Who scans, known once the access check passed (every write comes after it).
  const who: { viewer?: { id: string; language: Language } } = {};
  try {
    const { status, scanned } = await doorScan(deps, req, {
      access: async (eventId) => {
        if (!req.sessionSecret) throw unauthenticated();
        const {
          rows: [r],
        } = await (
          await connection()
        ).query<ReadRow>({
          ...READ,
          values: [sessionTokenHash(req.sessionSecret), isUuid(eventId) ? eventId : null],
        });
        if (r.user_id && r.session_due) throw new HandOver();
        const user = r.user_id
          ? { id: r.user_id, email: r.email, kind: r.kind, isPlatformAdmin: r.is_platform_admin }
          : null;
        checkedAccess(user, r.event_id ? r : null, PermissionLevel.VALIDATE);
        who.viewer = { id: r.user_id!, language: r.language };
        return { id: r.event_id! };
      },
      audit: async (entry: AuditEntry) => {
        await (
          await connection()
        ).query({
          ...AUDIT,
          values: AUDIT_ROW.values({ viewer: { user: who.viewer! }, requestId: req.requestId }, entry),
        });
      },
      scan: async (scan, now) => {
        const c = await connection();
        const by = { ctx: { viewer: { user: who.viewer! }, requestId: req.requestId }, now };
        const statement = transitions.scanStatement(by, scan);
        const {
          rows: [row],
        } = await c.query<transitions.ScanRow>({
          name: `fast_${statement.name}`,
          text: statement.numbered,
          values: statement.params,
        });
        if (row && row.result === 'ALREADY_CHECKED_IN' && !row.check_in) {
          // The one race the scan's statement cannot see (transitions.checkIn reads it the same way).
          const first = transitions.FIRST_CHECK_IN;
          const {
            rows: [f],
          } = await c.query<transitions.FirstCheckIn>({
            name: `fast_${first.name}`,
            text: first.numbered,
            values: [scan.bookingId],
          });
          row.check_in = f.check_in;
          row.checked_in_by = f.checked_in_by;
        }
        return row ?? null;
      },
    });
    return { status, language: who.viewer!.language, scanned };
  } catch (e) {
    if (e instanceof HandOver) return null;
    throw e;
  } finally {
    if (client) await knex.client.releaseConnection(client);
  }
}
