export { CheckInStatus, checkIn, checkInKit, syncCheckIns } from './check-in.service';
export { BookingCheckInResolver, CheckInResolver, DoorResolver } from './door.resolver';
export { fastCheckIn, type FastCheckedIn, type FastCheckInRequest } from './fast-lane';
