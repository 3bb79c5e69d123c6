import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { audit } from '../audit';
import { enqueueMail, mails, type MailMessage } from '../mail';
import { accountsPolicy, enforce } from './accounts.policy';
import { passwordRefused, signInPageUrl } from './auth.service';
import { issueEmailToken } from './email-tokens';
import { parseSchoolAccountsCsv, type ImportProblem, type ImportRow } from './school-import.csv';
import { closeAllSessions } from './sessions.service';
import {
  Association,
  AssociationMembership,
  Club,
  ClubMembership,
  School,
  EmailTokenPurpose,
  AccountKind,
  User,
} from '../../model';

export interface SchoolImportReport {
  applied: boolean;
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportProblem[];
}

const INVITATION_TTL_HOURS = 7 * 24;

class Rollback extends Error {}

/** Loads every school, association and club the file names, in three queries, keyed by slug. */
async function loadReferences(em: EntityManager, rows: ImportRow[]) {
  const slugs = (pick: (r: ImportRow) => string[]) => [...new Set(rows.flatMap(pick))];
  // Sequential on purpose: inside a transaction all queries share one connection.
  const schools = await em.find(School, { slug: { $in: slugs((r) => [r.schoolSlug]) } });
  const associations = await em.find(Association, {
    slug: { $in: slugs((r) => (r.associations ?? []).map((a) => a.slug)) },
  });
  const clubs = await em.find(Club, { slug: { $in: slugs((r) => (r.clubs ?? []).map((c) => c.slug)) } });
  const bySlug = <T extends { slug: string }>(xs: T[]) => new Map(xs.map((x) => [x.slug, x]));
  return { schools: bySlug(schools), associations: bySlug(associations), clubs: bySlug(clubs) };
}

function unknownReferences(rows: ImportRow[], refs: Awaited<ReturnType<typeof loadReferences>>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const r of rows) {
    if (!refs.schools.has(r.schoolSlug))
      problems.push({
        line: r.line,
        field: 'school',
        code: 'UNKNOWN_REFERENCE',
        message: `Unknown school "${r.schoolSlug}".`,
      });
    for (const a of r.associations ?? []) {
      if (!refs.associations.has(a.slug))
        problems.push({
          line: r.line,
          field: 'associations',
          code: 'UNKNOWN_REFERENCE',
          message: `Unknown association "${a.slug}".`,
        });
    }
    for (const c of r.clubs ?? []) {
      if (!refs.clubs.has(c.slug))
        problems.push({
          line: r.line,
          field: 'clubs',
          code: 'UNKNOWN_REFERENCE',
          message: `Unknown club "${c.slug}".`,
        });
    }
  }
  return problems;
}

/** Makes a person's memberships exactly the listed ones; returns whether anything changed. */
function syncMemberships<M extends { id: string }, K extends string>(
  em: EntityManager,
  current: M[],
  wanted: Map<K, Partial<M>>,
  keyOf: (m: M) => K,
  create: (key: K, values: Partial<M>) => M,
): boolean {
  let changed = false;
  for (const m of current) {
    const want = wanted.get(keyOf(m));
    if (!want) {
      em.remove(m);
      changed = true;
      continue;
    }
    for (const [k, v] of Object.entries(want) as Array<[keyof M, M[keyof M]]>) {
      if (m[k] !== v) {
        m[k] = v;
        changed = true;
      }
    }
    wanted.delete(keyOf(m));
  }
  for (const [key, values] of wanted) {
    em.persist(create(key, values));
    changed = true;
  }
  return changed;
}

/**
 * AC2: platform admins import school accounts from the school's directory export.
 * All or nothing: any bad line and nothing is written; every bad line is reported with its number.
 * Re-importing updates people matched by email (an external account with that email becomes a school account).
 * New people get an invitation mail to choose their password (AC2, SCHOOL_PASSWORDS=false: to sign in with the
 * school's identity provider instead).
 */
export async function importSchoolAccounts(
  ctx: ActorContext,
  csv: string,
  dryRun: boolean,
): Promise<SchoolImportReport> {
  enforce(accountsPolicy.canImportSchoolAccounts(ctx.viewer));
  const { rows, problems } = parseSchoolAccountsCsv(csv);
  const report: SchoolImportReport = { applied: false, dryRun, created: 0, updated: 0, unchanged: 0, errors: problems };
  const invitations: MailMessage[] = [];
  try {
    await ctx.em.transactional(async (em) => {
      const refs = await loadReferences(em, rows);
      report.errors = [...problems, ...unknownReferences(rows, refs)].sort((a, b) => a.line - b.line);
      const existing = await em.find(
        User,
        { email: { $in: rows.map((r) => r.email) } },
        { populate: ['passwordHash'] },
      );
      const byEmail = new Map(existing.map((u) => [u.email, u]));
      const userIds = existing.map((u) => u.id);
      const assocs = await em.find(AssociationMembership, { user: { $in: userIds } }, { populate: ['association'] });
      const clubs = await em.find(ClubMembership, { user: { $in: userIds } }, { populate: ['club'] });
      for (const row of rows) {
        const school = refs.schools.get(row.schoolSlug);
        if (!school) continue;
        let user = byEmail.get(row.email);
        const isNew = !user;
        let changed = false;
        let needsInvitation = isNew;
        if (!user) {
          user = new User({
            email: row.email,
            firstName: row.firstName,
            lastName: row.lastName,
            kind: AccountKind.SCHOOL,
          });
          em.persist(user);
        }
        if (user.kind === AccountKind.EXTERNAL) {
          // Nobody proved owning an unverified external account's address: whoever set its password loses it.
          if (!user.emailVerifiedAt) {
            user.passwordHash = null;
            await closeAllSessions(em, user);
            needsInvitation = true;
          }
          user.kind = AccountKind.SCHOOL;
          changed = true;
        }
        const fields = { firstName: row.firstName, lastName: row.lastName, school, classYear: row.classYear } as const;
        for (const [k, v] of Object.entries(fields) as Array<[keyof typeof fields, never]>) {
          if (user[k] !== v) {
            user[k] = v;
            changed = true;
          }
        }
        user.emailVerifiedAt ??= new Date(); // the school's directory vouches for the address
        const u = user;
        if (row.associations) {
          const wanted = new Map(row.associations.map((a) => [a.slug, { endsOn: a.endsOn }]));
          const mine = assocs.filter((m) => m.user.id === u.id);
          changed =
            syncMemberships(
              em,
              mine,
              wanted,
              (m) => m.association.slug,
              (slug, v) => new AssociationMembership(u, refs.associations.get(slug)!, v.endsOn!),
            ) || changed;
        }
        if (row.clubs) {
          const wanted = new Map(row.clubs.map((c) => [c.slug, { isBoard: c.isBoard }]));
          const mine = clubs.filter((m) => m.user.id === u.id);
          changed =
            syncMemberships(
              em,
              mine,
              wanted,
              (m) => m.club.slug,
              (slug, v) => new ClubMembership(u, refs.clubs.get(slug)!, v.isBoard!),
            ) || changed;
        }
        if (isNew) report.created++;
        else if (changed) report.updated++;
        else report.unchanged++;
        if (isNew || changed) {
          audit(ctx, em, {
            action: isNew ? 'account.imported' : 'account.import_updated',
            subjectType: 'User',
            subjectId: u.id,
            data: { line: row.line },
          });
        }
        // Only people who can't sign in yet are invited; a re-import mails nobody twice.
        if (needsInvitation && !dryRun && passwordRefused(ctx.deps.config, u)) {
          // AC2, SCHOOL_PASSWORDS=false: no password to choose; the invitation points to the school sign-in.
          invitations.push(
            mails.schoolSignInInstead(u.email, null, u.firstName, 'invitation', signInPageUrl(ctx.deps.config)),
          );
        } else if (needsInvitation && !dryRun) {
          const token = issueEmailToken(em, u, EmailTokenPurpose.RESET_PASSWORD, INVITATION_TTL_HOURS);
          // Issue 12: bilingual (no language): the invited person never chose one (a new account, or one whose
          // unverified registrant proved nothing); they may choose it once signed in.
          invitations.push(
            mails.schoolAccountInvitation(
              u.email,
              null,
              u.firstName,
              `${ctx.deps.config.publicUrl}/reset-password?token=${encodeURIComponent(token)}`,
            ),
          );
        }
      }
      if (report.errors.length || dryRun) throw new Rollback();
      for (const mail of invitations) await enqueueMail(em, mail); // sent if and only if the import commits
      audit(ctx, em, {
        action: 'school_accounts.imported',
        subjectType: 'Import',
        subjectId: ctx.requestId,
        data: { created: report.created, updated: report.updated, unchanged: report.unchanged, lines: rows.length },
      });
    });
    report.applied = true;
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
    invitations.length = 0;
  }
  if (!report.applied && report.errors.length) {
    report.created = report.updated = report.unchanged = 0;
  }
  if (report.applied && invitations.length) ctx.deps.outbox.kick();
  return report;
}
