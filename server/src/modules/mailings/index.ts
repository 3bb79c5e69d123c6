export { EventMailingsResolver, MailingsResolver } from './mailings.resolver';
