export { Payment, PaymentMethod, PaymentProvider } from './payment.entity';
export { OnlineProvider, PaymentAccount } from './payment-account.entity';
export { AttemptState, PaymentAttempt } from './payment-attempt.entity';
export { MessageKind, PaymentMessage, Verification } from './payment-message.entity';
export { loadSecretBox, secretBox, type SecretBox } from './secret-box';
export { processIpn, storeIpn, verifyPendingIpns } from './paypal.service';
export { checkPendingLydiaRequests, receiveLydiaCallback } from './lydia.service';
export { purgeUnprovenMessages } from './purge';
export { BookingPaymentsResolver, EventPaymentsResolver, PaymentAccountResolver, PaymentMessageResolver, PaymentsResolver } from './payments.resolver';
