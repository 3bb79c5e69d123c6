export { BookingTicketFilesResolver, DocumentsResolver, TicketTemplateResolver } from './documents.resolver';
export { renderTicket, templateFile, ticketAttachment, ticketFor, type TicketDocument } from './tickets.service';
