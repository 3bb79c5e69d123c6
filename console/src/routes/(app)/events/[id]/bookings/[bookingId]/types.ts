import type { ConsoleBookingQuery } from '$lib/gql/graphql';

export type Booking = ConsoleBookingQuery['booking'];
export type Requirement = Booking['requirements'][number];
