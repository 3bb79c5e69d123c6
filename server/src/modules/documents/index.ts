export { BookingTicketFilesResolver, DocumentsResolver, TicketTemplateResolver } from './documents.resolver';
export {
  holderTicket,
  renderTicket,
  templateFile,
  ticketAttachment,
  ticketFor,
  type TicketDocument,
} from './tickets.service';
export { renderQueuedTickets, storedTicket, type StoredTicket } from './stored-tickets';
export { startTicketRenders, TICKET_RENDERS_CHANNEL, type TicketRenders } from './ticket-renders.worker';
