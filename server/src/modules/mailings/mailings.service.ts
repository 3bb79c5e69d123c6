import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { badInput, DomainError, type FieldErrors } from '../../core/errors';
import { LOCALES, type Locale } from '../../core/i18n';
import { isUuid } from '../../core/ids';
import { audit } from '../audit';
import { type BookingFilter, bookingFilterSql, cleanBookingFilter } from '../bookings';
import { renderMarkdown } from '../events';
import { enqueueMailing, mails, type MailingVariant } from '../mail';
import { eventAccess } from '../permissions';
import { Club, type Event, Language, Mailing, PermissionLevel } from '../../model';
import type { MailingDraftInput } from './mailings.inputs';
import type { MailingPreview } from './mailings.types';

const WHYS = ['holder', 'sponsor'] as const;
type Why = (typeof WHYS)[number];
/** The languages a recipient may read in: their account's, or both (no account: French then English). */
const READINGS = [...LOCALES, 'both'] as const;
type Reading = (typeof READINGS)[number];

/**
 * ML1: the people a mailing reaches, by SQL: the holders of the bookings the list filter selects (BK13's one
 * `bookingFilterSql`), and their sponsors when asked; one row per address (a person holding two bookings, or both
 * holder and sponsor, is written to once, as a holder), deleted accounts (AC3) left out. Each row says how the
 * mail is framed for them: `variant` is `<reading>:<why>`.
 */
export function recipientsSql(eventId: string, filter: BookingFilter, includeSponsors: boolean) {
  const { where, params } = bookingFilterSql(eventId, filter);
  const w = where.join(' and ');
  const sql = `select p.email, p.first_name,
         coalesce((select u.language from users u where u.email = p.email and u.deleted_at is null), 'both')
           || ':' || case when p.holder then 'holder' else 'sponsor' end as variant
    from (select lower(x.email) as email,
                 (array_agg(x.first_name order by x.holder desc, x.first_name))[1] as first_name,
                 bool_or(x.holder) as holder
            from (select b.holder_email as email, b.holder_first_name as first_name, true as holder
                    from bookings b where ${w}
                  union all
                  select u.email, u.first_name, false
                    from bookings b join users u on u.id = b.sponsor_id
                   where ${w} and ?::boolean and u.deleted_at is null) x
           where btrim(x.email) <> '' and x.email not like '%@deleted.invalid'
           group by lower(x.email)) p`;
  return { sql, params: [...params, ...params, includeSponsors] };
}

/** The mail of a draft for one reader: their language (`both`: none known), why they get it, their first name. */
async function framer(em: EntityManager, event: Event, draft: { subject: string; body: string }, url: string) {
  const club = await em.findOneOrFail(Club, event.club.id);
  const body = { text: draft.body, html: renderMarkdown(draft.body) };
  return (reading: Reading, why: Why, firstName: string) =>
    mails.mailing(
      '',
      reading === 'both' ? null : reading,
      { firstName, eventName: event.name, clubName: club.name, subject: draft.subject, body, why },
      url,
    );
}

/** Whether two kept filters are the same (jsonb keeps keys in its own order). */
const sameFilter = (a: BookingFilter, b: BookingFilter) => {
  const canon = (f: BookingFilter) =>
    JSON.stringify(
      Object.entries(f)
        .filter(([, v]) => v != null)
        .sort(([x], [y]) => x.localeCompare(y)),
    );
  return canon(a) === canon(b);
};

/** The draft's shape for sending: subject and text trimmed and required, the filter checked (a bad ticket id fails). */
function checkedDraft(eventId: string, draft: MailingDraftInput, required: boolean) {
  const subject = draft.subject.trim();
  const body = draft.body.trim();
  const fields: FieldErrors = {};
  if (required && !subject) fields.subject = 'REQUIRED';
  if (required && !body) fields.body = 'REQUIRED';
  if (/[\r\n]/.test(subject)) fields.subject = 'INVALID_FORMAT';
  if (Object.keys(fields).length) throw badInput(fields);
  const filter = cleanBookingFilter(draft.filter ?? {});
  bookingFilterSql(eventId, filter); // validates
  return { subject, body, filter, includeSponsors: draft.includeSponsors };
}

/** ML1: how many people a mailing would reach now, and the mail the first of them would get in each language. */
export async function previewMailing(
  ctx: ActorContext,
  eventId: string,
  draft: MailingDraftInput,
): Promise<MailingPreview> {
  const { event } = await eventAccess(ctx, ctx.em, eventId, PermissionLevel.ADMIN);
  const d = checkedDraft(event.id, draft, false);
  const r = recipientsSql(event.id, d.filter, d.includeSponsors);
  const [row] = await ctx.em.getConnection().execute<Array<{ n: number; first_name: string | null; why: Why | null }>>(
    `select count(*)::int as n, (array_agg(r.first_name order by r.email))[1] as first_name,
            (array_agg(split_part(r.variant, ':', 2) order by r.email))[1] as why
       from (${r.sql}) r`,
    r.params,
  );
  const frame = await framer(ctx.em, event, d, `${ctx.deps.config.publicUrl}/bookings`);
  // Nobody matches: the mail as it would read, addressed to the viewer.
  const firstName = row.first_name ?? ctx.viewer!.user.firstName;
  return {
    recipientCount: row.n,
    samples: LOCALES.map((locale: Locale) => {
      const mail = frame(locale, row.why ?? 'holder', firstName);
      return {
        language: locale === 'en' ? Language.EN : Language.FR,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? '',
      };
    }),
  };
}

/**
 * ML1: an ADMIN sends a mailing: in one transaction, the mailing is recorded, one outbox mail per recipient is
 * queued (by SQL, each address once, in its reader's language) and the sending is audited; the outbox then delivers
 * it at MAILING_PER_MINUTE. `idempotencyKey` comes from the client: sending again with the same key (a retried
 * request, a form submitted twice) returns the first mailing and sends nothing; with other words, CONFLICT.
 */
export async function sendMailing(
  ctx: ActorContext,
  eventId: string,
  draft: MailingDraftInput,
  idempotencyKey: string,
): Promise<Mailing> {
  if (!isUuid(idempotencyKey)) throw badInput({ idempotencyKey: 'INVALID_FORMAT' });
  const mailing = await ctx.em.transactional(async (em) => {
    const { event } = await eventAccess(ctx, em, eventId, PermissionLevel.ADMIN);
    const d = checkedDraft(event.id, draft, true);
    const same = (m: Mailing) =>
      m.subject === d.subject &&
      m.body === d.body &&
      m.includeSponsors === d.includeSponsors &&
      sameFilter(m.filter, d.filter);
    const again = async () => {
      const first = await em.findOneOrFail(Mailing, { event: event.id, idempotencyKey });
      if (!same(first)) throw new DomainError('CONFLICT', 'This key was already used for another message.');
      return first;
    };
    if (await em.count(Mailing, { event: event.id, idempotencyKey })) return again();

    const r = recipientsSql(event.id, d.filter, d.includeSponsors);
    const [{ n }] = await em.execute<Array<{ n: number }>>(`select count(*)::int as n from (${r.sql}) r`, r.params);
    if (!n) throw new DomainError('NO_RECIPIENTS', 'Nobody matches this filter: nothing was sent.');
    const id = randomUUID();
    // A concurrent sending with the same key: this insert waits for it, then does nothing.
    const inserted = await em.execute<Array<{ id: string }>>(
      `insert into mailings (id, event_id, author_id, idempotency_key, subject, body, filter, include_sponsors, recipient_count, created_at)
       values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)
       on conflict (event_id, idempotency_key) do nothing returning id`,
      [
        id,
        event.id,
        ctx.viewer!.user.id,
        idempotencyKey,
        d.subject,
        d.body,
        JSON.stringify(d.filter),
        d.includeSponsors,
        n,
        ctx.deps.clock.now(),
      ],
      'all',
    );
    if (!inserted.length) return again();
    // The frame once per language and kind of recipient, the first name left as a marker SQL fills in.
    const marker = `{{${randomUUID()}}}`;
    const frame = await framer(em, event, d, `${ctx.deps.config.publicUrl}/bookings`);
    const variants: MailingVariant[] = READINGS.flatMap((reading) =>
      WHYS.map((why) => ({ variant: `${reading}:${why}`, ...frame(reading, why, marker) })),
    );
    const queued = await enqueueMailing(em, { mailingId: id, recipients: r, variants, marker });
    // Bookings may have changed between the count and the insert (another transaction committed): keep the truth.
    if (queued !== n) {
      if (!queued) throw new DomainError('NO_RECIPIENTS', 'Nobody matches this filter: nothing was sent.');
      await em.execute(`update mailings set recipient_count = ? where id = ?`, [queued, id], 'run');
    }
    audit(ctx, em, {
      action: 'mailing.sent',
      subjectType: 'Event',
      subjectId: event.id,
      data: {
        mailingId: id,
        subject: d.subject,
        recipientCount: queued,
        includeSponsors: d.includeSponsors,
        filter: d.filter,
      },
    });
    return em.findOneOrFail(Mailing, id);
  });
  ctx.deps.outbox.kick();
  return mailing;
}

/** ML1: the event's mailings, newest first (ADMIN). */
export async function listMailings(ctx: ActorContext, eventId: string): Promise<Mailing[]> {
  const { event } = await eventAccess(ctx, ctx.em, eventId, PermissionLevel.ADMIN);
  return ctx.em.find(Mailing, { event: event.id }, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 50 });
}
