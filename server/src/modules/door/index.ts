export { CheckIn, CheckInMethod } from './check-in.entity';
export { CheckInStatus, checkIn, checkInKit, syncCheckIns } from './check-in.service';
export { TicketSigner } from './signing';
export { BookingCheckInResolver, CheckInResolver, DoorResolver } from './door.resolver';
