export { Ticket, TicketKind } from './ticket.entity';
export { Option } from './option.entity';
export { OptionGroup } from './option-group.entity';
export { ExtraInfo } from './extra-info.entity';
export { TicketResolver, OptionGroupResolver } from './tickets.resolver';
export { ticketLoaders } from './tickets.loaders';
export { eligibility, IneligibilityReason } from './eligibility';
