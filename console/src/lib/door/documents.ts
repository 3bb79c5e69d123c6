// TT3, TT4: the door's operations, used by the scanner page (in the browser) and by the form actions.
import { graphql } from '$lib/gql';

export const DoorResultFields = graphql(`
	fragment ConsoleDoorResult on CheckInResult {
		status
		booking {
			id
			reference
			oppositionReason
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
		checkIn {
			checkedInAt
			method
			device
			checkedInBy {
				id
				firstName
				lastName
			}
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
