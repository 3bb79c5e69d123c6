import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { enforce } from '../../core/decision';
import type { GraphQLContext } from '../../graphql/context';
import { bookingAccess, bookingFacts } from '../bookings';
import { isUuid } from '../../core/ids';
import { viewerFacts, canActOnBooking, relationTo } from '../permissions';
import { forbidden, notFound, unauthenticated } from '../../core/errors';
import * as accounts from './accounts.service';
import { checkLydiaPayment, requestLydiaPayment } from './lydia.service';
import { abandonPaymentAttempt } from './attempts.service';
import { onlineOffer } from './offer';
import { decodeIn, parseIpn } from './paypal';
import { startPaypalCheckout } from './paypal.service';
import {
  CreateLydiaAccountInput,
  CreatePaypalAccountInput,
  FormField,
  LydiaBusiness,
  PaymentAccountSuggestion,
  PaymentOffer,
  PaypalCheckout,
  type PaymentUnavailableReason,
} from './payments.types';
import {
  Booking,
  Club,
  Event,
  PermissionLevel,
  atLeast,
  OnlineProvider,
  PaymentAccount,
  AttemptState,
  OPEN_ATTEMPT_STATES,
  PaymentAttempt,
  MessageKind,
  PaymentMessage,
} from '../../model';

/**
 * PY3: the invoice of a PayPal checkout is what matches a payment to the booking, so only the holder or sponsor it was
 * issued to sees it whole; others see the booking's reference and its first characters. Until the attempt is paid it
 * can still match money — a checkout PayPal marked Failed or Denied too, so an organizer who read it could otherwise pay
 * a wrong amount to it and oppose the booking. A paid attempt matches nothing new (ATTEMPT_SETTLED) and is shown whole,
 * for reconciliation. Lydia payments are matched by Lydia's request id, not ours.
 */
const isOpenInvoice = (a: PaymentAttempt) => a.provider === OnlineProvider.PAYPAL && a.state !== AttemptState.PAID;
const shorten = (ref: string) => ref.replace(/-([0-9A-F]{4})[0-9A-F]{28}$/, '-$1…');
const shown = (a: PaymentAttempt): PaymentAttempt =>
  isOpenInvoice(a)
    ? Object.assign(Object.create(PaymentAttempt.prototype) as PaymentAttempt, a, { ref: shorten(a.ref) })
    : a;

/** For a record shown to organizers: a function hiding the invoice of its attempt while that attempt is open. */
async function hideOpenInvoice(ctx: GraphQLContext, m: PaymentMessage): Promise<(text: string) => string> {
  const attempt = m.attempt ? await ctx.em.findOne(PaymentAttempt, m.attempt.id) : null;
  if (!attempt || !isOpenInvoice(attempt)) return (text) => text;
  const short = shorten(attempt.ref);
  return (text) => text.split(attempt.ref).join(short);
}

@Resolver()
export class PaymentsResolver {
  @Query(() => [PaymentAccount], {
    description: 'PY1: every payment account, newest first. Platform admins only (to deactivate one).',
  })
  allPaymentAccounts(@Ctx() ctx: GraphQLContext) {
    return accounts.allAccounts(ctx);
  }

  @Mutation(() => PaymentAccount, {
    description:
      'PY1: adds a PayPal account for the event’s club. Needs ADMIN on the event. Never editable afterwards.',
  })
  createPaypalAccount(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreatePaypalAccountInput, { description: 'The account.' }) input: CreatePaypalAccountInput,
  ) {
    return accounts.createPaypalAccount(ctx, input);
  }

  @Mutation(() => PaymentAccount, {
    description:
      'PY1, PY4: adds a Lydia account for the event’s club, checked with Lydia. Needs ADMIN on the event. Errors: PROVIDER_REFUSED (unknown pair, wrong login), PROVIDER_UNAVAILABLE.',
  })
  createLydiaAccount(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateLydiaAccountInput, { description: 'The account.' }) input: CreateLydiaAccountInput,
  ) {
    return accounts.createLydiaAccount(ctx, input);
  }

  @Mutation(() => [LydiaBusiness], {
    description:
      'PY4: the business accounts of a Lydia login (names and vendor tokens). The password is used once and never stored. Needs ADMIN on the event.',
  })
  lydiaBusinesses(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event being configured.' }) eventId: string,
    @Arg('phone', () => String, { description: 'The Lydia account’s phone number.' }) phone: string,
    @Arg('password', () => String, { description: 'The Lydia password.' }) password: string,
  ) {
    return accounts.lydiaBusinesses(ctx, eventId, phone, password);
  }

  @Mutation(() => PaymentAccount, {
    description:
      'PY1: deactivates an account: no new payment goes to it; records stay. Platform admins only. CONFLICT if already done.',
  })
  deactivatePaymentAccount(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The account.' }) id: string,
  ) {
    return accounts.deactivatePaymentAccount(ctx, id);
  }

  @Mutation(() => Event, {
    description:
      'PY1: picks the event’s PayPal and Lydia accounts (at most one each; null for none) among its club’s active accounts. Needs ADMIN.',
  })
  setEventPaymentAccounts(
    @Ctx() ctx: GraphQLContext,
    @Arg('eventId', () => ID, { description: 'The event.' }) eventId: string,
    @Arg('paypalAccountId', () => ID, { nullable: true, description: 'A PAYPAL account of the club, or null.' })
    paypalAccountId: string | null,
    @Arg('lydiaAccountId', () => ID, { nullable: true, description: 'A LYDIA account of the club, or null.' })
    lydiaAccountId: string | null,
  ) {
    return accounts.setEventPaymentAccounts(ctx, eventId, paypalAccountId ?? null, lydiaAccountId ?? null);
  }

  @Mutation(() => PaypalCheckout, {
    description:
      'PY2: builds a PayPal checkout for a pre-reservation (holder or sponsor): a fresh invoice, the booking’s price. Post the fields to the url. ' +
      'It stays open until paid, abandoned or its `expiresAt`. ' +
      'Errors: PAYMENT_IN_PROGRESS (another attempt is open), PAYMENT_NOT_OFFERED, ANSWERS_PENDING (XI5), EVENT_CANCELLED, NOT_FOUND.',
  })
  startPaypalCheckout(
    @Ctx() ctx: GraphQLContext,
    @Arg('bookingId', () => ID, { description: 'The pre-reservation.' }) bookingId: string,
  ) {
    return startPaypalCheckout(ctx, bookingId);
  }

  @Mutation(() => PaymentAttempt, {
    description:
      'PY4: sends a Lydia payment request to the phone. Holder or sponsor. It stays open until paid, refused, abandoned or its `expiresAt`. ' +
      'Errors: PAYMENT_IN_PROGRESS (another attempt is open: abandon it first), PAYMENT_NOT_OFFERED, ANSWERS_PENDING (XI5), BAD_USER_INPUT (INVALID_PHONE), PROVIDER_REFUSED, PROVIDER_UNAVAILABLE.',
  })
  requestLydiaPayment(
    @Ctx() ctx: GraphQLContext,
    @Arg('bookingId', () => ID, { description: 'The pre-reservation.' }) bookingId: string,
    @Arg('phone', () => String, { description: 'The phone the Lydia request goes to, e.g. 06 12 34 56 78.' })
    phone: string,
  ) {
    return requestLydiaPayment(ctx, bookingId, phone);
  }

  @Mutation(() => PaymentAttempt, {
    description:
      'Issue 16: the holder or sponsor abandons the booking’s open checkout or Lydia request (CREATED or PENDING → ABANDONED; a Lydia request is cancelled at Lydia), so that another attempt may start or the booking be deleted. ' +
      'Money that still arrives for it is matched (PY3). Errors: CONFLICT (not open, or CONFIRMING: PayPal is confirming it), NOT_FOUND, FORBIDDEN (organizers).',
  })
  abandonPaymentAttempt(
    @Ctx() ctx: GraphQLContext,
    @Arg('attemptId', () => ID, { description: 'The open attempt.' }) attemptId: string,
  ) {
    return abandonPaymentAttempt(ctx, attemptId);
  }

  @Mutation(() => PaymentAttempt, {
    description:
      'PY4 ("J’ai payé"): asks Lydia where the request stands now; a paid request makes the booking a reservation. Idempotent.',
  })
  checkLydiaPayment(
    @Ctx() ctx: GraphQLContext,
    @Arg('attemptId', () => ID, { description: 'The Lydia attempt.' }) attemptId: string,
  ) {
    return checkLydiaPayment(ctx, attemptId);
  }

  @Query(() => PaymentAttempt, {
    description: 'One payment attempt, for the booking’s holder, sponsor and VIEW+ admins.',
  })
  async paymentAttempt(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID, { description: 'Attempt id.' }) id: string) {
    // SEC5: said before the lookup, so that an anonymous caller learns nothing of the id.
    if (!ctx.viewer) throw unauthenticated();
    const attempt = isUuid(id) ? await ctx.em.findOne(PaymentAttempt, id) : null;
    if (!attempt) throw notFound('PaymentAttempt');
    const { booking } = await bookingAccess(ctx, ctx.em, attempt.booking.id, 'READ');
    return relationTo(await viewerFacts(ctx), bookingFacts(booking)) ? attempt : shown(attempt);
  }
}

@Resolver(() => PaymentAccount)
export class PaymentAccountResolver {
  @FieldResolver(() => Club, { description: 'The club it belongs to: every event of the club may pick it.' })
  async club(@Root() a: PaymentAccount, @Ctx() ctx: GraphQLContext) {
    return (await ctx.loaders.club.load(a.club.id))!;
  }

  @FieldResolver(() => Boolean, { description: 'Whether it takes new payments (not deactivated).' })
  active(@Root() a: PaymentAccount) {
    return !a.deactivatedAt;
  }
}

@Resolver(() => Booking)
export class BookingPaymentsResolver {
  @FieldResolver(() => PaymentOffer, { description: 'PY2, PY4, XI5: the online payment offered now for this booking.' })
  async paymentOffer(@Root() b: Booking, @Ctx() ctx: GraphQLContext): Promise<PaymentOffer> {
    const event = (await ctx.loaders.event.load(b.event.id))!;
    const offer = await onlineOffer(ctx.em, b, event, ctx.deps.clock.now());
    return { providers: offer.providers, reason: offer.reason as PaymentUnavailableReason | null };
  }

  @FieldResolver(() => PaymentAttempt, {
    nullable: true,
    description:
      'Issue 16: the payment attempt open now (CREATED or PENDING before its `expiresAt`, or CONFIRMING), if any. While there is one, no other attempt can start and the booking can’t be deleted; its payer may abandon it (`abandonPaymentAttempt`) unless it is CONFIRMING.',
  })
  async paymentInProgress(@Root() b: Booking, @Ctx() ctx: GraphQLContext) {
    const attempts = await ctx.loaders.attemptsByBooking.load(b.id);
    const open = attempts.find((a) => (OPEN_ATTEMPT_STATES as readonly AttemptState[]).includes(a.state));
    if (!open) return null;
    if (open.state !== AttemptState.CONFIRMING && open.expiresAt && open.expiresAt <= ctx.deps.clock.now()) return null;
    return relationTo(await viewerFacts(ctx), bookingFacts(b)) ? open : shown(open);
  }

  @FieldResolver(() => [PaymentAttempt], {
    description: 'PY5: online payment attempts (checkouts, Lydia requests), oldest first.',
  })
  async paymentAttempts(@Root() b: Booking, @Ctx() ctx: GraphQLContext) {
    const attempts = await ctx.loaders.attemptsByBooking.load(b.id);
    return relationTo(await viewerFacts(ctx), bookingFacts(b)) ? attempts : attempts.map(shown);
  }

  @FieldResolver(() => [PaymentMessage], {
    description:
      'PY5: every payment record (checkouts, requests, notifications, verifications, state checks), oldest first. VIEW+ admins only: FORBIDDEN for the holder and sponsor.',
  })
  async paymentRecords(@Root() b: Booking, @Ctx() ctx: GraphQLContext) {
    enforce(
      canActOnBooking(
        await viewerFacts(ctx),
        bookingFacts(b),
        await ctx.loaders.levelOnEvent.load(b.event.id),
        'READ_PAYMENT_RECORDS',
      ),
    );
    return ctx.em.find(PaymentMessage, { booking: b.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }
}

@Resolver(() => PaymentMessage)
export class PaymentMessageResolver {
  @FieldResolver(() => String, {
    description:
      'The message exactly as sent or received, as text (IPN and Lydia callbacks stay URL-encoded; see `fields`).',
  })
  async raw(@Root() m: PaymentMessage, @Ctx() ctx: GraphQLContext) {
    return (await hideOpenInvoice(ctx, m))(decodeIn(m.raw, m.charset));
  }

  @FieldResolver(() => [FormField], {
    nullable: true,
    description:
      'For form messages received (PayPal IPN, Lydia callback): the fields, decoded in the message’s charset. Null for other records.',
  })
  async fields(@Root() m: PaymentMessage, @Ctx() ctx: GraphQLContext): Promise<FormField[] | null> {
    const hide = await hideOpenInvoice(ctx, m);
    if (m.kind === MessageKind.IPN)
      return Object.entries(parseIpn(m.raw).fields).map(([name, value]) => ({ name, value: hide(value) }));
    if (m.kind === MessageKind.LYDIA_CALLBACK)
      return [...new URLSearchParams(m.raw.toString('utf8'))].map(([name, value]) => ({ name, value }));
    return null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The provider’s or our reference: PayPal txn_id or invoice (shortened until the checkout is paid), Lydia request_id.',
  })
  async reference(@Root() m: PaymentMessage, @Ctx() ctx: GraphQLContext) {
    return m.reference == null ? null : (await hideOpenInvoice(ctx, m))(m.reference);
  }
}

@Resolver(() => Event)
export class EventPaymentsResolver {
  @FieldResolver(() => PaymentAccount, {
    nullable: true,
    description: 'PY1: the PayPal account taking the event’s payments. Needs ADMIN.',
  })
  async paypalAccount(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    return this.account(e, ctx, e.paypalAccount?.id);
  }

  @FieldResolver(() => PaymentAccount, {
    nullable: true,
    description: 'PY1: the Lydia account taking the event’s payments. Needs ADMIN.',
  })
  async lydiaAccount(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    return this.account(e, ctx, e.lydiaAccount?.id);
  }

  @FieldResolver(() => [PaymentAccount], {
    description: 'PY1: the accounts the event may pick: its club’s active ones and those it uses. Needs ADMIN.',
  })
  paymentAccountChoices(@Root() e: Event, @Ctx() ctx: GraphQLContext) {
    return accounts.accountsForEvent(ctx, e.id);
  }

  @FieldResolver(() => PaymentAccountSuggestion, {
    description:
      'PY1: what the payments page preselects while the event has no account of a provider: the club’s only active ' +
      'account of that provider (null when it has none or several, or when the event already has one). Needs ADMIN.',
  })
  async paymentAccountSuggestion(@Root() e: Event, @Ctx() ctx: GraphQLContext): Promise<PaymentAccountSuggestion> {
    const choices = await accounts.accountsForEvent(ctx, e.id);
    const suggestion = accounts.suggestAccounts(choices.filter((a) => a.club.id === e.club.id));
    return {
      paypal: e.paypalAccount ? null : suggestion.paypal,
      lydia: e.lydiaAccount ? null : suggestion.lydia,
    };
  }

  private async account(e: Event, ctx: GraphQLContext, id: string | undefined) {
    if (!atLeast(await ctx.loaders.levelOnEvent.load(e.id), PermissionLevel.ADMIN))
      throw forbidden('This needs the ADMIN permission on the event.');
    return id ? ctx.em.findOne(PaymentAccount, id) : null;
  }
}

@Resolver(() => Club)
export class ClubPaymentsResolver {
  @FieldResolver(() => [PaymentAccount], {
    nullable: true,
    description:
      'PY1: the club’s active accounts, which a new event may pick (createEvent’s paypalAccountId and lydiaAccountId). ' +
      'For those who may create the club’s events (EV2); null for anyone else.',
  })
  paymentAccountsForNewEvent(@Root() c: Club, @Ctx() ctx: GraphQLContext) {
    return accounts.accountsForNewEvent(ctx, c.id);
  }

  @FieldResolver(() => PaymentAccountSuggestion, {
    nullable: true,
    description:
      'PY1: what the new-event form preselects: per provider, the club’s only active account (null when none or several). ' +
      'For those who may create the club’s events (EV2); null for anyone else.',
  })
  async paymentAccountSuggestion(
    @Root() c: Club,
    @Ctx() ctx: GraphQLContext,
  ): Promise<PaymentAccountSuggestion | null> {
    const mine = await accounts.accountsForNewEvent(ctx, c.id);
    return mine && accounts.suggestAccounts(mine);
  }
}
