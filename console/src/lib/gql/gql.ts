/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n\tfragment ConsoleDoorBooking on Booking {\n\t\tid\n\t\treference\n\t\tholder {\n\t\t\tfullName\n\t\t}\n\t\tticket {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\toptions {\n\t\t\tname\n\t\t}\n\t}\n": typeof types.ConsoleDoorBookingFragmentDoc,
    "\n\tfragment ConsoleDoorCheckInDetails on CheckIn {\n\t\tcheckedInAt\n\t\tmethod\n\t\tdevice\n\t\tcheckedInBy {\n\t\t\tid\n\t\t\tfirstName\n\t\t\tlastName\n\t\t}\n\t}\n": typeof types.ConsoleDoorCheckInDetailsFragmentDoc,
    "\n\tfragment ConsoleDoorResult on CheckInResult {\n\t\tstatus\n\t\tbooking {\n\t\t\t...ConsoleDoorBooking\n\t\t\toppositionReason\n\t\t}\n\t\tcheckIn {\n\t\t\t...ConsoleDoorCheckInDetails\n\t\t}\n\t\tblockedBy {\n\t\t\tid\n\t\t\tlabel\n\t\t}\n\t}\n": typeof types.ConsoleDoorResultFragmentDoc,
    "\n\tmutation ConsoleDoorCheckIn($eventId: ID!, $code: String, $bookingId: ID, $device: String) {\n\t\tcheckIn(eventId: $eventId, code: $code, bookingId: $bookingId, device: $device) {\n\t\t\t...ConsoleDoorResult\n\t\t}\n\t}\n": typeof types.ConsoleDoorCheckInDocument,
    "\n\tquery ConsoleDoorKit($eventId: ID!) {\n\t\tcheckInKit(eventId: $eventId) {\n\t\t\teventId\n\t\t\tgeneratedAt\n\t\t\tpublicKeys {\n\t\t\t\tid\n\t\t\t\tpublicKey\n\t\t\t}\n\t\t\tbookings {\n\t\t\t\tid\n\t\t\t\treference\n\t\t\t\tholderName\n\t\t\t\tticketName\n\t\t\t\toptions\n\t\t\t\tcheckedInAt\n\t\t\t\tblockedBy\n\t\t\t}\n\t\t\trevokedBookingIds\n\t\t}\n\t}\n": typeof types.ConsoleDoorKitDocument,
    "\n\tmutation ConsoleDoorSync($eventId: ID!, $scans: [OfflineScanInput!]!) {\n\t\tsyncCheckIns(eventId: $eventId, scans: $scans) {\n\t\t\t...ConsoleDoorResult\n\t\t}\n\t}\n": typeof types.ConsoleDoorSyncDocument,
    "\n\tfragment ConsoleBookingExport on BookingExport {\n\t\tid\n\t\tformat\n\t\tstatus\n\t\trowsDone\n\t\trowsTotal\n\t\tfileName\n\t\tfileSize\n\t\tdownloadUrl\n\t\terror\n\t\tfilter\n\t\tcreatedAt\n\t\tfinishedAt\n\t\texpiresAt\n\t\trequestedBy {\n\t\t\tid\n\t\t\tfullName\n\t\t}\n\t}\n": typeof types.ConsoleBookingExportFragmentDoc,
    "\n\tquery ConsoleBookingExport($id: ID!) {\n\t\tbookingExport(id: $id) {\n\t\t\t...ConsoleBookingExport\n\t\t}\n\t}\n": typeof types.ConsoleBookingExportDocument,
    "\n\tmutation ConsoleRequestExport($eventId: ID!, $format: ExportFormat!, $filter: BookingFilter) {\n\t\trequestExport(eventId: $eventId, format: $format, filter: $filter) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n": typeof types.ConsoleRequestExportDocument,
    "\n\tfragment ConsolePaymentAccount on PaymentAccount {\n\t\tid\n\t\tprovider\n\t\tdescription\n\t\tpaypalReceiverEmail\n\t\tlydiaVendorToken\n\t\tactive\n\t\tcreatedAt\n\t\tdeactivatedAt\n\t}\n": typeof types.ConsolePaymentAccountFragmentDoc,
    "\n\tfragment ConsoleRestrictionChoices on Query {\n\t\tschools {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tassociations {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t}\n": typeof types.ConsoleRestrictionChoicesFragmentDoc,
    "\n\tquery ConsoleEventBookings($id: ID!, $filter: BookingFilter, $first: Int!, $after: String) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tbookings(filter: $filter, first: $first, after: $after) {\n\t\t\t\ttotalCount\n\t\t\t\tendCursor\n\t\t\t\thasNextPage\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\treference\n\t\t\t\t\tstatus\n\t\t\t\t\tpriceCents\n\t\t\t\t\tcreatedAt\n\t\t\t\t\tisGuest\n\t\t\t\t\tholder {\n\t\t\t\t\t\tfullName\n\t\t\t\t\t\temail\n\t\t\t\t\t}\n\t\t\t\t\tsponsor {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tfullName\n\t\t\t\t\t}\n\t\t\t\t\tticket {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\trequirements {\n\t\t\t\t\t\tstate\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\texports {\n\t\t\t\t...ConsoleBookingExport\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ConsoleEventBookingsDocument,
    "\n\tquery ConsoleMyEvents {\n\t\tevents(filter: { mine: true, includePast: true }, first: 100) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tstartsAt\n\t\t\t\tendsAt\n\t\t\t\tvisibility\n\t\t\t\tviewerPermission\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\thasNextPage\n\t\t}\n\t}\n": typeof types.ConsoleMyEventsDocument,
    "\n\tquery ConsoleKnownSlugs {\n\t\tschools {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tassociations {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tclubs {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t}\n": typeof types.ConsoleKnownSlugsDocument,
    "\n\tmutation ConsoleImportSchoolAccounts($csv: String!, $dryRun: Boolean!) {\n\t\timportSchoolAccounts(csv: $csv, dryRun: $dryRun) {\n\t\t\tapplied\n\t\t\tdryRun\n\t\t\tcreated\n\t\t\tupdated\n\t\t\tunchanged\n\t\t\terrors {\n\t\t\t\tline\n\t\t\t\tfield\n\t\t\t\tmessage\n\t\t\t\tcode\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ConsoleImportSchoolAccountsDocument,
    "\n\tquery ConsoleAllPaymentAccounts {\n\t\tallPaymentAccounts {\n\t\t\t...ConsolePaymentAccount\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ConsoleAllPaymentAccountsDocument,
    "\n\tmutation ConsoleDeactivatePaymentAccount($id: ID!) {\n\t\tdeactivatePaymentAccount(id: $id) {\n\t\t\tid\n\t\t\tactive\n\t\t\tdeactivatedAt\n\t\t}\n\t}\n": typeof types.ConsoleDeactivatePaymentAccountDocument,
    "\n\tquery ConsoleEventHeader($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tstartsAt\n\t\t\tendsAt\n\t\t\tvisibility\n\t\t\tviewerPermission\n\t\t\tcancelled\n\t\t\tcancelledAt\n\t\t\tcancellationReason\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ConsoleEventHeaderDocument,
    "\n\tquery ConsoleEventAdmins($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tadmins {\n\t\t\t\tlevel\n\t\t\t\tuser {\n\t\t\t\t\tid\n\t\t\t\t\tfullName\n\t\t\t\t\temail\n\t\t\t\t}\n\t\t\t\tsources {\n\t\t\t\t\tsource\n\t\t\t\t\tlevel\n\t\t\t\t\tclub {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\tgrants {\n\t\t\t\tid\n\t\t\t\tlevel\n\t\t\t\tgranteeKind\n\t\t\t\tcreatedAt\n\t\t\t\tuser {\n\t\t\t\t\tid\n\t\t\t\t\tfullName\n\t\t\t\t\temail\n\t\t\t\t}\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tclubs {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": typeof types.ConsoleEventAdminsDocument,
    "\n\tmutation ConsoleGrantPermission($eventId: ID!, $input: GrantPermissionInput!) {\n\t\tgrantPermission(eventId: $eventId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleGrantPermissionDocument,
    "\n\tmutation ConsoleRevokePermission($id: ID!) {\n\t\trevokePermission(id: $id)\n\t}\n": typeof types.ConsoleRevokePermissionDocument,
    "\n\tquery ConsoleBooking($id: ID!) {\n\t\tbooking(id: $id) {\n\t\t\tid\n\t\t\treference\n\t\t\tstatus\n\t\t\tpriceCents\n\t\t\tcreatedAt\n\t\t\texpiresAt\n\t\t\treservedAt\n\t\t\tendedAt\n\t\t\toppositionReason\n\t\t\tforced\n\t\t\tisGuest\n\t\t\tevent {\n\t\t\t\tid\n\t\t\t}\n\t\t\tholder {\n\t\t\t\tfullName\n\t\t\t\temail\n\t\t\t\thasAccount\n\t\t\t}\n\t\t\tsponsor {\n\t\t\t\tid\n\t\t\t\tfullName\n\t\t\t\temail\n\t\t\t}\n\t\t\tgivenBy {\n\t\t\t\tid\n\t\t\t\tfullName\n\t\t\t}\n\t\t\tticket {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\toptions {\n\t\t\t\tname\n\t\t\t\tpriceCents\n\t\t\t\tgroup {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\trequirements {\n\t\t\t\t...SharedRequirement\n\t\t\t\tanswer {\n\t\t\t\t\tid\n\t\t\t\t\ttextValue\n\t\t\t\t\tnumberValue\n\t\t\t\t\tchoiceValue\n\t\t\t\t\tupdatedAt\n\t\t\t\t\tvalidatedAt\n\t\t\t\t\tvalidatedBy {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tfullName\n\t\t\t\t\t}\n\t\t\t\t\tupdatedBy {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tfullName\n\t\t\t\t\t}\n\t\t\t\t\tfile {\n\t\t\t\t\t\tname\n\t\t\t\t\t\tmimeType\n\t\t\t\t\t\tsize\n\t\t\t\t\t\turl\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\tpayments {\n\t\t\t\tid\n\t\t\t\tmethod\n\t\t\t\tprovider\n\t\t\t\tamountCents\n\t\t\t\tcurrency\n\t\t\t\treference\n\t\t\t\tconforming\n\t\t\t\tproblem\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tpaymentAttempts {\n\t\t\t\tid\n\t\t\t\tprovider\n\t\t\t\tref\n\t\t\t\tproviderRef\n\t\t\t\tamountCents\n\t\t\t\tcurrency\n\t\t\t\tstate\n\t\t\t\tcreatedAt\n\t\t\t\tupdatedAt\n\t\t\t\tcheckedAt\n\t\t\t}\n\t\t\tpaymentRecords {\n\t\t\t\tid\n\t\t\t\tprovider\n\t\t\t\tkind\n\t\t\t\treference\n\t\t\t\tamountCents\n\t\t\t\tcurrency\n\t\t\t\tstatus\n\t\t\t\tverification\n\t\t\t\toutcome\n\t\t\t\toutcomeDetail\n\t\t\t\tprocessedAt\n\t\t\t\tcreatedAt\n\t\t\t\traw\n\t\t\t}\n\t\t\tauditLog {\n\t\t\t\tat\n\t\t\t\taction\n\t\t\t\tactorName\n\t\t\t\treason\n\t\t\t\tdetails\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ConsoleBookingDocument,
    "\n\tmutation ConsoleValidateAnswer($id: ID!) {\n\t\tvalidateAnswer(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleValidateAnswerDocument,
    "\n\tmutation ConsoleCorrectAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput, $file: Upload) {\n\t\tanswerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input, file: $file) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleCorrectAnswerDocument,
    "\n\tmutation ConsoleMarkPaid($input: MarkPaidInput!) {\n\t\tmarkPaid(input: $input) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n": typeof types.ConsoleMarkPaidDocument,
    "\n\tmutation ConsoleOpposeBooking($id: ID!, $reason: String!) {\n\t\topposeBooking(id: $id, reason: $reason) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n": typeof types.ConsoleOpposeBookingDocument,
    "\n\tmutation ConsoleDeletePreReservation($id: ID!) {\n\t\tdeletePreReservation(id: $id) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n": typeof types.ConsoleDeletePreReservationDocument,
    "\n\tquery ConsoleDoorList($id: ID!, $filter: BookingFilter, $first: Int!, $after: String) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tbookings(filter: $filter, first: $first, after: $after) {\n\t\t\t\ttotalCount\n\t\t\t\tendCursor\n\t\t\t\thasNextPage\n\t\t\t\tnodes {\n\t\t\t\t\t...ConsoleDoorBooking\n\t\t\t\t\tholder {\n\t\t\t\t\t\temail\n\t\t\t\t\t}\n\t\t\t\t\tcheckIn {\n\t\t\t\t\t\t...ConsoleDoorCheckInDetails\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ConsoleDoorListDocument,
    "\n\tquery ConsoleEventForEdit($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tdescription\n\t\t\tlocation\n\t\t\tstartsAt\n\t\t\tendsAt\n\t\t\tvisibility\n\t\t\tcontactEmail\n\t\t\tsponsorshipLimit\n\t\t\tpaymentDeadlineHours\n\t\t\tshowPlacesLeft\n\t\t\tcoverUrl\n\t\t}\n\t}\n": typeof types.ConsoleEventForEditDocument,
    "\n\tmutation ConsoleUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n\t\tupdateEvent(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleUpdateEventDocument,
    "\n\tmutation ConsoleSetEventCover($id: ID!, $file: Upload!) {\n\t\tsetEventCover(id: $id, file: $file) {\n\t\t\tid\n\t\t\tcoverUrl\n\t\t}\n\t}\n": typeof types.ConsoleSetEventCoverDocument,
    "\n\tmutation ConsoleRemoveEventCover($id: ID!) {\n\t\tremoveEventCover(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleRemoveEventCoverDocument,
    "\n\tmutation ConsoleCancelEvent($id: ID!, $reason: String!) {\n\t\tcancelEvent(id: $id, reason: $reason) {\n\t\t\tid\n\t\t\tcancelled\n\t\t}\n\t}\n": typeof types.ConsoleCancelEventDocument,
    "\n\tquery ConsoleGiveTicketChoices($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tpriceCents\n\t\t\t\tcapacity\n\t\t\t\tplacesTaken\n\t\t\t\tsoldOut\n\t\t\t\toptions {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tpriceCents\n\t\t\t\t}\n\t\t\t\toptionGroups {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\toptions {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t\tpriceCents\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ConsoleGiveTicketChoicesDocument,
    "\n\tmutation ConsoleGiveTicket($input: GiveTicketInput!) {\n\t\tgiveTicket(input: $input) {\n\t\t\tid\n\t\t\treference\n\t\t\tstatus\n\t\t\tholder {\n\t\t\t\tfullName\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ConsoleGiveTicketDocument,
    "\n\tquery ConsoleEventPaymentAccounts($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tpaypalAccount {\n\t\t\t\t...ConsolePaymentAccount\n\t\t\t}\n\t\t\tlydiaAccount {\n\t\t\t\t...ConsolePaymentAccount\n\t\t\t}\n\t\t\tpaymentAccountChoices {\n\t\t\t\t...ConsolePaymentAccount\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ConsoleEventPaymentAccountsDocument,
    "\n\tmutation ConsoleSetEventPaymentAccounts($eventId: ID!, $paypalAccountId: ID, $lydiaAccountId: ID) {\n\t\tsetEventPaymentAccounts(eventId: $eventId, paypalAccountId: $paypalAccountId, lydiaAccountId: $lydiaAccountId) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleSetEventPaymentAccountsDocument,
    "\n\tmutation ConsoleCreatePaypalAccount($input: CreatePaypalAccountInput!) {\n\t\tcreatePaypalAccount(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleCreatePaypalAccountDocument,
    "\n\tmutation ConsoleCreateLydiaAccount($input: CreateLydiaAccountInput!) {\n\t\tcreateLydiaAccount(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleCreateLydiaAccountDocument,
    "\n\tmutation ConsoleLydiaBusinesses($eventId: ID!, $phone: String!, $password: String!) {\n\t\tlydiaBusinesses(eventId: $eventId, phone: $phone, password: $password) {\n\t\t\tname\n\t\t\tvendorToken\n\t\t}\n\t}\n": typeof types.ConsoleLydiaBusinessesDocument,
    "\n\tquery ConsoleEventTickets($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tname\n\t\t\t\tpriceCents\n\t\t\t\tcapacity\n\t\t\t\tplacesTaken\n\t\t\t\tsoldOut\n\t\t\t\tsalesOpenAt\n\t\t\t\tsalesCloseAt\n\t\t\t\tposition\n\t\t\t\tlocked\n\t\t\t\ttemplateUrl\n\t\t\t}\n\t\t}\n\t\t...ConsoleRestrictionChoices\n\t}\n": typeof types.ConsoleEventTicketsDocument,
    "\n\tmutation ConsoleCreateTicket($eventId: ID!, $input: CreateTicketInput!) {\n\t\tcreateTicket(eventId: $eventId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleCreateTicketDocument,
    "\n\tquery ConsoleTicketPage($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t\tpriceCents\n\t\t\t\tcapacity\n\t\t\t\tsalesOpenAt\n\t\t\t\tsalesCloseAt\n\t\t\t\tsponsorshipAllowed\n\t\t\t\tpendingGuestsPerSponsor\n\t\t\t\tposition\n\t\t\t\tlocked\n\t\t\t\ttemplateUrl\n\t\t\t\trestrictedToSchools {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t\trestrictedToClassYears\n\t\t\t\trestrictedToAssociations {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t\toptions {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tpriceCents\n\t\t\t\t\tposition\n\t\t\t\t}\n\t\t\t\toptionGroups {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tposition\n\t\t\t\t\toptions {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t\tdescription\n\t\t\t\t\t\tpriceCents\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t\textraInfos {\n\t\t\t\t\tid\n\t\t\t\t\tlabel\n\t\t\t\t\thelp\n\t\t\t\t\ttype\n\t\t\t\t\tblocks\n\t\t\t\t\tnumberMin\n\t\t\t\t\tnumberMax\n\t\t\t\t\tchoices\n\t\t\t\t\tfileTypes\n\t\t\t\t\tfileMaxBytes\n\t\t\t\t\tposition\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\t...ConsoleRestrictionChoices\n\t\tticketTemplateSpec {\n\t\t\t...ConsoleTicketTemplateSpec\n\t\t}\n\t}\n": typeof types.ConsoleTicketPageDocument,
    "\n\tmutation ConsoleUpdateTicket($id: ID!, $input: UpdateTicketInput!) {\n\t\tupdateTicket(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleUpdateTicketDocument,
    "\n\tmutation ConsoleDeleteTicket($id: ID!) {\n\t\tdeleteTicket(id: $id)\n\t}\n": typeof types.ConsoleDeleteTicketDocument,
    "\n\tmutation ConsoleCreateOption($ticketId: ID!, $input: OptionInput!) {\n\t\tcreateOption(ticketId: $ticketId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleCreateOptionDocument,
    "\n\tmutation ConsoleUpdateOption($id: ID!, $input: OptionInput!) {\n\t\tupdateOption(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleUpdateOptionDocument,
    "\n\tmutation ConsoleDeleteOption($id: ID!) {\n\t\tdeleteOption(id: $id)\n\t}\n": typeof types.ConsoleDeleteOptionDocument,
    "\n\tmutation ConsoleCopyOption($id: ID!) {\n\t\tcopyOptionToAllTickets(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleCopyOptionDocument,
    "\n\tmutation ConsoleCreateOptionGroup($ticketId: ID!, $input: OptionGroupInput!) {\n\t\tcreateOptionGroup(ticketId: $ticketId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleCreateOptionGroupDocument,
    "\n\tmutation ConsoleUpdateOptionGroup($id: ID!, $input: OptionGroupInput!) {\n\t\tupdateOptionGroup(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleUpdateOptionGroupDocument,
    "\n\tmutation ConsoleDeleteOptionGroup($id: ID!) {\n\t\tdeleteOptionGroup(id: $id)\n\t}\n": typeof types.ConsoleDeleteOptionGroupDocument,
    "\n\tmutation ConsoleCopyOptionGroup($id: ID!) {\n\t\tcopyOptionGroupToAllTickets(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleCopyOptionGroupDocument,
    "\n\tmutation ConsoleCreateExtraInfo($ticketId: ID!, $input: CreateExtraInfoInput!) {\n\t\tcreateExtraInfo(ticketId: $ticketId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleCreateExtraInfoDocument,
    "\n\tmutation ConsoleUpdateExtraInfo($id: ID!, $input: UpdateExtraInfoInput!) {\n\t\tupdateExtraInfo(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleUpdateExtraInfoDocument,
    "\n\tmutation ConsoleDeleteExtraInfo($id: ID!) {\n\t\tdeleteExtraInfo(id: $id)\n\t}\n": typeof types.ConsoleDeleteExtraInfoDocument,
    "\n\tmutation ConsoleCopyExtraInfo($id: ID!) {\n\t\tcopyExtraInfoToAllTickets(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleCopyExtraInfoDocument,
    "\n\tfragment ConsoleTicketTemplateSpec on TicketTemplateSpec {\n\t\twidth\n\t\theight\n\t\tmimeTypes\n\t\tmaxBytes\n\t\texampleUrl\n\t\tinfoZone {\n\t\t\tleft\n\t\t\ttop\n\t\t\twidth\n\t\t\theight\n\t\t}\n\t\tqrZone {\n\t\t\tleft\n\t\t\ttop\n\t\t\twidth\n\t\t\theight\n\t\t}\n\t}\n": typeof types.ConsoleTicketTemplateSpecFragmentDoc,
    "\n\tmutation ConsoleSetTicketTemplate($ticketId: ID!, $file: Upload!) {\n\t\tsetTicketTemplate(ticketId: $ticketId, file: $file) {\n\t\t\tid\n\t\t\ttemplateUrl\n\t\t}\n\t}\n": typeof types.ConsoleSetTicketTemplateDocument,
    "\n\tmutation ConsoleRemoveTicketTemplate($ticketId: ID!) {\n\t\tremoveTicketTemplate(ticketId: $ticketId) {\n\t\t\tid\n\t\t\ttemplateUrl\n\t\t}\n\t}\n": typeof types.ConsoleRemoveTicketTemplateDocument,
    "\n\tquery ConsoleAllClubs {\n\t\tclubs {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": typeof types.ConsoleAllClubsDocument,
    "\n\tmutation ConsoleCreateEvent($input: CreateEventInput!) {\n\t\tcreateEvent(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.ConsoleCreateEventDocument,
    "\n\tquery ConsoleViewer {\n\t\tviewer {\n\t\t\tid\n\t\t\temail\n\t\t\tfirstName\n\t\t\tfullName\n\t\t\tisPlatformAdmin\n\t\t\tclubMemberships {\n\t\t\t\tid\n\t\t\t\tisBoard\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tslug\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.ConsoleViewerDocument,
    "\n\tfragment SharedRequirement on BookingRequirement {\n\t\tstate\n\t\textraInfo {\n\t\t\tid\n\t\t\tlabel\n\t\t\thelp\n\t\t\ttype\n\t\t\tblocks\n\t\t\tposition\n\t\t\tchoices\n\t\t\tnumberMin\n\t\t\tnumberMax\n\t\t\tfileTypes\n\t\t\tfileMaxBytes\n\t\t}\n\t}\n": typeof types.SharedRequirementFragmentDoc,
};
const documents: Documents = {
    "\n\tfragment ConsoleDoorBooking on Booking {\n\t\tid\n\t\treference\n\t\tholder {\n\t\t\tfullName\n\t\t}\n\t\tticket {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\toptions {\n\t\t\tname\n\t\t}\n\t}\n": types.ConsoleDoorBookingFragmentDoc,
    "\n\tfragment ConsoleDoorCheckInDetails on CheckIn {\n\t\tcheckedInAt\n\t\tmethod\n\t\tdevice\n\t\tcheckedInBy {\n\t\t\tid\n\t\t\tfirstName\n\t\t\tlastName\n\t\t}\n\t}\n": types.ConsoleDoorCheckInDetailsFragmentDoc,
    "\n\tfragment ConsoleDoorResult on CheckInResult {\n\t\tstatus\n\t\tbooking {\n\t\t\t...ConsoleDoorBooking\n\t\t\toppositionReason\n\t\t}\n\t\tcheckIn {\n\t\t\t...ConsoleDoorCheckInDetails\n\t\t}\n\t\tblockedBy {\n\t\t\tid\n\t\t\tlabel\n\t\t}\n\t}\n": types.ConsoleDoorResultFragmentDoc,
    "\n\tmutation ConsoleDoorCheckIn($eventId: ID!, $code: String, $bookingId: ID, $device: String) {\n\t\tcheckIn(eventId: $eventId, code: $code, bookingId: $bookingId, device: $device) {\n\t\t\t...ConsoleDoorResult\n\t\t}\n\t}\n": types.ConsoleDoorCheckInDocument,
    "\n\tquery ConsoleDoorKit($eventId: ID!) {\n\t\tcheckInKit(eventId: $eventId) {\n\t\t\teventId\n\t\t\tgeneratedAt\n\t\t\tpublicKeys {\n\t\t\t\tid\n\t\t\t\tpublicKey\n\t\t\t}\n\t\t\tbookings {\n\t\t\t\tid\n\t\t\t\treference\n\t\t\t\tholderName\n\t\t\t\tticketName\n\t\t\t\toptions\n\t\t\t\tcheckedInAt\n\t\t\t\tblockedBy\n\t\t\t}\n\t\t\trevokedBookingIds\n\t\t}\n\t}\n": types.ConsoleDoorKitDocument,
    "\n\tmutation ConsoleDoorSync($eventId: ID!, $scans: [OfflineScanInput!]!) {\n\t\tsyncCheckIns(eventId: $eventId, scans: $scans) {\n\t\t\t...ConsoleDoorResult\n\t\t}\n\t}\n": types.ConsoleDoorSyncDocument,
    "\n\tfragment ConsoleBookingExport on BookingExport {\n\t\tid\n\t\tformat\n\t\tstatus\n\t\trowsDone\n\t\trowsTotal\n\t\tfileName\n\t\tfileSize\n\t\tdownloadUrl\n\t\terror\n\t\tfilter\n\t\tcreatedAt\n\t\tfinishedAt\n\t\texpiresAt\n\t\trequestedBy {\n\t\t\tid\n\t\t\tfullName\n\t\t}\n\t}\n": types.ConsoleBookingExportFragmentDoc,
    "\n\tquery ConsoleBookingExport($id: ID!) {\n\t\tbookingExport(id: $id) {\n\t\t\t...ConsoleBookingExport\n\t\t}\n\t}\n": types.ConsoleBookingExportDocument,
    "\n\tmutation ConsoleRequestExport($eventId: ID!, $format: ExportFormat!, $filter: BookingFilter) {\n\t\trequestExport(eventId: $eventId, format: $format, filter: $filter) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n": types.ConsoleRequestExportDocument,
    "\n\tfragment ConsolePaymentAccount on PaymentAccount {\n\t\tid\n\t\tprovider\n\t\tdescription\n\t\tpaypalReceiverEmail\n\t\tlydiaVendorToken\n\t\tactive\n\t\tcreatedAt\n\t\tdeactivatedAt\n\t}\n": types.ConsolePaymentAccountFragmentDoc,
    "\n\tfragment ConsoleRestrictionChoices on Query {\n\t\tschools {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tassociations {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t}\n": types.ConsoleRestrictionChoicesFragmentDoc,
    "\n\tquery ConsoleEventBookings($id: ID!, $filter: BookingFilter, $first: Int!, $after: String) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tbookings(filter: $filter, first: $first, after: $after) {\n\t\t\t\ttotalCount\n\t\t\t\tendCursor\n\t\t\t\thasNextPage\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\treference\n\t\t\t\t\tstatus\n\t\t\t\t\tpriceCents\n\t\t\t\t\tcreatedAt\n\t\t\t\t\tisGuest\n\t\t\t\t\tholder {\n\t\t\t\t\t\tfullName\n\t\t\t\t\t\temail\n\t\t\t\t\t}\n\t\t\t\t\tsponsor {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tfullName\n\t\t\t\t\t}\n\t\t\t\t\tticket {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\trequirements {\n\t\t\t\t\t\tstate\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\texports {\n\t\t\t\t...ConsoleBookingExport\n\t\t\t}\n\t\t}\n\t}\n": types.ConsoleEventBookingsDocument,
    "\n\tquery ConsoleMyEvents {\n\t\tevents(filter: { mine: true, includePast: true }, first: 100) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tstartsAt\n\t\t\t\tendsAt\n\t\t\t\tvisibility\n\t\t\t\tviewerPermission\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\thasNextPage\n\t\t}\n\t}\n": types.ConsoleMyEventsDocument,
    "\n\tquery ConsoleKnownSlugs {\n\t\tschools {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tassociations {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tclubs {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t}\n": types.ConsoleKnownSlugsDocument,
    "\n\tmutation ConsoleImportSchoolAccounts($csv: String!, $dryRun: Boolean!) {\n\t\timportSchoolAccounts(csv: $csv, dryRun: $dryRun) {\n\t\t\tapplied\n\t\t\tdryRun\n\t\t\tcreated\n\t\t\tupdated\n\t\t\tunchanged\n\t\t\terrors {\n\t\t\t\tline\n\t\t\t\tfield\n\t\t\t\tmessage\n\t\t\t\tcode\n\t\t\t}\n\t\t}\n\t}\n": types.ConsoleImportSchoolAccountsDocument,
    "\n\tquery ConsoleAllPaymentAccounts {\n\t\tallPaymentAccounts {\n\t\t\t...ConsolePaymentAccount\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": types.ConsoleAllPaymentAccountsDocument,
    "\n\tmutation ConsoleDeactivatePaymentAccount($id: ID!) {\n\t\tdeactivatePaymentAccount(id: $id) {\n\t\t\tid\n\t\t\tactive\n\t\t\tdeactivatedAt\n\t\t}\n\t}\n": types.ConsoleDeactivatePaymentAccountDocument,
    "\n\tquery ConsoleEventHeader($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tstartsAt\n\t\t\tendsAt\n\t\t\tvisibility\n\t\t\tviewerPermission\n\t\t\tcancelled\n\t\t\tcancelledAt\n\t\t\tcancellationReason\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": types.ConsoleEventHeaderDocument,
    "\n\tquery ConsoleEventAdmins($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tadmins {\n\t\t\t\tlevel\n\t\t\t\tuser {\n\t\t\t\t\tid\n\t\t\t\t\tfullName\n\t\t\t\t\temail\n\t\t\t\t}\n\t\t\t\tsources {\n\t\t\t\t\tsource\n\t\t\t\t\tlevel\n\t\t\t\t\tclub {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\tgrants {\n\t\t\t\tid\n\t\t\t\tlevel\n\t\t\t\tgranteeKind\n\t\t\t\tcreatedAt\n\t\t\t\tuser {\n\t\t\t\t\tid\n\t\t\t\t\tfullName\n\t\t\t\t\temail\n\t\t\t\t}\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tclubs {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": types.ConsoleEventAdminsDocument,
    "\n\tmutation ConsoleGrantPermission($eventId: ID!, $input: GrantPermissionInput!) {\n\t\tgrantPermission(eventId: $eventId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleGrantPermissionDocument,
    "\n\tmutation ConsoleRevokePermission($id: ID!) {\n\t\trevokePermission(id: $id)\n\t}\n": types.ConsoleRevokePermissionDocument,
    "\n\tquery ConsoleBooking($id: ID!) {\n\t\tbooking(id: $id) {\n\t\t\tid\n\t\t\treference\n\t\t\tstatus\n\t\t\tpriceCents\n\t\t\tcreatedAt\n\t\t\texpiresAt\n\t\t\treservedAt\n\t\t\tendedAt\n\t\t\toppositionReason\n\t\t\tforced\n\t\t\tisGuest\n\t\t\tevent {\n\t\t\t\tid\n\t\t\t}\n\t\t\tholder {\n\t\t\t\tfullName\n\t\t\t\temail\n\t\t\t\thasAccount\n\t\t\t}\n\t\t\tsponsor {\n\t\t\t\tid\n\t\t\t\tfullName\n\t\t\t\temail\n\t\t\t}\n\t\t\tgivenBy {\n\t\t\t\tid\n\t\t\t\tfullName\n\t\t\t}\n\t\t\tticket {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\toptions {\n\t\t\t\tname\n\t\t\t\tpriceCents\n\t\t\t\tgroup {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\trequirements {\n\t\t\t\t...SharedRequirement\n\t\t\t\tanswer {\n\t\t\t\t\tid\n\t\t\t\t\ttextValue\n\t\t\t\t\tnumberValue\n\t\t\t\t\tchoiceValue\n\t\t\t\t\tupdatedAt\n\t\t\t\t\tvalidatedAt\n\t\t\t\t\tvalidatedBy {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tfullName\n\t\t\t\t\t}\n\t\t\t\t\tupdatedBy {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tfullName\n\t\t\t\t\t}\n\t\t\t\t\tfile {\n\t\t\t\t\t\tname\n\t\t\t\t\t\tmimeType\n\t\t\t\t\t\tsize\n\t\t\t\t\t\turl\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\tpayments {\n\t\t\t\tid\n\t\t\t\tmethod\n\t\t\t\tprovider\n\t\t\t\tamountCents\n\t\t\t\tcurrency\n\t\t\t\treference\n\t\t\t\tconforming\n\t\t\t\tproblem\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tpaymentAttempts {\n\t\t\t\tid\n\t\t\t\tprovider\n\t\t\t\tref\n\t\t\t\tproviderRef\n\t\t\t\tamountCents\n\t\t\t\tcurrency\n\t\t\t\tstate\n\t\t\t\tcreatedAt\n\t\t\t\tupdatedAt\n\t\t\t\tcheckedAt\n\t\t\t}\n\t\t\tpaymentRecords {\n\t\t\t\tid\n\t\t\t\tprovider\n\t\t\t\tkind\n\t\t\t\treference\n\t\t\t\tamountCents\n\t\t\t\tcurrency\n\t\t\t\tstatus\n\t\t\t\tverification\n\t\t\t\toutcome\n\t\t\t\toutcomeDetail\n\t\t\t\tprocessedAt\n\t\t\t\tcreatedAt\n\t\t\t\traw\n\t\t\t}\n\t\t\tauditLog {\n\t\t\t\tat\n\t\t\t\taction\n\t\t\t\tactorName\n\t\t\t\treason\n\t\t\t\tdetails\n\t\t\t}\n\t\t}\n\t}\n": types.ConsoleBookingDocument,
    "\n\tmutation ConsoleValidateAnswer($id: ID!) {\n\t\tvalidateAnswer(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleValidateAnswerDocument,
    "\n\tmutation ConsoleCorrectAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput, $file: Upload) {\n\t\tanswerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input, file: $file) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleCorrectAnswerDocument,
    "\n\tmutation ConsoleMarkPaid($input: MarkPaidInput!) {\n\t\tmarkPaid(input: $input) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n": types.ConsoleMarkPaidDocument,
    "\n\tmutation ConsoleOpposeBooking($id: ID!, $reason: String!) {\n\t\topposeBooking(id: $id, reason: $reason) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n": types.ConsoleOpposeBookingDocument,
    "\n\tmutation ConsoleDeletePreReservation($id: ID!) {\n\t\tdeletePreReservation(id: $id) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n": types.ConsoleDeletePreReservationDocument,
    "\n\tquery ConsoleDoorList($id: ID!, $filter: BookingFilter, $first: Int!, $after: String) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tbookings(filter: $filter, first: $first, after: $after) {\n\t\t\t\ttotalCount\n\t\t\t\tendCursor\n\t\t\t\thasNextPage\n\t\t\t\tnodes {\n\t\t\t\t\t...ConsoleDoorBooking\n\t\t\t\t\tholder {\n\t\t\t\t\t\temail\n\t\t\t\t\t}\n\t\t\t\t\tcheckIn {\n\t\t\t\t\t\t...ConsoleDoorCheckInDetails\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.ConsoleDoorListDocument,
    "\n\tquery ConsoleEventForEdit($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tdescription\n\t\t\tlocation\n\t\t\tstartsAt\n\t\t\tendsAt\n\t\t\tvisibility\n\t\t\tcontactEmail\n\t\t\tsponsorshipLimit\n\t\t\tpaymentDeadlineHours\n\t\t\tshowPlacesLeft\n\t\t\tcoverUrl\n\t\t}\n\t}\n": types.ConsoleEventForEditDocument,
    "\n\tmutation ConsoleUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n\t\tupdateEvent(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleUpdateEventDocument,
    "\n\tmutation ConsoleSetEventCover($id: ID!, $file: Upload!) {\n\t\tsetEventCover(id: $id, file: $file) {\n\t\t\tid\n\t\t\tcoverUrl\n\t\t}\n\t}\n": types.ConsoleSetEventCoverDocument,
    "\n\tmutation ConsoleRemoveEventCover($id: ID!) {\n\t\tremoveEventCover(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleRemoveEventCoverDocument,
    "\n\tmutation ConsoleCancelEvent($id: ID!, $reason: String!) {\n\t\tcancelEvent(id: $id, reason: $reason) {\n\t\t\tid\n\t\t\tcancelled\n\t\t}\n\t}\n": types.ConsoleCancelEventDocument,
    "\n\tquery ConsoleGiveTicketChoices($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tpriceCents\n\t\t\t\tcapacity\n\t\t\t\tplacesTaken\n\t\t\t\tsoldOut\n\t\t\t\toptions {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tpriceCents\n\t\t\t\t}\n\t\t\t\toptionGroups {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\toptions {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t\tpriceCents\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.ConsoleGiveTicketChoicesDocument,
    "\n\tmutation ConsoleGiveTicket($input: GiveTicketInput!) {\n\t\tgiveTicket(input: $input) {\n\t\t\tid\n\t\t\treference\n\t\t\tstatus\n\t\t\tholder {\n\t\t\t\tfullName\n\t\t\t}\n\t\t}\n\t}\n": types.ConsoleGiveTicketDocument,
    "\n\tquery ConsoleEventPaymentAccounts($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tpaypalAccount {\n\t\t\t\t...ConsolePaymentAccount\n\t\t\t}\n\t\t\tlydiaAccount {\n\t\t\t\t...ConsolePaymentAccount\n\t\t\t}\n\t\t\tpaymentAccountChoices {\n\t\t\t\t...ConsolePaymentAccount\n\t\t\t}\n\t\t}\n\t}\n": types.ConsoleEventPaymentAccountsDocument,
    "\n\tmutation ConsoleSetEventPaymentAccounts($eventId: ID!, $paypalAccountId: ID, $lydiaAccountId: ID) {\n\t\tsetEventPaymentAccounts(eventId: $eventId, paypalAccountId: $paypalAccountId, lydiaAccountId: $lydiaAccountId) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleSetEventPaymentAccountsDocument,
    "\n\tmutation ConsoleCreatePaypalAccount($input: CreatePaypalAccountInput!) {\n\t\tcreatePaypalAccount(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleCreatePaypalAccountDocument,
    "\n\tmutation ConsoleCreateLydiaAccount($input: CreateLydiaAccountInput!) {\n\t\tcreateLydiaAccount(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleCreateLydiaAccountDocument,
    "\n\tmutation ConsoleLydiaBusinesses($eventId: ID!, $phone: String!, $password: String!) {\n\t\tlydiaBusinesses(eventId: $eventId, phone: $phone, password: $password) {\n\t\t\tname\n\t\t\tvendorToken\n\t\t}\n\t}\n": types.ConsoleLydiaBusinessesDocument,
    "\n\tquery ConsoleEventTickets($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tname\n\t\t\t\tpriceCents\n\t\t\t\tcapacity\n\t\t\t\tplacesTaken\n\t\t\t\tsoldOut\n\t\t\t\tsalesOpenAt\n\t\t\t\tsalesCloseAt\n\t\t\t\tposition\n\t\t\t\tlocked\n\t\t\t\ttemplateUrl\n\t\t\t}\n\t\t}\n\t\t...ConsoleRestrictionChoices\n\t}\n": types.ConsoleEventTicketsDocument,
    "\n\tmutation ConsoleCreateTicket($eventId: ID!, $input: CreateTicketInput!) {\n\t\tcreateTicket(eventId: $eventId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleCreateTicketDocument,
    "\n\tquery ConsoleTicketPage($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t\tpriceCents\n\t\t\t\tcapacity\n\t\t\t\tsalesOpenAt\n\t\t\t\tsalesCloseAt\n\t\t\t\tsponsorshipAllowed\n\t\t\t\tpendingGuestsPerSponsor\n\t\t\t\tposition\n\t\t\t\tlocked\n\t\t\t\ttemplateUrl\n\t\t\t\trestrictedToSchools {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t\trestrictedToClassYears\n\t\t\t\trestrictedToAssociations {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t\toptions {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tpriceCents\n\t\t\t\t\tposition\n\t\t\t\t}\n\t\t\t\toptionGroups {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tposition\n\t\t\t\t\toptions {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t\tdescription\n\t\t\t\t\t\tpriceCents\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t\textraInfos {\n\t\t\t\t\tid\n\t\t\t\t\tlabel\n\t\t\t\t\thelp\n\t\t\t\t\ttype\n\t\t\t\t\tblocks\n\t\t\t\t\tnumberMin\n\t\t\t\t\tnumberMax\n\t\t\t\t\tchoices\n\t\t\t\t\tfileTypes\n\t\t\t\t\tfileMaxBytes\n\t\t\t\t\tposition\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\t...ConsoleRestrictionChoices\n\t\tticketTemplateSpec {\n\t\t\t...ConsoleTicketTemplateSpec\n\t\t}\n\t}\n": types.ConsoleTicketPageDocument,
    "\n\tmutation ConsoleUpdateTicket($id: ID!, $input: UpdateTicketInput!) {\n\t\tupdateTicket(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleUpdateTicketDocument,
    "\n\tmutation ConsoleDeleteTicket($id: ID!) {\n\t\tdeleteTicket(id: $id)\n\t}\n": types.ConsoleDeleteTicketDocument,
    "\n\tmutation ConsoleCreateOption($ticketId: ID!, $input: OptionInput!) {\n\t\tcreateOption(ticketId: $ticketId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleCreateOptionDocument,
    "\n\tmutation ConsoleUpdateOption($id: ID!, $input: OptionInput!) {\n\t\tupdateOption(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleUpdateOptionDocument,
    "\n\tmutation ConsoleDeleteOption($id: ID!) {\n\t\tdeleteOption(id: $id)\n\t}\n": types.ConsoleDeleteOptionDocument,
    "\n\tmutation ConsoleCopyOption($id: ID!) {\n\t\tcopyOptionToAllTickets(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleCopyOptionDocument,
    "\n\tmutation ConsoleCreateOptionGroup($ticketId: ID!, $input: OptionGroupInput!) {\n\t\tcreateOptionGroup(ticketId: $ticketId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleCreateOptionGroupDocument,
    "\n\tmutation ConsoleUpdateOptionGroup($id: ID!, $input: OptionGroupInput!) {\n\t\tupdateOptionGroup(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleUpdateOptionGroupDocument,
    "\n\tmutation ConsoleDeleteOptionGroup($id: ID!) {\n\t\tdeleteOptionGroup(id: $id)\n\t}\n": types.ConsoleDeleteOptionGroupDocument,
    "\n\tmutation ConsoleCopyOptionGroup($id: ID!) {\n\t\tcopyOptionGroupToAllTickets(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleCopyOptionGroupDocument,
    "\n\tmutation ConsoleCreateExtraInfo($ticketId: ID!, $input: CreateExtraInfoInput!) {\n\t\tcreateExtraInfo(ticketId: $ticketId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleCreateExtraInfoDocument,
    "\n\tmutation ConsoleUpdateExtraInfo($id: ID!, $input: UpdateExtraInfoInput!) {\n\t\tupdateExtraInfo(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleUpdateExtraInfoDocument,
    "\n\tmutation ConsoleDeleteExtraInfo($id: ID!) {\n\t\tdeleteExtraInfo(id: $id)\n\t}\n": types.ConsoleDeleteExtraInfoDocument,
    "\n\tmutation ConsoleCopyExtraInfo($id: ID!) {\n\t\tcopyExtraInfoToAllTickets(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleCopyExtraInfoDocument,
    "\n\tfragment ConsoleTicketTemplateSpec on TicketTemplateSpec {\n\t\twidth\n\t\theight\n\t\tmimeTypes\n\t\tmaxBytes\n\t\texampleUrl\n\t\tinfoZone {\n\t\t\tleft\n\t\t\ttop\n\t\t\twidth\n\t\t\theight\n\t\t}\n\t\tqrZone {\n\t\t\tleft\n\t\t\ttop\n\t\t\twidth\n\t\t\theight\n\t\t}\n\t}\n": types.ConsoleTicketTemplateSpecFragmentDoc,
    "\n\tmutation ConsoleSetTicketTemplate($ticketId: ID!, $file: Upload!) {\n\t\tsetTicketTemplate(ticketId: $ticketId, file: $file) {\n\t\t\tid\n\t\t\ttemplateUrl\n\t\t}\n\t}\n": types.ConsoleSetTicketTemplateDocument,
    "\n\tmutation ConsoleRemoveTicketTemplate($ticketId: ID!) {\n\t\tremoveTicketTemplate(ticketId: $ticketId) {\n\t\t\tid\n\t\t\ttemplateUrl\n\t\t}\n\t}\n": types.ConsoleRemoveTicketTemplateDocument,
    "\n\tquery ConsoleAllClubs {\n\t\tclubs {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n": types.ConsoleAllClubsDocument,
    "\n\tmutation ConsoleCreateEvent($input: CreateEventInput!) {\n\t\tcreateEvent(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.ConsoleCreateEventDocument,
    "\n\tquery ConsoleViewer {\n\t\tviewer {\n\t\t\tid\n\t\t\temail\n\t\t\tfirstName\n\t\t\tfullName\n\t\t\tisPlatformAdmin\n\t\t\tclubMemberships {\n\t\t\t\tid\n\t\t\t\tisBoard\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tslug\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.ConsoleViewerDocument,
    "\n\tfragment SharedRequirement on BookingRequirement {\n\t\tstate\n\t\textraInfo {\n\t\t\tid\n\t\t\tlabel\n\t\t\thelp\n\t\t\ttype\n\t\t\tblocks\n\t\t\tposition\n\t\t\tchoices\n\t\t\tnumberMin\n\t\t\tnumberMax\n\t\t\tfileTypes\n\t\t\tfileMaxBytes\n\t\t}\n\t}\n": types.SharedRequirementFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ConsoleDoorBooking on Booking {\n\t\tid\n\t\treference\n\t\tholder {\n\t\t\tfullName\n\t\t}\n\t\tticket {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\toptions {\n\t\t\tname\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment ConsoleDoorBooking on Booking {\n\t\tid\n\t\treference\n\t\tholder {\n\t\t\tfullName\n\t\t}\n\t\tticket {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\toptions {\n\t\t\tname\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ConsoleDoorCheckInDetails on CheckIn {\n\t\tcheckedInAt\n\t\tmethod\n\t\tdevice\n\t\tcheckedInBy {\n\t\t\tid\n\t\t\tfirstName\n\t\t\tlastName\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment ConsoleDoorCheckInDetails on CheckIn {\n\t\tcheckedInAt\n\t\tmethod\n\t\tdevice\n\t\tcheckedInBy {\n\t\t\tid\n\t\t\tfirstName\n\t\t\tlastName\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ConsoleDoorResult on CheckInResult {\n\t\tstatus\n\t\tbooking {\n\t\t\t...ConsoleDoorBooking\n\t\t\toppositionReason\n\t\t}\n\t\tcheckIn {\n\t\t\t...ConsoleDoorCheckInDetails\n\t\t}\n\t\tblockedBy {\n\t\t\tid\n\t\t\tlabel\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment ConsoleDoorResult on CheckInResult {\n\t\tstatus\n\t\tbooking {\n\t\t\t...ConsoleDoorBooking\n\t\t\toppositionReason\n\t\t}\n\t\tcheckIn {\n\t\t\t...ConsoleDoorCheckInDetails\n\t\t}\n\t\tblockedBy {\n\t\t\tid\n\t\t\tlabel\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleDoorCheckIn($eventId: ID!, $code: String, $bookingId: ID, $device: String) {\n\t\tcheckIn(eventId: $eventId, code: $code, bookingId: $bookingId, device: $device) {\n\t\t\t...ConsoleDoorResult\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleDoorCheckIn($eventId: ID!, $code: String, $bookingId: ID, $device: String) {\n\t\tcheckIn(eventId: $eventId, code: $code, bookingId: $bookingId, device: $device) {\n\t\t\t...ConsoleDoorResult\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleDoorKit($eventId: ID!) {\n\t\tcheckInKit(eventId: $eventId) {\n\t\t\teventId\n\t\t\tgeneratedAt\n\t\t\tpublicKeys {\n\t\t\t\tid\n\t\t\t\tpublicKey\n\t\t\t}\n\t\t\tbookings {\n\t\t\t\tid\n\t\t\t\treference\n\t\t\t\tholderName\n\t\t\t\tticketName\n\t\t\t\toptions\n\t\t\t\tcheckedInAt\n\t\t\t\tblockedBy\n\t\t\t}\n\t\t\trevokedBookingIds\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleDoorKit($eventId: ID!) {\n\t\tcheckInKit(eventId: $eventId) {\n\t\t\teventId\n\t\t\tgeneratedAt\n\t\t\tpublicKeys {\n\t\t\t\tid\n\t\t\t\tpublicKey\n\t\t\t}\n\t\t\tbookings {\n\t\t\t\tid\n\t\t\t\treference\n\t\t\t\tholderName\n\t\t\t\tticketName\n\t\t\t\toptions\n\t\t\t\tcheckedInAt\n\t\t\t\tblockedBy\n\t\t\t}\n\t\t\trevokedBookingIds\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleDoorSync($eventId: ID!, $scans: [OfflineScanInput!]!) {\n\t\tsyncCheckIns(eventId: $eventId, scans: $scans) {\n\t\t\t...ConsoleDoorResult\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleDoorSync($eventId: ID!, $scans: [OfflineScanInput!]!) {\n\t\tsyncCheckIns(eventId: $eventId, scans: $scans) {\n\t\t\t...ConsoleDoorResult\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ConsoleBookingExport on BookingExport {\n\t\tid\n\t\tformat\n\t\tstatus\n\t\trowsDone\n\t\trowsTotal\n\t\tfileName\n\t\tfileSize\n\t\tdownloadUrl\n\t\terror\n\t\tfilter\n\t\tcreatedAt\n\t\tfinishedAt\n\t\texpiresAt\n\t\trequestedBy {\n\t\t\tid\n\t\t\tfullName\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment ConsoleBookingExport on BookingExport {\n\t\tid\n\t\tformat\n\t\tstatus\n\t\trowsDone\n\t\trowsTotal\n\t\tfileName\n\t\tfileSize\n\t\tdownloadUrl\n\t\terror\n\t\tfilter\n\t\tcreatedAt\n\t\tfinishedAt\n\t\texpiresAt\n\t\trequestedBy {\n\t\t\tid\n\t\t\tfullName\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleBookingExport($id: ID!) {\n\t\tbookingExport(id: $id) {\n\t\t\t...ConsoleBookingExport\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleBookingExport($id: ID!) {\n\t\tbookingExport(id: $id) {\n\t\t\t...ConsoleBookingExport\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleRequestExport($eventId: ID!, $format: ExportFormat!, $filter: BookingFilter) {\n\t\trequestExport(eventId: $eventId, format: $format, filter: $filter) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleRequestExport($eventId: ID!, $format: ExportFormat!, $filter: BookingFilter) {\n\t\trequestExport(eventId: $eventId, format: $format, filter: $filter) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ConsolePaymentAccount on PaymentAccount {\n\t\tid\n\t\tprovider\n\t\tdescription\n\t\tpaypalReceiverEmail\n\t\tlydiaVendorToken\n\t\tactive\n\t\tcreatedAt\n\t\tdeactivatedAt\n\t}\n"): (typeof documents)["\n\tfragment ConsolePaymentAccount on PaymentAccount {\n\t\tid\n\t\tprovider\n\t\tdescription\n\t\tpaypalReceiverEmail\n\t\tlydiaVendorToken\n\t\tactive\n\t\tcreatedAt\n\t\tdeactivatedAt\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ConsoleRestrictionChoices on Query {\n\t\tschools {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tassociations {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment ConsoleRestrictionChoices on Query {\n\t\tschools {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tassociations {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleEventBookings($id: ID!, $filter: BookingFilter, $first: Int!, $after: String) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tbookings(filter: $filter, first: $first, after: $after) {\n\t\t\t\ttotalCount\n\t\t\t\tendCursor\n\t\t\t\thasNextPage\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\treference\n\t\t\t\t\tstatus\n\t\t\t\t\tpriceCents\n\t\t\t\t\tcreatedAt\n\t\t\t\t\tisGuest\n\t\t\t\t\tholder {\n\t\t\t\t\t\tfullName\n\t\t\t\t\t\temail\n\t\t\t\t\t}\n\t\t\t\t\tsponsor {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tfullName\n\t\t\t\t\t}\n\t\t\t\t\tticket {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\trequirements {\n\t\t\t\t\t\tstate\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\texports {\n\t\t\t\t...ConsoleBookingExport\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleEventBookings($id: ID!, $filter: BookingFilter, $first: Int!, $after: String) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tbookings(filter: $filter, first: $first, after: $after) {\n\t\t\t\ttotalCount\n\t\t\t\tendCursor\n\t\t\t\thasNextPage\n\t\t\t\tnodes {\n\t\t\t\t\tid\n\t\t\t\t\treference\n\t\t\t\t\tstatus\n\t\t\t\t\tpriceCents\n\t\t\t\t\tcreatedAt\n\t\t\t\t\tisGuest\n\t\t\t\t\tholder {\n\t\t\t\t\t\tfullName\n\t\t\t\t\t\temail\n\t\t\t\t\t}\n\t\t\t\t\tsponsor {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tfullName\n\t\t\t\t\t}\n\t\t\t\t\tticket {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t\trequirements {\n\t\t\t\t\t\tstate\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\texports {\n\t\t\t\t...ConsoleBookingExport\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleMyEvents {\n\t\tevents(filter: { mine: true, includePast: true }, first: 100) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tstartsAt\n\t\t\t\tendsAt\n\t\t\t\tvisibility\n\t\t\t\tviewerPermission\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\thasNextPage\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleMyEvents {\n\t\tevents(filter: { mine: true, includePast: true }, first: 100) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tstartsAt\n\t\t\t\tendsAt\n\t\t\t\tvisibility\n\t\t\t\tviewerPermission\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\thasNextPage\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleKnownSlugs {\n\t\tschools {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tassociations {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tclubs {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleKnownSlugs {\n\t\tschools {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tassociations {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t\tclubs {\n\t\t\tid\n\t\t\tslug\n\t\t\tname\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleImportSchoolAccounts($csv: String!, $dryRun: Boolean!) {\n\t\timportSchoolAccounts(csv: $csv, dryRun: $dryRun) {\n\t\t\tapplied\n\t\t\tdryRun\n\t\t\tcreated\n\t\t\tupdated\n\t\t\tunchanged\n\t\t\terrors {\n\t\t\t\tline\n\t\t\t\tfield\n\t\t\t\tmessage\n\t\t\t\tcode\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleImportSchoolAccounts($csv: String!, $dryRun: Boolean!) {\n\t\timportSchoolAccounts(csv: $csv, dryRun: $dryRun) {\n\t\t\tapplied\n\t\t\tdryRun\n\t\t\tcreated\n\t\t\tupdated\n\t\t\tunchanged\n\t\t\terrors {\n\t\t\t\tline\n\t\t\t\tfield\n\t\t\t\tmessage\n\t\t\t\tcode\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleAllPaymentAccounts {\n\t\tallPaymentAccounts {\n\t\t\t...ConsolePaymentAccount\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleAllPaymentAccounts {\n\t\tallPaymentAccounts {\n\t\t\t...ConsolePaymentAccount\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleDeactivatePaymentAccount($id: ID!) {\n\t\tdeactivatePaymentAccount(id: $id) {\n\t\t\tid\n\t\t\tactive\n\t\t\tdeactivatedAt\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleDeactivatePaymentAccount($id: ID!) {\n\t\tdeactivatePaymentAccount(id: $id) {\n\t\t\tid\n\t\t\tactive\n\t\t\tdeactivatedAt\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleEventHeader($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tstartsAt\n\t\t\tendsAt\n\t\t\tvisibility\n\t\t\tviewerPermission\n\t\t\tcancelled\n\t\t\tcancelledAt\n\t\t\tcancellationReason\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleEventHeader($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tstartsAt\n\t\t\tendsAt\n\t\t\tvisibility\n\t\t\tviewerPermission\n\t\t\tcancelled\n\t\t\tcancelledAt\n\t\t\tcancellationReason\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleEventAdmins($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tadmins {\n\t\t\t\tlevel\n\t\t\t\tuser {\n\t\t\t\t\tid\n\t\t\t\t\tfullName\n\t\t\t\t\temail\n\t\t\t\t}\n\t\t\t\tsources {\n\t\t\t\t\tsource\n\t\t\t\t\tlevel\n\t\t\t\t\tclub {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\tgrants {\n\t\t\t\tid\n\t\t\t\tlevel\n\t\t\t\tgranteeKind\n\t\t\t\tcreatedAt\n\t\t\t\tuser {\n\t\t\t\t\tid\n\t\t\t\t\tfullName\n\t\t\t\t\temail\n\t\t\t\t}\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tclubs {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleEventAdmins($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tadmins {\n\t\t\t\tlevel\n\t\t\t\tuser {\n\t\t\t\t\tid\n\t\t\t\t\tfullName\n\t\t\t\t\temail\n\t\t\t\t}\n\t\t\t\tsources {\n\t\t\t\t\tsource\n\t\t\t\t\tlevel\n\t\t\t\t\tclub {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\tgrants {\n\t\t\t\tid\n\t\t\t\tlevel\n\t\t\t\tgranteeKind\n\t\t\t\tcreatedAt\n\t\t\t\tuser {\n\t\t\t\t\tid\n\t\t\t\t\tfullName\n\t\t\t\t\temail\n\t\t\t\t}\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tclubs {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleGrantPermission($eventId: ID!, $input: GrantPermissionInput!) {\n\t\tgrantPermission(eventId: $eventId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleGrantPermission($eventId: ID!, $input: GrantPermissionInput!) {\n\t\tgrantPermission(eventId: $eventId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleRevokePermission($id: ID!) {\n\t\trevokePermission(id: $id)\n\t}\n"): (typeof documents)["\n\tmutation ConsoleRevokePermission($id: ID!) {\n\t\trevokePermission(id: $id)\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleBooking($id: ID!) {\n\t\tbooking(id: $id) {\n\t\t\tid\n\t\t\treference\n\t\t\tstatus\n\t\t\tpriceCents\n\t\t\tcreatedAt\n\t\t\texpiresAt\n\t\t\treservedAt\n\t\t\tendedAt\n\t\t\toppositionReason\n\t\t\tforced\n\t\t\tisGuest\n\t\t\tevent {\n\t\t\t\tid\n\t\t\t}\n\t\t\tholder {\n\t\t\t\tfullName\n\t\t\t\temail\n\t\t\t\thasAccount\n\t\t\t}\n\t\t\tsponsor {\n\t\t\t\tid\n\t\t\t\tfullName\n\t\t\t\temail\n\t\t\t}\n\t\t\tgivenBy {\n\t\t\t\tid\n\t\t\t\tfullName\n\t\t\t}\n\t\t\tticket {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\toptions {\n\t\t\t\tname\n\t\t\t\tpriceCents\n\t\t\t\tgroup {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\trequirements {\n\t\t\t\t...SharedRequirement\n\t\t\t\tanswer {\n\t\t\t\t\tid\n\t\t\t\t\ttextValue\n\t\t\t\t\tnumberValue\n\t\t\t\t\tchoiceValue\n\t\t\t\t\tupdatedAt\n\t\t\t\t\tvalidatedAt\n\t\t\t\t\tvalidatedBy {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tfullName\n\t\t\t\t\t}\n\t\t\t\t\tupdatedBy {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tfullName\n\t\t\t\t\t}\n\t\t\t\t\tfile {\n\t\t\t\t\t\tname\n\t\t\t\t\t\tmimeType\n\t\t\t\t\t\tsize\n\t\t\t\t\t\turl\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\tpayments {\n\t\t\t\tid\n\t\t\t\tmethod\n\t\t\t\tprovider\n\t\t\t\tamountCents\n\t\t\t\tcurrency\n\t\t\t\treference\n\t\t\t\tconforming\n\t\t\t\tproblem\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tpaymentAttempts {\n\t\t\t\tid\n\t\t\t\tprovider\n\t\t\t\tref\n\t\t\t\tproviderRef\n\t\t\t\tamountCents\n\t\t\t\tcurrency\n\t\t\t\tstate\n\t\t\t\tcreatedAt\n\t\t\t\tupdatedAt\n\t\t\t\tcheckedAt\n\t\t\t}\n\t\t\tpaymentRecords {\n\t\t\t\tid\n\t\t\t\tprovider\n\t\t\t\tkind\n\t\t\t\treference\n\t\t\t\tamountCents\n\t\t\t\tcurrency\n\t\t\t\tstatus\n\t\t\t\tverification\n\t\t\t\toutcome\n\t\t\t\toutcomeDetail\n\t\t\t\tprocessedAt\n\t\t\t\tcreatedAt\n\t\t\t\traw\n\t\t\t}\n\t\t\tauditLog {\n\t\t\t\tat\n\t\t\t\taction\n\t\t\t\tactorName\n\t\t\t\treason\n\t\t\t\tdetails\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleBooking($id: ID!) {\n\t\tbooking(id: $id) {\n\t\t\tid\n\t\t\treference\n\t\t\tstatus\n\t\t\tpriceCents\n\t\t\tcreatedAt\n\t\t\texpiresAt\n\t\t\treservedAt\n\t\t\tendedAt\n\t\t\toppositionReason\n\t\t\tforced\n\t\t\tisGuest\n\t\t\tevent {\n\t\t\t\tid\n\t\t\t}\n\t\t\tholder {\n\t\t\t\tfullName\n\t\t\t\temail\n\t\t\t\thasAccount\n\t\t\t}\n\t\t\tsponsor {\n\t\t\t\tid\n\t\t\t\tfullName\n\t\t\t\temail\n\t\t\t}\n\t\t\tgivenBy {\n\t\t\t\tid\n\t\t\t\tfullName\n\t\t\t}\n\t\t\tticket {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\toptions {\n\t\t\t\tname\n\t\t\t\tpriceCents\n\t\t\t\tgroup {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\trequirements {\n\t\t\t\t...SharedRequirement\n\t\t\t\tanswer {\n\t\t\t\t\tid\n\t\t\t\t\ttextValue\n\t\t\t\t\tnumberValue\n\t\t\t\t\tchoiceValue\n\t\t\t\t\tupdatedAt\n\t\t\t\t\tvalidatedAt\n\t\t\t\t\tvalidatedBy {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tfullName\n\t\t\t\t\t}\n\t\t\t\t\tupdatedBy {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tfullName\n\t\t\t\t\t}\n\t\t\t\t\tfile {\n\t\t\t\t\t\tname\n\t\t\t\t\t\tmimeType\n\t\t\t\t\t\tsize\n\t\t\t\t\t\turl\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t\tpayments {\n\t\t\t\tid\n\t\t\t\tmethod\n\t\t\t\tprovider\n\t\t\t\tamountCents\n\t\t\t\tcurrency\n\t\t\t\treference\n\t\t\t\tconforming\n\t\t\t\tproblem\n\t\t\t\tcreatedAt\n\t\t\t}\n\t\t\tpaymentAttempts {\n\t\t\t\tid\n\t\t\t\tprovider\n\t\t\t\tref\n\t\t\t\tproviderRef\n\t\t\t\tamountCents\n\t\t\t\tcurrency\n\t\t\t\tstate\n\t\t\t\tcreatedAt\n\t\t\t\tupdatedAt\n\t\t\t\tcheckedAt\n\t\t\t}\n\t\t\tpaymentRecords {\n\t\t\t\tid\n\t\t\t\tprovider\n\t\t\t\tkind\n\t\t\t\treference\n\t\t\t\tamountCents\n\t\t\t\tcurrency\n\t\t\t\tstatus\n\t\t\t\tverification\n\t\t\t\toutcome\n\t\t\t\toutcomeDetail\n\t\t\t\tprocessedAt\n\t\t\t\tcreatedAt\n\t\t\t\traw\n\t\t\t}\n\t\t\tauditLog {\n\t\t\t\tat\n\t\t\t\taction\n\t\t\t\tactorName\n\t\t\t\treason\n\t\t\t\tdetails\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleValidateAnswer($id: ID!) {\n\t\tvalidateAnswer(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleValidateAnswer($id: ID!) {\n\t\tvalidateAnswer(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleCorrectAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput, $file: Upload) {\n\t\tanswerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input, file: $file) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleCorrectAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput, $file: Upload) {\n\t\tanswerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input, file: $file) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleMarkPaid($input: MarkPaidInput!) {\n\t\tmarkPaid(input: $input) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleMarkPaid($input: MarkPaidInput!) {\n\t\tmarkPaid(input: $input) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleOpposeBooking($id: ID!, $reason: String!) {\n\t\topposeBooking(id: $id, reason: $reason) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleOpposeBooking($id: ID!, $reason: String!) {\n\t\topposeBooking(id: $id, reason: $reason) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleDeletePreReservation($id: ID!) {\n\t\tdeletePreReservation(id: $id) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleDeletePreReservation($id: ID!) {\n\t\tdeletePreReservation(id: $id) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleDoorList($id: ID!, $filter: BookingFilter, $first: Int!, $after: String) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tbookings(filter: $filter, first: $first, after: $after) {\n\t\t\t\ttotalCount\n\t\t\t\tendCursor\n\t\t\t\thasNextPage\n\t\t\t\tnodes {\n\t\t\t\t\t...ConsoleDoorBooking\n\t\t\t\t\tholder {\n\t\t\t\t\t\temail\n\t\t\t\t\t}\n\t\t\t\t\tcheckIn {\n\t\t\t\t\t\t...ConsoleDoorCheckInDetails\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleDoorList($id: ID!, $filter: BookingFilter, $first: Int!, $after: String) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tbookings(filter: $filter, first: $first, after: $after) {\n\t\t\t\ttotalCount\n\t\t\t\tendCursor\n\t\t\t\thasNextPage\n\t\t\t\tnodes {\n\t\t\t\t\t...ConsoleDoorBooking\n\t\t\t\t\tholder {\n\t\t\t\t\t\temail\n\t\t\t\t\t}\n\t\t\t\t\tcheckIn {\n\t\t\t\t\t\t...ConsoleDoorCheckInDetails\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleEventForEdit($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tdescription\n\t\t\tlocation\n\t\t\tstartsAt\n\t\t\tendsAt\n\t\t\tvisibility\n\t\t\tcontactEmail\n\t\t\tsponsorshipLimit\n\t\t\tpaymentDeadlineHours\n\t\t\tshowPlacesLeft\n\t\t\tcoverUrl\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleEventForEdit($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tdescription\n\t\t\tlocation\n\t\t\tstartsAt\n\t\t\tendsAt\n\t\t\tvisibility\n\t\t\tcontactEmail\n\t\t\tsponsorshipLimit\n\t\t\tpaymentDeadlineHours\n\t\t\tshowPlacesLeft\n\t\t\tcoverUrl\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n\t\tupdateEvent(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleUpdateEvent($id: ID!, $input: UpdateEventInput!) {\n\t\tupdateEvent(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleSetEventCover($id: ID!, $file: Upload!) {\n\t\tsetEventCover(id: $id, file: $file) {\n\t\t\tid\n\t\t\tcoverUrl\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleSetEventCover($id: ID!, $file: Upload!) {\n\t\tsetEventCover(id: $id, file: $file) {\n\t\t\tid\n\t\t\tcoverUrl\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleRemoveEventCover($id: ID!) {\n\t\tremoveEventCover(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleRemoveEventCover($id: ID!) {\n\t\tremoveEventCover(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleCancelEvent($id: ID!, $reason: String!) {\n\t\tcancelEvent(id: $id, reason: $reason) {\n\t\t\tid\n\t\t\tcancelled\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleCancelEvent($id: ID!, $reason: String!) {\n\t\tcancelEvent(id: $id, reason: $reason) {\n\t\t\tid\n\t\t\tcancelled\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleGiveTicketChoices($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tpriceCents\n\t\t\t\tcapacity\n\t\t\t\tplacesTaken\n\t\t\t\tsoldOut\n\t\t\t\toptions {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tpriceCents\n\t\t\t\t}\n\t\t\t\toptionGroups {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\toptions {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t\tpriceCents\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleGiveTicketChoices($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tpriceCents\n\t\t\t\tcapacity\n\t\t\t\tplacesTaken\n\t\t\t\tsoldOut\n\t\t\t\toptions {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tpriceCents\n\t\t\t\t}\n\t\t\t\toptionGroups {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\toptions {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t\tpriceCents\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleGiveTicket($input: GiveTicketInput!) {\n\t\tgiveTicket(input: $input) {\n\t\t\tid\n\t\t\treference\n\t\t\tstatus\n\t\t\tholder {\n\t\t\t\tfullName\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleGiveTicket($input: GiveTicketInput!) {\n\t\tgiveTicket(input: $input) {\n\t\t\tid\n\t\t\treference\n\t\t\tstatus\n\t\t\tholder {\n\t\t\t\tfullName\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleEventPaymentAccounts($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tpaypalAccount {\n\t\t\t\t...ConsolePaymentAccount\n\t\t\t}\n\t\t\tlydiaAccount {\n\t\t\t\t...ConsolePaymentAccount\n\t\t\t}\n\t\t\tpaymentAccountChoices {\n\t\t\t\t...ConsolePaymentAccount\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleEventPaymentAccounts($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tpaypalAccount {\n\t\t\t\t...ConsolePaymentAccount\n\t\t\t}\n\t\t\tlydiaAccount {\n\t\t\t\t...ConsolePaymentAccount\n\t\t\t}\n\t\t\tpaymentAccountChoices {\n\t\t\t\t...ConsolePaymentAccount\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleSetEventPaymentAccounts($eventId: ID!, $paypalAccountId: ID, $lydiaAccountId: ID) {\n\t\tsetEventPaymentAccounts(eventId: $eventId, paypalAccountId: $paypalAccountId, lydiaAccountId: $lydiaAccountId) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleSetEventPaymentAccounts($eventId: ID!, $paypalAccountId: ID, $lydiaAccountId: ID) {\n\t\tsetEventPaymentAccounts(eventId: $eventId, paypalAccountId: $paypalAccountId, lydiaAccountId: $lydiaAccountId) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleCreatePaypalAccount($input: CreatePaypalAccountInput!) {\n\t\tcreatePaypalAccount(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleCreatePaypalAccount($input: CreatePaypalAccountInput!) {\n\t\tcreatePaypalAccount(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleCreateLydiaAccount($input: CreateLydiaAccountInput!) {\n\t\tcreateLydiaAccount(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleCreateLydiaAccount($input: CreateLydiaAccountInput!) {\n\t\tcreateLydiaAccount(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleLydiaBusinesses($eventId: ID!, $phone: String!, $password: String!) {\n\t\tlydiaBusinesses(eventId: $eventId, phone: $phone, password: $password) {\n\t\t\tname\n\t\t\tvendorToken\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleLydiaBusinesses($eventId: ID!, $phone: String!, $password: String!) {\n\t\tlydiaBusinesses(eventId: $eventId, phone: $phone, password: $password) {\n\t\t\tname\n\t\t\tvendorToken\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleEventTickets($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tname\n\t\t\t\tpriceCents\n\t\t\t\tcapacity\n\t\t\t\tplacesTaken\n\t\t\t\tsoldOut\n\t\t\t\tsalesOpenAt\n\t\t\t\tsalesCloseAt\n\t\t\t\tposition\n\t\t\t\tlocked\n\t\t\t\ttemplateUrl\n\t\t\t}\n\t\t}\n\t\t...ConsoleRestrictionChoices\n\t}\n"): (typeof documents)["\n\tquery ConsoleEventTickets($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tname\n\t\t\t\tpriceCents\n\t\t\t\tcapacity\n\t\t\t\tplacesTaken\n\t\t\t\tsoldOut\n\t\t\t\tsalesOpenAt\n\t\t\t\tsalesCloseAt\n\t\t\t\tposition\n\t\t\t\tlocked\n\t\t\t\ttemplateUrl\n\t\t\t}\n\t\t}\n\t\t...ConsoleRestrictionChoices\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleCreateTicket($eventId: ID!, $input: CreateTicketInput!) {\n\t\tcreateTicket(eventId: $eventId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleCreateTicket($eventId: ID!, $input: CreateTicketInput!) {\n\t\tcreateTicket(eventId: $eventId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleTicketPage($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t\tpriceCents\n\t\t\t\tcapacity\n\t\t\t\tsalesOpenAt\n\t\t\t\tsalesCloseAt\n\t\t\t\tsponsorshipAllowed\n\t\t\t\tpendingGuestsPerSponsor\n\t\t\t\tposition\n\t\t\t\tlocked\n\t\t\t\ttemplateUrl\n\t\t\t\trestrictedToSchools {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t\trestrictedToClassYears\n\t\t\t\trestrictedToAssociations {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t\toptions {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tpriceCents\n\t\t\t\t\tposition\n\t\t\t\t}\n\t\t\t\toptionGroups {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tposition\n\t\t\t\t\toptions {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t\tdescription\n\t\t\t\t\t\tpriceCents\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t\textraInfos {\n\t\t\t\t\tid\n\t\t\t\t\tlabel\n\t\t\t\t\thelp\n\t\t\t\t\ttype\n\t\t\t\t\tblocks\n\t\t\t\t\tnumberMin\n\t\t\t\t\tnumberMax\n\t\t\t\t\tchoices\n\t\t\t\t\tfileTypes\n\t\t\t\t\tfileMaxBytes\n\t\t\t\t\tposition\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\t...ConsoleRestrictionChoices\n\t\tticketTemplateSpec {\n\t\t\t...ConsoleTicketTemplateSpec\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleTicketPage($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t\tpriceCents\n\t\t\t\tcapacity\n\t\t\t\tsalesOpenAt\n\t\t\t\tsalesCloseAt\n\t\t\t\tsponsorshipAllowed\n\t\t\t\tpendingGuestsPerSponsor\n\t\t\t\tposition\n\t\t\t\tlocked\n\t\t\t\ttemplateUrl\n\t\t\t\trestrictedToSchools {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t\trestrictedToClassYears\n\t\t\t\trestrictedToAssociations {\n\t\t\t\t\tid\n\t\t\t\t}\n\t\t\t\toptions {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tpriceCents\n\t\t\t\t\tposition\n\t\t\t\t}\n\t\t\t\toptionGroups {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tposition\n\t\t\t\t\toptions {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t\tdescription\n\t\t\t\t\t\tpriceCents\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t\textraInfos {\n\t\t\t\t\tid\n\t\t\t\t\tlabel\n\t\t\t\t\thelp\n\t\t\t\t\ttype\n\t\t\t\t\tblocks\n\t\t\t\t\tnumberMin\n\t\t\t\t\tnumberMax\n\t\t\t\t\tchoices\n\t\t\t\t\tfileTypes\n\t\t\t\t\tfileMaxBytes\n\t\t\t\t\tposition\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\t...ConsoleRestrictionChoices\n\t\tticketTemplateSpec {\n\t\t\t...ConsoleTicketTemplateSpec\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleUpdateTicket($id: ID!, $input: UpdateTicketInput!) {\n\t\tupdateTicket(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleUpdateTicket($id: ID!, $input: UpdateTicketInput!) {\n\t\tupdateTicket(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleDeleteTicket($id: ID!) {\n\t\tdeleteTicket(id: $id)\n\t}\n"): (typeof documents)["\n\tmutation ConsoleDeleteTicket($id: ID!) {\n\t\tdeleteTicket(id: $id)\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleCreateOption($ticketId: ID!, $input: OptionInput!) {\n\t\tcreateOption(ticketId: $ticketId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleCreateOption($ticketId: ID!, $input: OptionInput!) {\n\t\tcreateOption(ticketId: $ticketId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleUpdateOption($id: ID!, $input: OptionInput!) {\n\t\tupdateOption(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleUpdateOption($id: ID!, $input: OptionInput!) {\n\t\tupdateOption(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleDeleteOption($id: ID!) {\n\t\tdeleteOption(id: $id)\n\t}\n"): (typeof documents)["\n\tmutation ConsoleDeleteOption($id: ID!) {\n\t\tdeleteOption(id: $id)\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleCopyOption($id: ID!) {\n\t\tcopyOptionToAllTickets(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleCopyOption($id: ID!) {\n\t\tcopyOptionToAllTickets(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleCreateOptionGroup($ticketId: ID!, $input: OptionGroupInput!) {\n\t\tcreateOptionGroup(ticketId: $ticketId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleCreateOptionGroup($ticketId: ID!, $input: OptionGroupInput!) {\n\t\tcreateOptionGroup(ticketId: $ticketId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleUpdateOptionGroup($id: ID!, $input: OptionGroupInput!) {\n\t\tupdateOptionGroup(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleUpdateOptionGroup($id: ID!, $input: OptionGroupInput!) {\n\t\tupdateOptionGroup(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleDeleteOptionGroup($id: ID!) {\n\t\tdeleteOptionGroup(id: $id)\n\t}\n"): (typeof documents)["\n\tmutation ConsoleDeleteOptionGroup($id: ID!) {\n\t\tdeleteOptionGroup(id: $id)\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleCopyOptionGroup($id: ID!) {\n\t\tcopyOptionGroupToAllTickets(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleCopyOptionGroup($id: ID!) {\n\t\tcopyOptionGroupToAllTickets(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleCreateExtraInfo($ticketId: ID!, $input: CreateExtraInfoInput!) {\n\t\tcreateExtraInfo(ticketId: $ticketId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleCreateExtraInfo($ticketId: ID!, $input: CreateExtraInfoInput!) {\n\t\tcreateExtraInfo(ticketId: $ticketId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleUpdateExtraInfo($id: ID!, $input: UpdateExtraInfoInput!) {\n\t\tupdateExtraInfo(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleUpdateExtraInfo($id: ID!, $input: UpdateExtraInfoInput!) {\n\t\tupdateExtraInfo(id: $id, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleDeleteExtraInfo($id: ID!) {\n\t\tdeleteExtraInfo(id: $id)\n\t}\n"): (typeof documents)["\n\tmutation ConsoleDeleteExtraInfo($id: ID!) {\n\t\tdeleteExtraInfo(id: $id)\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleCopyExtraInfo($id: ID!) {\n\t\tcopyExtraInfoToAllTickets(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleCopyExtraInfo($id: ID!) {\n\t\tcopyExtraInfoToAllTickets(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment ConsoleTicketTemplateSpec on TicketTemplateSpec {\n\t\twidth\n\t\theight\n\t\tmimeTypes\n\t\tmaxBytes\n\t\texampleUrl\n\t\tinfoZone {\n\t\t\tleft\n\t\t\ttop\n\t\t\twidth\n\t\t\theight\n\t\t}\n\t\tqrZone {\n\t\t\tleft\n\t\t\ttop\n\t\t\twidth\n\t\t\theight\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment ConsoleTicketTemplateSpec on TicketTemplateSpec {\n\t\twidth\n\t\theight\n\t\tmimeTypes\n\t\tmaxBytes\n\t\texampleUrl\n\t\tinfoZone {\n\t\t\tleft\n\t\t\ttop\n\t\t\twidth\n\t\t\theight\n\t\t}\n\t\tqrZone {\n\t\t\tleft\n\t\t\ttop\n\t\t\twidth\n\t\t\theight\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleSetTicketTemplate($ticketId: ID!, $file: Upload!) {\n\t\tsetTicketTemplate(ticketId: $ticketId, file: $file) {\n\t\t\tid\n\t\t\ttemplateUrl\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleSetTicketTemplate($ticketId: ID!, $file: Upload!) {\n\t\tsetTicketTemplate(ticketId: $ticketId, file: $file) {\n\t\t\tid\n\t\t\ttemplateUrl\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleRemoveTicketTemplate($ticketId: ID!) {\n\t\tremoveTicketTemplate(ticketId: $ticketId) {\n\t\t\tid\n\t\t\ttemplateUrl\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleRemoveTicketTemplate($ticketId: ID!) {\n\t\tremoveTicketTemplate(ticketId: $ticketId) {\n\t\t\tid\n\t\t\ttemplateUrl\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleAllClubs {\n\t\tclubs {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleAllClubs {\n\t\tclubs {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation ConsoleCreateEvent($input: CreateEventInput!) {\n\t\tcreateEvent(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation ConsoleCreateEvent($input: CreateEventInput!) {\n\t\tcreateEvent(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery ConsoleViewer {\n\t\tviewer {\n\t\t\tid\n\t\t\temail\n\t\t\tfirstName\n\t\t\tfullName\n\t\t\tisPlatformAdmin\n\t\t\tclubMemberships {\n\t\t\t\tid\n\t\t\t\tisBoard\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tslug\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery ConsoleViewer {\n\t\tviewer {\n\t\t\tid\n\t\t\temail\n\t\t\tfirstName\n\t\t\tfullName\n\t\t\tisPlatformAdmin\n\t\t\tclubMemberships {\n\t\t\t\tid\n\t\t\t\tisBoard\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tslug\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment SharedRequirement on BookingRequirement {\n\t\tstate\n\t\textraInfo {\n\t\t\tid\n\t\t\tlabel\n\t\t\thelp\n\t\t\ttype\n\t\t\tblocks\n\t\t\tposition\n\t\t\tchoices\n\t\t\tnumberMin\n\t\t\tnumberMax\n\t\t\tfileTypes\n\t\t\tfileMaxBytes\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment SharedRequirement on BookingRequirement {\n\t\tstate\n\t\textraInfo {\n\t\t\tid\n\t\t\tlabel\n\t\t\thelp\n\t\t\ttype\n\t\t\tblocks\n\t\t\tposition\n\t\t\tchoices\n\t\t\tnumberMin\n\t\t\tnumberMax\n\t\t\tfileTypes\n\t\t\tfileMaxBytes\n\t\t}\n\t}\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;