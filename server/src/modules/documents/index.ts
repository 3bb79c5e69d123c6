export { BookingTicketFilesResolver, DocumentsResolver, TicketTemplateResolver } from './documents.resolver';
export { exampleTemplate, TicketRenderer } from './render';
export { renderTicket, templateFile, ticketAttachment, ticketFor, type TicketDocument } from './tickets.service';
