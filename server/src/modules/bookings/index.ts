export { Booking, BookingStatus, LIVE_STATUSES, isLive } from './booking.entity';
export { BookingOption } from './booking-option.entity';
export { Answer } from './answer.entity';
export { AnswerResolver, BookingOptionResolver, BookingResolver, EventBookingsResolver } from './bookings.resolver';
export { bookingLoaders } from './bookings.loaders';
export { expirePreReservations } from './expiry';
export { answerFileFor } from './answers.service';
