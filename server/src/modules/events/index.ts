export { EventResolver } from './events.resolver';
export { eventLoaders } from './events.loaders';
export { getEvent } from './events.service';
export { eventAsSeen, isRestrictedView } from './restricted-view';
export { renderMarkdown } from './markdown';
export { EventPublishResolver } from './publish.resolver';
export { pickPaymentAccount } from './payment-pick';
