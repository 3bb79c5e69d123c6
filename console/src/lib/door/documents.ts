// TT3, TT4: the door's operations, used by the scanner page (in the browser) and by the form actions.
import { graphql } from '$lib/gql';

/** What the door shows of a booking: the scanner's result panel and the manual check-in list. */
export const DoorBookingFields = graphql(`
  fragment ConsoleDoorBooking on Booking {
    id
    reference
    holder {
      fullName
    }
    ticket {
      id
      name
    }
    options {
      name
    }
  }
`);

/** A check-in (when, how, on which device, by whom), as the result panel and the check-in list show it. */
export const DoorCheckInFields = graphql(`
  fragment ConsoleDoorCheckInDetails on CheckIn {
    checkedInAt
    method
    device
    checkedInBy {
      id
      firstName
      lastName
    }
  }
`);

export const DoorResultFields = graphql(`
  fragment ConsoleDoorResult on CheckInResult {
    status
    booking {
      ...ConsoleDoorBooking
      oppositionReason
    }
    checkIn {
      ...ConsoleDoorCheckInDetails
    }
    blockedBy {
      id
      label
    }
  }
`);

export const DoorCheckIn = graphql(`
  mutation ConsoleDoorCheckIn($eventId: ID!, $code: String, $bookingId: ID, $device: String) {
    checkIn(eventId: $eventId, code: $code, bookingId: $bookingId, device: $device) {
      ...ConsoleDoorResult
    }
  }
`);

export const DoorKit = graphql(`
  query ConsoleDoorKit($eventId: ID!) {
    checkInKit(eventId: $eventId) {
      eventId
      generatedAt
      publicKeys {
        id
        publicKey
      }
      bookings {
        id
        reference
        holderName
        ticketName
        options
        checkedInAt
        blockedBy
      }
      revokedBookingIds
    }
  }
`);

export const DoorSync = graphql(`
  mutation ConsoleDoorSync($eventId: ID!, $scans: [OfflineScanInput!]!) {
    syncCheckIns(eventId: $eventId, scans: $scans) {
      ...ConsoleDoorResult
    }
  }
`);
