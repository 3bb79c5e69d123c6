import type { EntityManager } from '@mikro-orm/postgresql';
import { byParent } from '../../db/loaders';
import { Payment } from '../payments/payment.entity';
import { Answer } from './answer.entity';
import { BookingOption } from './booking-option.entity';

export function bookingLoaders(em: EntityManager) {
  return {
    optionsByBooking: byParent((ids) => em.find(BookingOption, { booking: { $in: ids } }, { orderBy: { name: 'asc' } }), (o) => o.booking.id),
    answersByBooking: byParent((ids) => em.find(Answer, { booking: { $in: ids } }), (a) => a.booking.id),
    paymentsByBooking: byParent((ids) => em.find(Payment, { booking: { $in: ids } }, { orderBy: { createdAt: 'asc' } }), (p) => p.booking.id),
  };
}
