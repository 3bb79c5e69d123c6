import type { EntityManager } from '@mikro-orm/postgresql';
import type { ActorContext } from '../../app-context';
import { enforce } from '../../core/decision';
import { badInput, DomainError, notFound, unauthenticated } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { audit } from '../audit';
import { isEmail, normalizeEmail } from '../../core/normalize';
import { pickPaymentAccount } from '../events';
import { eventAccess, viewerFacts, canCreateEventFor, canDeactivatePaymentAccount } from '../permissions';
import { lydiaClient, lydiaOk } from './lydia';
import { type Event, PermissionLevel, OnlineProvider, PaymentAccount } from '../../model';

export interface CreatePaypalAccount {
  eventId: string;
  receiverEmail: string;
  description: string;
}

export interface CreateLydiaAccount {
  eventId: string;
  description: string;
  vendorToken: string;
  /** Either the private token, or the Lydia phone and password to fetch it with (never stored). */
  privateToken?: string | null;
  phone?: string | null;
  password?: string | null;
}

const lydia = (ctx: ActorContext) =>
  lydiaClient(ctx.deps.config.payments.lydiaApiUrl, ctx.deps.config.payments.httpTimeoutMs);

function cleanDescription(raw: string): string {
  const d = raw.trim();
  if (!d) throw badInput({ description: 'REQUIRED' });
  if (d.length > 200) throw badInput({ description: 'TOO_LONG' });
  return d;
}

const refused = (what: string, reply: Record<string, unknown>) =>
  new DomainError('PROVIDER_REFUSED', `Lydia refused: ${what}.`, {
    providerMessage: String(reply.message ?? reply.error ?? ''),
  });

/** PY1: an event's ADMIN adds a PayPal account for the event's club. It can't be edited afterwards. */
export async function createPaypalAccount(ctx: ActorContext, input: CreatePaypalAccount): Promise<PaymentAccount> {
  const email = normalizeEmail(input.receiverEmail);
  if (!isEmail(email)) throw badInput({ receiverEmail: 'INVALID_EMAIL' });
  const description = cleanDescription(input.description);
  return ctx.em.transactional(async (em) => {
    const { event } = await eventAccess(ctx, em, input.eventId, PermissionLevel.ADMIN);
    const account = em.create(PaymentAccount, {
      provider: OnlineProvider.PAYPAL,
      description,
      club: event.club,
      paypalReceiverEmail: email,
      createdBy: ctx.viewer!.user,
      createdAt: ctx.deps.clock.now(),
    });
    audit(ctx, em, {
      action: 'payment_account.created',
      subjectType: 'PaymentAccount',
      subjectId: account.id,
      data: { provider: 'PAYPAL', receiverEmail: email, eventId: event.id },
    });
    return account;
  });
}

/** PY4: the business accounts a Lydia login holds (vendor tokens and names only; the password is not kept). */
export async function lydiaBusinesses(
  ctx: ActorContext,
  eventId: string,
  phone: string,
  password: string,
): Promise<Array<{ name: string; vendorToken: string }>> {
  await eventAccess(ctx, ctx.em, eventId, PermissionLevel.ADMIN);
  return (await lydiaLogin(ctx, phone, password)).map(({ name, vendorToken }) => ({ name, vendorToken }));
}

async function lydiaLogin(ctx: ActorContext, phone: string, password: string) {
  if (!phone.trim()) throw badInput({ phone: 'REQUIRED' });
  if (!password) throw badInput({ password: 'REQUIRED' });
  const { reply } = await lydia(ctx).login(phone.trim(), password);
  if (!lydiaOk(reply)) throw refused('wrong phone or password', reply);
  const list = Array.isArray(reply.businesses) ? (reply.businesses as Array<Record<string, unknown>>) : [];
  return list
    .filter((b) => typeof b.api_token === 'string' && typeof b.api_token_id === 'string')
    .map((b) => ({
      name: String(b.name ?? ''),
      vendorToken: String(b.api_token),
      privateToken: String(b.api_token_id),
    }));
}

/**
 * PY1, PY4: an event's ADMIN adds a Lydia account: vendor and private tokens typed in, or fetched from Lydia with
 * the account's phone and password (not stored). The pair is checked with Lydia; the private token is stored
 * encrypted and never returned.
 */
export async function createLydiaAccount(ctx: ActorContext, input: CreateLydiaAccount): Promise<PaymentAccount> {
  const description = cleanDescription(input.description);
  const vendorToken = input.vendorToken.trim();
  if (!vendorToken) throw badInput({ vendorToken: 'REQUIRED' });
  if (vendorToken.length > 200) throw badInput({ vendorToken: 'TOO_LONG' });
  await eventAccess(ctx, ctx.em, input.eventId, PermissionLevel.ADMIN);
  let privateToken = input.privateToken?.trim() ?? '';
  if (!privateToken) {
    if (!input.phone || !input.password)
      throw badInput(
        { privateToken: 'REQUIRED' },
        'Give the private token, or the Lydia phone and password to fetch it.',
      );
    const found = (await lydiaLogin(ctx, input.phone, input.password)).find((b) => b.vendorToken === vendorToken);
    if (!found)
      throw badInput(
        { vendorToken: 'UNKNOWN_REFERENCE' },
        'This Lydia login has no business account with that vendor token.',
      );
    privateToken = found.privateToken;
  } else {
    if (privateToken.length > 200) throw badInput({ privateToken: 'TOO_LONG' });
    const { reply } = await lydia(ctx).checkVendorToken(vendorToken, privateToken);
    if (!lydiaOk(reply)) throw refused('Lydia does not know this token pair', reply);
  }
  return ctx.em.transactional(async (em) => {
    const { event } = await eventAccess(ctx, em, input.eventId, PermissionLevel.ADMIN);
    const account = em.create(PaymentAccount, {
      provider: OnlineProvider.LYDIA,
      description,
      club: event.club,
      lydiaVendorToken: vendorToken,
      createdBy: ctx.viewer!.user,
      createdAt: ctx.deps.clock.now(),
    });
    account.lydiaPrivateTokenEnc = ctx.deps.secrets.seal(privateToken, account.id);
    audit(ctx, em, {
      action: 'payment_account.created',
      subjectType: 'PaymentAccount',
      subjectId: account.id,
      data: { provider: 'LYDIA', vendorToken, eventId: event.id },
    });
    return account;
  });
}

/** The private token of a Lydia account, decrypted for a call or a signature check; never leaves the server. */
export async function lydiaPrivateToken(
  deps: Pick<ActorContext['deps'], 'secrets'>,
  em: EntityManager,
  account: PaymentAccount,
): Promise<string> {
  const [row] = await em
    .getConnection()
    .execute<Array<{ enc: string }>>(
      `select lydia_private_token_enc as enc from payment_accounts where id = ?`,
      [account.id],
      'all',
      em.getTransactionContext(),
    );
  return deps.secrets.open(row.enc, account.id);
}

/** PY1: a platform admin deactivates an account: it takes no new checkout or request; what it holds stays. */
export async function deactivatePaymentAccount(ctx: ActorContext, id: string): Promise<PaymentAccount> {
  enforce(canDeactivatePaymentAccount(await viewerFacts(ctx)));
  return ctx.em.transactional(async (em) => {
    const account = isUuid(id) ? await em.findOne(PaymentAccount, id) : null;
    if (!account) throw notFound('PaymentAccount');
    if (account.deactivatedAt) throw new DomainError('CONFLICT', 'This account is already deactivated.');
    account.deactivatedAt = ctx.deps.clock.now();
    account.deactivatedBy = ctx.viewer!.user;
    audit(ctx, em, { action: 'payment_account.deactivated', subjectType: 'PaymentAccount', subjectId: account.id });
    return account;
  });
}

/** PY1: the accounts an event's ADMIN may pick: the club's active ones, plus those the event uses now. */
export async function accountsForEvent(ctx: ActorContext, eventId: string): Promise<PaymentAccount[]> {
  const { event } = await eventAccess(ctx, ctx.em, eventId, PermissionLevel.ADMIN);
  const used = [event.paypalAccount?.id, event.lydiaAccount?.id].filter((x): x is string => !!x);
  return ctx.em.find(
    PaymentAccount,
    { $or: [{ club: event.club.id, deactivatedAt: null }, { id: { $in: used } }] },
    { orderBy: { provider: 'asc', createdAt: 'asc' } },
  );
}

/**
 * The club's active accounts, for whoever may create its events (EV2: its board, platform admins) to pick at
 * creation; null for anyone else (clubs are listed to everyone: no error in the middle of a list).
 */
export async function accountsForNewEvent(ctx: ActorContext, clubId: string): Promise<PaymentAccount[] | null> {
  if (!canCreateEventFor(await viewerFacts(ctx), clubId).ok) return null;
  return ctx.em.find(
    PaymentAccount,
    { club: clubId, deactivatedAt: null },
    { orderBy: { provider: 'asc', createdAt: 'asc' } },
  );
}

/**
 * PY1: what the console preselects, the one home of that rule: per provider, the club's account when it has exactly
 * one active account of that provider. `accounts` are the club's active accounts.
 */
export function suggestAccounts(accounts: PaymentAccount[]): {
  paypal: PaymentAccount | null;
  lydia: PaymentAccount | null;
} {
  const sole = (provider: OnlineProvider) => {
    const mine = accounts.filter((a) => a.provider === provider && !a.deactivatedAt);
    return mine.length === 1 ? mine[0] : null;
  };
  return { paypal: sole(OnlineProvider.PAYPAL), lydia: sole(OnlineProvider.LYDIA) };
}

/** Every account, for platform admins (to deactivate one). */
export async function allAccounts(ctx: ActorContext): Promise<PaymentAccount[]> {
  if (!ctx.viewer) throw unauthenticated();
  enforce(canDeactivatePaymentAccount(await viewerFacts(ctx)));
  return ctx.em.find(PaymentAccount, {}, { orderBy: { createdAt: 'desc' } });
}

/** PY1: an event's ADMIN picks at most one PayPal and one Lydia account (null: none). */
export async function setEventPaymentAccounts(
  ctx: ActorContext,
  eventId: string,
  paypalAccountId: string | null,
  lydiaAccountId: string | null,
): Promise<Event> {
  return ctx.em.transactional(async (em) => {
    const { event } = await eventAccess(ctx, em, eventId, PermissionLevel.ADMIN);
    const clubId = event.club.id;
    event.paypalAccount = await pickPaymentAccount(
      em,
      { id: paypalAccountId, provider: OnlineProvider.PAYPAL, field: 'paypalAccountId' },
      clubId,
      event.paypalAccount,
    );
    event.lydiaAccount = await pickPaymentAccount(
      em,
      { id: lydiaAccountId, provider: OnlineProvider.LYDIA, field: 'lydiaAccountId' },
      clubId,
      event.lydiaAccount,
    );
    audit(ctx, em, {
      action: 'event.payment_accounts',
      subjectType: 'Event',
      subjectId: event.id,
      data: { paypalAccountId, lydiaAccountId },
    });
    return event;
  });
}
