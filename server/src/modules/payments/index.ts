export { processIpn, storeIpn, verifyPendingIpns } from './paypal.service';
export { checkPendingLydiaRequests, receiveLydiaCallback } from './lydia.service';
export { purgeUnprovenMessages } from './purge';
export {
  BookingPaymentsResolver,
  ClubPaymentsResolver,
  EventPaymentsResolver,
  PaymentAccountResolver,
  PaymentMessageResolver,
  PaymentsResolver,
} from './payments.resolver';
