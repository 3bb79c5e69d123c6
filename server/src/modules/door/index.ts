export { CheckInStatus, checkIn, checkInKit, syncCheckIns } from './check-in.service';
export { BookingCheckInResolver, CheckInResolver, DoorResolver } from './door.resolver';
