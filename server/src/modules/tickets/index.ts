export { TicketResolver, OptionGroupResolver } from './tickets.resolver';
export { EventDuplicationResolver } from './duplication.resolver';
export { ticketLoaders } from './tickets.loaders';
export {
  eligibility,
  IneligibilityReason,
  eligibilityPerson,
  eligibilityTicket,
  type EligibilityPerson,
} from './eligibility';
export { lockTickets, offerWaitingList } from './locks';
export { firstFull, placesLeft, type Full, type Places } from './places';
export { quotasOfTicket, type QuotaPlaces } from './locks';
export { QuotaResolver, EventCapacityResolver } from './quotas.resolver';
export { EventOfferResolver } from './event-offer.resolver';
