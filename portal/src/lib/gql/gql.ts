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
    "\n\tfragment PortalBookingCard on Booking {\n\t\tid\n\t\treference\n\t\tstatus\n\t\tpriceCents\n\t\tisGuest\n\t\tviewerIsHolder\n\t\tawaitsAcceptance\n\t\texpiresAt\n\t\toppositionReason\n\t\tevent {\n\t\t\tid\n\t\t\tname\n\t\t\tstartsAt\n\t\t\tcancelled\n\t\t}\n\t\tticket {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tholder {\n\t\t\tfullName\n\t\t\temail\n\t\t}\n\t\tsponsor {\n\t\t\tid\n\t\t\tfullName\n\t\t}\n\t\toptions {\n\t\t\tname\n\t\t\tpriceCents\n\t\t}\n\t\trequirements {\n\t\t\tstate\n\t\t\textraInfo {\n\t\t\t\tid\n\t\t\t\tlabel\n\t\t\t\tposition\n\t\t\t}\n\t\t}\n\t\tticketFiles {\n\t\t\tpng\n\t\t\tpdf\n\t\t}\n\t\tcheckIn {\n\t\t\tcheckedInAt\n\t\t}\n\t}\n": typeof types.PortalBookingCardFragmentDoc,
    "\n\tmutation PortalDeletePreReservation($id: ID!) {\n\t\tdeletePreReservation(id: $id) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n": typeof types.PortalDeletePreReservationDocument,
    "\n\tmutation PortalAcceptGuestBooking($id: ID!) {\n\t\tacceptGuestBooking(id: $id) {\n\t\t\tid\n\t\t\tawaitsAcceptance\n\t\t}\n\t}\n": typeof types.PortalAcceptGuestBookingDocument,
    "\n\tmutation PortalDeclineGuestBooking($id: ID!) {\n\t\tdeclineGuestBooking(id: $id) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n": typeof types.PortalDeclineGuestBookingDocument,
    "\n\tquery PortalViewer {\n\t\tviewer {\n\t\t\tid\n\t\t\tfirstName\n\t\t\tfullName\n\t\t}\n\t}\n": typeof types.PortalViewerDocument,
    "\n\tquery PortalUpcomingEvents($search: String) {\n\t\tevents(filter: { includePast: false, search: $search }, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tstartsAt\n\t\t\t\tendsAt\n\t\t\t\tlocation\n\t\t\t\tcoverUrl\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\thasNextPage\n\t\t}\n\t}\n": typeof types.PortalUpcomingEventsDocument,
    "\n\tquery PortalAccount {\n\t\tviewer {\n\t\t\tid\n\t\t\temail\n\t\t\tfirstName\n\t\t\tlastName\n\t\t\tfullName\n\t\t\tkind\n\t\t\tclassYear\n\t\t\tschool {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tassociationMemberships {\n\t\t\t\tid\n\t\t\t\tendsOn\n\t\t\t\tisValid\n\t\t\t\tassociation {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\tclubMemberships {\n\t\t\t\tid\n\t\t\t\tisBoard\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tapiTokens {\n\t\t\tid\n\t\t\tname\n\t\t\tprefix\n\t\t\tcreatedAt\n\t\t\tlastUsedAt\n\t\t\trevokedAt\n\t\t}\n\t}\n": typeof types.PortalAccountDocument,
    "\n\tmutation PortalUpdateProfile($input: UpdateProfileInput!) {\n\t\tupdateProfile(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.PortalUpdateProfileDocument,
    "\n\tmutation PortalChangePassword($input: ChangePasswordInput!) {\n\t\tchangePassword(input: $input)\n\t}\n": typeof types.PortalChangePasswordDocument,
    "\n\tmutation PortalCreateApiToken($name: String!) {\n\t\tcreateApiToken(name: $name) {\n\t\t\ttoken\n\t\t\tapiToken {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": typeof types.PortalCreateApiTokenDocument,
    "\n\tmutation PortalRevokeApiToken($id: ID!) {\n\t\trevokeApiToken(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.PortalRevokeApiTokenDocument,
    "\n\tquery PortalMyBookings {\n\t\tmyBookings(includeDeleted: true) {\n\t\t\t...PortalBookingCard\n\t\t}\n\t}\n": typeof types.PortalMyBookingsDocument,
    "\n\tquery PortalBooking($id: ID!) {\n\t\tbooking(id: $id) {\n\t\t\t...PortalBookingCard\n\t\t\tlive\n\t\t\tpaymentOffer {\n\t\t\t\tproviders\n\t\t\t\treason\n\t\t\t}\n\t\t\tpaymentAttempts {\n\t\t\t\tid\n\t\t\t\tprovider\n\t\t\t\tstate\n\t\t\t}\n\t\t\trequirements {\n\t\t\t\t...SharedRequirement\n\t\t\t\tanswer {\n\t\t\t\t\tid\n\t\t\t\t\ttextValue\n\t\t\t\t\tnumberValue\n\t\t\t\t\tchoiceValue\n\t\t\t\t\tfile {\n\t\t\t\t\t\tname\n\t\t\t\t\t\turl\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.PortalBookingDocument,
    "\n\tmutation PortalAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput) {\n\t\tanswerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.PortalAnswerDocument,
    "\n\tmutation PortalAnswerFile($bookingId: ID!, $extraInfoId: ID!, $file: Upload) {\n\t\tanswerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, file: $file) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.PortalAnswerFileDocument,
    "\n\tquery PortalLydiaWait($bookingId: ID!, $attemptId: ID!) {\n\t\tbooking(id: $bookingId) {\n\t\t\tid\n\t\t\treference\n\t\t\tstatus\n\t\t\tevent {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tpaymentAttempts {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t\tpaymentAttempt(id: $attemptId) {\n\t\t\tid\n\t\t\tprovider\n\t\t\tstate\n\t\t\tamountCents\n\t\t\tcurrency\n\t\t\tmobileUrl\n\t\t}\n\t}\n": typeof types.PortalLydiaWaitDocument,
    "\n\tmutation PortalCheckLydiaPayment($attemptId: ID!) {\n\t\tcheckLydiaPayment(attemptId: $attemptId) {\n\t\t\tid\n\t\t\tstate\n\t\t}\n\t}\n": typeof types.PortalCheckLydiaPaymentDocument,
    "\n\tmutation PortalStartPaypalCheckout($bookingId: ID!) {\n\t\tstartPaypalCheckout(bookingId: $bookingId) {\n\t\t\turl\n\t\t\tfields {\n\t\t\t\tname\n\t\t\t\tvalue\n\t\t\t}\n\t\t\tattempt {\n\t\t\t\tid\n\t\t\t\tref\n\t\t\t}\n\t\t}\n\t}\n": typeof types.PortalStartPaypalCheckoutDocument,
    "\n\tmutation PortalRequestLydiaPayment($bookingId: ID!, $phone: String!) {\n\t\trequestLydiaPayment(bookingId: $bookingId, phone: $phone) {\n\t\t\tid\n\t\t\tstate\n\t\t}\n\t}\n": typeof types.PortalRequestLydiaPaymentDocument,
    "\n\tquery PortalEvent($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tdescriptionHtml\n\t\t\tlocation\n\t\t\tstartsAt\n\t\t\tendsAt\n\t\t\tcontactEmail\n\t\t\tcoverUrl\n\t\t\tcancelled\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tviewerBooking {\n\t\t\t\tid\n\t\t\t\treference\n\t\t\t\tstatus\n\t\t\t}\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t\tpriceCents\n\t\t\t\tsalesOpenAt\n\t\t\t\tsalesCloseAt\n\t\t\t\tposition\n\t\t\t\tsoldOut\n\t\t\t\tplacesLeft\n\t\t\t\tsponsorshipAllowed\n\t\t\t\trestrictedToSchools {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\trestrictedToClassYears\n\t\t\t\trestrictedToAssociations {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\toptions {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tpriceCents\n\t\t\t\t\tposition\n\t\t\t\t}\n\t\t\t\toptionGroups {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tposition\n\t\t\t\t\toptions {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t\tpriceCents\n\t\t\t\t\t\tposition\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t\teligibility {\n\t\t\t\t\tcanBook\n\t\t\t\t\treasons\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": typeof types.PortalEventDocument,
    "\n\tmutation PortalBook($input: BookInput!) {\n\t\tbook(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": typeof types.PortalBookDocument,
    "\n\tmutation PortalRequestPasswordReset($email: String!) {\n\t\trequestPasswordReset(email: $email)\n\t}\n": typeof types.PortalRequestPasswordResetDocument,
    "\n\tmutation PortalResetPassword($input: ResetPasswordInput!) {\n\t\tresetPassword(input: $input)\n\t}\n": typeof types.PortalResetPasswordDocument,
    "\n\tmutation PortalSignUp($input: SignUpInput!) {\n\t\tsignUp(input: $input)\n\t}\n": typeof types.PortalSignUpDocument,
    "\n\tmutation PortalVerifyEmail($token: String!) {\n\t\tverifyEmail(token: $token)\n\t}\n": typeof types.PortalVerifyEmailDocument,
    "\n\tfragment SharedRequirement on BookingRequirement {\n\t\tstate\n\t\textraInfo {\n\t\t\tid\n\t\t\tlabel\n\t\t\thelp\n\t\t\ttype\n\t\t\tblocks\n\t\t\tposition\n\t\t\tchoices\n\t\t\tnumberMin\n\t\t\tnumberMax\n\t\t\tfileTypes\n\t\t\tfileMaxBytes\n\t\t}\n\t}\n": typeof types.SharedRequirementFragmentDoc,
};
const documents: Documents = {
    "\n\tfragment PortalBookingCard on Booking {\n\t\tid\n\t\treference\n\t\tstatus\n\t\tpriceCents\n\t\tisGuest\n\t\tviewerIsHolder\n\t\tawaitsAcceptance\n\t\texpiresAt\n\t\toppositionReason\n\t\tevent {\n\t\t\tid\n\t\t\tname\n\t\t\tstartsAt\n\t\t\tcancelled\n\t\t}\n\t\tticket {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tholder {\n\t\t\tfullName\n\t\t\temail\n\t\t}\n\t\tsponsor {\n\t\t\tid\n\t\t\tfullName\n\t\t}\n\t\toptions {\n\t\t\tname\n\t\t\tpriceCents\n\t\t}\n\t\trequirements {\n\t\t\tstate\n\t\t\textraInfo {\n\t\t\t\tid\n\t\t\t\tlabel\n\t\t\t\tposition\n\t\t\t}\n\t\t}\n\t\tticketFiles {\n\t\t\tpng\n\t\t\tpdf\n\t\t}\n\t\tcheckIn {\n\t\t\tcheckedInAt\n\t\t}\n\t}\n": types.PortalBookingCardFragmentDoc,
    "\n\tmutation PortalDeletePreReservation($id: ID!) {\n\t\tdeletePreReservation(id: $id) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n": types.PortalDeletePreReservationDocument,
    "\n\tmutation PortalAcceptGuestBooking($id: ID!) {\n\t\tacceptGuestBooking(id: $id) {\n\t\t\tid\n\t\t\tawaitsAcceptance\n\t\t}\n\t}\n": types.PortalAcceptGuestBookingDocument,
    "\n\tmutation PortalDeclineGuestBooking($id: ID!) {\n\t\tdeclineGuestBooking(id: $id) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n": types.PortalDeclineGuestBookingDocument,
    "\n\tquery PortalViewer {\n\t\tviewer {\n\t\t\tid\n\t\t\tfirstName\n\t\t\tfullName\n\t\t}\n\t}\n": types.PortalViewerDocument,
    "\n\tquery PortalUpcomingEvents($search: String) {\n\t\tevents(filter: { includePast: false, search: $search }, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tstartsAt\n\t\t\t\tendsAt\n\t\t\t\tlocation\n\t\t\t\tcoverUrl\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\thasNextPage\n\t\t}\n\t}\n": types.PortalUpcomingEventsDocument,
    "\n\tquery PortalAccount {\n\t\tviewer {\n\t\t\tid\n\t\t\temail\n\t\t\tfirstName\n\t\t\tlastName\n\t\t\tfullName\n\t\t\tkind\n\t\t\tclassYear\n\t\t\tschool {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tassociationMemberships {\n\t\t\t\tid\n\t\t\t\tendsOn\n\t\t\t\tisValid\n\t\t\t\tassociation {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\tclubMemberships {\n\t\t\t\tid\n\t\t\t\tisBoard\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tapiTokens {\n\t\t\tid\n\t\t\tname\n\t\t\tprefix\n\t\t\tcreatedAt\n\t\t\tlastUsedAt\n\t\t\trevokedAt\n\t\t}\n\t}\n": types.PortalAccountDocument,
    "\n\tmutation PortalUpdateProfile($input: UpdateProfileInput!) {\n\t\tupdateProfile(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.PortalUpdateProfileDocument,
    "\n\tmutation PortalChangePassword($input: ChangePasswordInput!) {\n\t\tchangePassword(input: $input)\n\t}\n": types.PortalChangePasswordDocument,
    "\n\tmutation PortalCreateApiToken($name: String!) {\n\t\tcreateApiToken(name: $name) {\n\t\t\ttoken\n\t\t\tapiToken {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n": types.PortalCreateApiTokenDocument,
    "\n\tmutation PortalRevokeApiToken($id: ID!) {\n\t\trevokeApiToken(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n": types.PortalRevokeApiTokenDocument,
    "\n\tquery PortalMyBookings {\n\t\tmyBookings(includeDeleted: true) {\n\t\t\t...PortalBookingCard\n\t\t}\n\t}\n": types.PortalMyBookingsDocument,
    "\n\tquery PortalBooking($id: ID!) {\n\t\tbooking(id: $id) {\n\t\t\t...PortalBookingCard\n\t\t\tlive\n\t\t\tpaymentOffer {\n\t\t\t\tproviders\n\t\t\t\treason\n\t\t\t}\n\t\t\tpaymentAttempts {\n\t\t\t\tid\n\t\t\t\tprovider\n\t\t\t\tstate\n\t\t\t}\n\t\t\trequirements {\n\t\t\t\t...SharedRequirement\n\t\t\t\tanswer {\n\t\t\t\t\tid\n\t\t\t\t\ttextValue\n\t\t\t\t\tnumberValue\n\t\t\t\t\tchoiceValue\n\t\t\t\t\tfile {\n\t\t\t\t\t\tname\n\t\t\t\t\t\turl\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.PortalBookingDocument,
    "\n\tmutation PortalAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput) {\n\t\tanswerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.PortalAnswerDocument,
    "\n\tmutation PortalAnswerFile($bookingId: ID!, $extraInfoId: ID!, $file: Upload) {\n\t\tanswerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, file: $file) {\n\t\t\tid\n\t\t}\n\t}\n": types.PortalAnswerFileDocument,
    "\n\tquery PortalLydiaWait($bookingId: ID!, $attemptId: ID!) {\n\t\tbooking(id: $bookingId) {\n\t\t\tid\n\t\t\treference\n\t\t\tstatus\n\t\t\tevent {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tpaymentAttempts {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t\tpaymentAttempt(id: $attemptId) {\n\t\t\tid\n\t\t\tprovider\n\t\t\tstate\n\t\t\tamountCents\n\t\t\tcurrency\n\t\t\tmobileUrl\n\t\t}\n\t}\n": types.PortalLydiaWaitDocument,
    "\n\tmutation PortalCheckLydiaPayment($attemptId: ID!) {\n\t\tcheckLydiaPayment(attemptId: $attemptId) {\n\t\t\tid\n\t\t\tstate\n\t\t}\n\t}\n": types.PortalCheckLydiaPaymentDocument,
    "\n\tmutation PortalStartPaypalCheckout($bookingId: ID!) {\n\t\tstartPaypalCheckout(bookingId: $bookingId) {\n\t\t\turl\n\t\t\tfields {\n\t\t\t\tname\n\t\t\t\tvalue\n\t\t\t}\n\t\t\tattempt {\n\t\t\t\tid\n\t\t\t\tref\n\t\t\t}\n\t\t}\n\t}\n": types.PortalStartPaypalCheckoutDocument,
    "\n\tmutation PortalRequestLydiaPayment($bookingId: ID!, $phone: String!) {\n\t\trequestLydiaPayment(bookingId: $bookingId, phone: $phone) {\n\t\t\tid\n\t\t\tstate\n\t\t}\n\t}\n": types.PortalRequestLydiaPaymentDocument,
    "\n\tquery PortalEvent($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tdescriptionHtml\n\t\t\tlocation\n\t\t\tstartsAt\n\t\t\tendsAt\n\t\t\tcontactEmail\n\t\t\tcoverUrl\n\t\t\tcancelled\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tviewerBooking {\n\t\t\t\tid\n\t\t\t\treference\n\t\t\t\tstatus\n\t\t\t}\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t\tpriceCents\n\t\t\t\tsalesOpenAt\n\t\t\t\tsalesCloseAt\n\t\t\t\tposition\n\t\t\t\tsoldOut\n\t\t\t\tplacesLeft\n\t\t\t\tsponsorshipAllowed\n\t\t\t\trestrictedToSchools {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\trestrictedToClassYears\n\t\t\t\trestrictedToAssociations {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\toptions {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tpriceCents\n\t\t\t\t\tposition\n\t\t\t\t}\n\t\t\t\toptionGroups {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tposition\n\t\t\t\t\toptions {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t\tpriceCents\n\t\t\t\t\t\tposition\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t\teligibility {\n\t\t\t\t\tcanBook\n\t\t\t\t\treasons\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n": types.PortalEventDocument,
    "\n\tmutation PortalBook($input: BookInput!) {\n\t\tbook(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n": types.PortalBookDocument,
    "\n\tmutation PortalRequestPasswordReset($email: String!) {\n\t\trequestPasswordReset(email: $email)\n\t}\n": types.PortalRequestPasswordResetDocument,
    "\n\tmutation PortalResetPassword($input: ResetPasswordInput!) {\n\t\tresetPassword(input: $input)\n\t}\n": types.PortalResetPasswordDocument,
    "\n\tmutation PortalSignUp($input: SignUpInput!) {\n\t\tsignUp(input: $input)\n\t}\n": types.PortalSignUpDocument,
    "\n\tmutation PortalVerifyEmail($token: String!) {\n\t\tverifyEmail(token: $token)\n\t}\n": types.PortalVerifyEmailDocument,
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
export function graphql(source: "\n\tfragment PortalBookingCard on Booking {\n\t\tid\n\t\treference\n\t\tstatus\n\t\tpriceCents\n\t\tisGuest\n\t\tviewerIsHolder\n\t\tawaitsAcceptance\n\t\texpiresAt\n\t\toppositionReason\n\t\tevent {\n\t\t\tid\n\t\t\tname\n\t\t\tstartsAt\n\t\t\tcancelled\n\t\t}\n\t\tticket {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tholder {\n\t\t\tfullName\n\t\t\temail\n\t\t}\n\t\tsponsor {\n\t\t\tid\n\t\t\tfullName\n\t\t}\n\t\toptions {\n\t\t\tname\n\t\t\tpriceCents\n\t\t}\n\t\trequirements {\n\t\t\tstate\n\t\t\textraInfo {\n\t\t\t\tid\n\t\t\t\tlabel\n\t\t\t\tposition\n\t\t\t}\n\t\t}\n\t\tticketFiles {\n\t\t\tpng\n\t\t\tpdf\n\t\t}\n\t\tcheckIn {\n\t\t\tcheckedInAt\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment PortalBookingCard on Booking {\n\t\tid\n\t\treference\n\t\tstatus\n\t\tpriceCents\n\t\tisGuest\n\t\tviewerIsHolder\n\t\tawaitsAcceptance\n\t\texpiresAt\n\t\toppositionReason\n\t\tevent {\n\t\t\tid\n\t\t\tname\n\t\t\tstartsAt\n\t\t\tcancelled\n\t\t}\n\t\tticket {\n\t\t\tid\n\t\t\tname\n\t\t}\n\t\tholder {\n\t\t\tfullName\n\t\t\temail\n\t\t}\n\t\tsponsor {\n\t\t\tid\n\t\t\tfullName\n\t\t}\n\t\toptions {\n\t\t\tname\n\t\t\tpriceCents\n\t\t}\n\t\trequirements {\n\t\t\tstate\n\t\t\textraInfo {\n\t\t\t\tid\n\t\t\t\tlabel\n\t\t\t\tposition\n\t\t\t}\n\t\t}\n\t\tticketFiles {\n\t\t\tpng\n\t\t\tpdf\n\t\t}\n\t\tcheckIn {\n\t\t\tcheckedInAt\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalDeletePreReservation($id: ID!) {\n\t\tdeletePreReservation(id: $id) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation PortalDeletePreReservation($id: ID!) {\n\t\tdeletePreReservation(id: $id) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalAcceptGuestBooking($id: ID!) {\n\t\tacceptGuestBooking(id: $id) {\n\t\t\tid\n\t\t\tawaitsAcceptance\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation PortalAcceptGuestBooking($id: ID!) {\n\t\tacceptGuestBooking(id: $id) {\n\t\t\tid\n\t\t\tawaitsAcceptance\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalDeclineGuestBooking($id: ID!) {\n\t\tdeclineGuestBooking(id: $id) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation PortalDeclineGuestBooking($id: ID!) {\n\t\tdeclineGuestBooking(id: $id) {\n\t\t\tid\n\t\t\tstatus\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalViewer {\n\t\tviewer {\n\t\t\tid\n\t\t\tfirstName\n\t\t\tfullName\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalViewer {\n\t\tviewer {\n\t\t\tid\n\t\t\tfirstName\n\t\t\tfullName\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalUpcomingEvents($search: String) {\n\t\tevents(filter: { includePast: false, search: $search }, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tstartsAt\n\t\t\t\tendsAt\n\t\t\t\tlocation\n\t\t\t\tcoverUrl\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\thasNextPage\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalUpcomingEvents($search: String) {\n\t\tevents(filter: { includePast: false, search: $search }, first: 50) {\n\t\t\tnodes {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t\tstartsAt\n\t\t\t\tendsAt\n\t\t\t\tlocation\n\t\t\t\tcoverUrl\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\thasNextPage\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalAccount {\n\t\tviewer {\n\t\t\tid\n\t\t\temail\n\t\t\tfirstName\n\t\t\tlastName\n\t\t\tfullName\n\t\t\tkind\n\t\t\tclassYear\n\t\t\tschool {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tassociationMemberships {\n\t\t\t\tid\n\t\t\t\tendsOn\n\t\t\t\tisValid\n\t\t\t\tassociation {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\tclubMemberships {\n\t\t\t\tid\n\t\t\t\tisBoard\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tapiTokens {\n\t\t\tid\n\t\t\tname\n\t\t\tprefix\n\t\t\tcreatedAt\n\t\t\tlastUsedAt\n\t\t\trevokedAt\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalAccount {\n\t\tviewer {\n\t\t\tid\n\t\t\temail\n\t\t\tfirstName\n\t\t\tlastName\n\t\t\tfullName\n\t\t\tkind\n\t\t\tclassYear\n\t\t\tschool {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tassociationMemberships {\n\t\t\t\tid\n\t\t\t\tendsOn\n\t\t\t\tisValid\n\t\t\t\tassociation {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t\tclubMemberships {\n\t\t\t\tid\n\t\t\t\tisBoard\n\t\t\t\tclub {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tapiTokens {\n\t\t\tid\n\t\t\tname\n\t\t\tprefix\n\t\t\tcreatedAt\n\t\t\tlastUsedAt\n\t\t\trevokedAt\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalUpdateProfile($input: UpdateProfileInput!) {\n\t\tupdateProfile(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation PortalUpdateProfile($input: UpdateProfileInput!) {\n\t\tupdateProfile(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalChangePassword($input: ChangePasswordInput!) {\n\t\tchangePassword(input: $input)\n\t}\n"): (typeof documents)["\n\tmutation PortalChangePassword($input: ChangePasswordInput!) {\n\t\tchangePassword(input: $input)\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalCreateApiToken($name: String!) {\n\t\tcreateApiToken(name: $name) {\n\t\t\ttoken\n\t\t\tapiToken {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation PortalCreateApiToken($name: String!) {\n\t\tcreateApiToken(name: $name) {\n\t\t\ttoken\n\t\t\tapiToken {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalRevokeApiToken($id: ID!) {\n\t\trevokeApiToken(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation PortalRevokeApiToken($id: ID!) {\n\t\trevokeApiToken(id: $id) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalMyBookings {\n\t\tmyBookings(includeDeleted: true) {\n\t\t\t...PortalBookingCard\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalMyBookings {\n\t\tmyBookings(includeDeleted: true) {\n\t\t\t...PortalBookingCard\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalBooking($id: ID!) {\n\t\tbooking(id: $id) {\n\t\t\t...PortalBookingCard\n\t\t\tlive\n\t\t\tpaymentOffer {\n\t\t\t\tproviders\n\t\t\t\treason\n\t\t\t}\n\t\t\tpaymentAttempts {\n\t\t\t\tid\n\t\t\t\tprovider\n\t\t\t\tstate\n\t\t\t}\n\t\t\trequirements {\n\t\t\t\t...SharedRequirement\n\t\t\t\tanswer {\n\t\t\t\t\tid\n\t\t\t\t\ttextValue\n\t\t\t\t\tnumberValue\n\t\t\t\t\tchoiceValue\n\t\t\t\t\tfile {\n\t\t\t\t\t\tname\n\t\t\t\t\t\turl\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalBooking($id: ID!) {\n\t\tbooking(id: $id) {\n\t\t\t...PortalBookingCard\n\t\t\tlive\n\t\t\tpaymentOffer {\n\t\t\t\tproviders\n\t\t\t\treason\n\t\t\t}\n\t\t\tpaymentAttempts {\n\t\t\t\tid\n\t\t\t\tprovider\n\t\t\t\tstate\n\t\t\t}\n\t\t\trequirements {\n\t\t\t\t...SharedRequirement\n\t\t\t\tanswer {\n\t\t\t\t\tid\n\t\t\t\t\ttextValue\n\t\t\t\t\tnumberValue\n\t\t\t\t\tchoiceValue\n\t\t\t\t\tfile {\n\t\t\t\t\t\tname\n\t\t\t\t\t\turl\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput) {\n\t\tanswerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation PortalAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput) {\n\t\tanswerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalAnswerFile($bookingId: ID!, $extraInfoId: ID!, $file: Upload) {\n\t\tanswerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, file: $file) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation PortalAnswerFile($bookingId: ID!, $extraInfoId: ID!, $file: Upload) {\n\t\tanswerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, file: $file) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalLydiaWait($bookingId: ID!, $attemptId: ID!) {\n\t\tbooking(id: $bookingId) {\n\t\t\tid\n\t\t\treference\n\t\t\tstatus\n\t\t\tevent {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tpaymentAttempts {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t\tpaymentAttempt(id: $attemptId) {\n\t\t\tid\n\t\t\tprovider\n\t\t\tstate\n\t\t\tamountCents\n\t\t\tcurrency\n\t\t\tmobileUrl\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalLydiaWait($bookingId: ID!, $attemptId: ID!) {\n\t\tbooking(id: $bookingId) {\n\t\t\tid\n\t\t\treference\n\t\t\tstatus\n\t\t\tevent {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tpaymentAttempts {\n\t\t\t\tid\n\t\t\t}\n\t\t}\n\t\tpaymentAttempt(id: $attemptId) {\n\t\t\tid\n\t\t\tprovider\n\t\t\tstate\n\t\t\tamountCents\n\t\t\tcurrency\n\t\t\tmobileUrl\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalCheckLydiaPayment($attemptId: ID!) {\n\t\tcheckLydiaPayment(attemptId: $attemptId) {\n\t\t\tid\n\t\t\tstate\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation PortalCheckLydiaPayment($attemptId: ID!) {\n\t\tcheckLydiaPayment(attemptId: $attemptId) {\n\t\t\tid\n\t\t\tstate\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalStartPaypalCheckout($bookingId: ID!) {\n\t\tstartPaypalCheckout(bookingId: $bookingId) {\n\t\t\turl\n\t\t\tfields {\n\t\t\t\tname\n\t\t\t\tvalue\n\t\t\t}\n\t\t\tattempt {\n\t\t\t\tid\n\t\t\t\tref\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation PortalStartPaypalCheckout($bookingId: ID!) {\n\t\tstartPaypalCheckout(bookingId: $bookingId) {\n\t\t\turl\n\t\t\tfields {\n\t\t\t\tname\n\t\t\t\tvalue\n\t\t\t}\n\t\t\tattempt {\n\t\t\t\tid\n\t\t\t\tref\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalRequestLydiaPayment($bookingId: ID!, $phone: String!) {\n\t\trequestLydiaPayment(bookingId: $bookingId, phone: $phone) {\n\t\t\tid\n\t\t\tstate\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation PortalRequestLydiaPayment($bookingId: ID!, $phone: String!) {\n\t\trequestLydiaPayment(bookingId: $bookingId, phone: $phone) {\n\t\t\tid\n\t\t\tstate\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tquery PortalEvent($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tdescriptionHtml\n\t\t\tlocation\n\t\t\tstartsAt\n\t\t\tendsAt\n\t\t\tcontactEmail\n\t\t\tcoverUrl\n\t\t\tcancelled\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tviewerBooking {\n\t\t\t\tid\n\t\t\t\treference\n\t\t\t\tstatus\n\t\t\t}\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t\tpriceCents\n\t\t\t\tsalesOpenAt\n\t\t\t\tsalesCloseAt\n\t\t\t\tposition\n\t\t\t\tsoldOut\n\t\t\t\tplacesLeft\n\t\t\t\tsponsorshipAllowed\n\t\t\t\trestrictedToSchools {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\trestrictedToClassYears\n\t\t\t\trestrictedToAssociations {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\toptions {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tpriceCents\n\t\t\t\t\tposition\n\t\t\t\t}\n\t\t\t\toptionGroups {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tposition\n\t\t\t\t\toptions {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t\tpriceCents\n\t\t\t\t\t\tposition\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t\teligibility {\n\t\t\t\t\tcanBook\n\t\t\t\t\treasons\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"): (typeof documents)["\n\tquery PortalEvent($id: ID!) {\n\t\tevent(id: $id) {\n\t\t\tid\n\t\t\tname\n\t\t\tdescriptionHtml\n\t\t\tlocation\n\t\t\tstartsAt\n\t\t\tendsAt\n\t\t\tcontactEmail\n\t\t\tcoverUrl\n\t\t\tcancelled\n\t\t\tclub {\n\t\t\t\tid\n\t\t\t\tname\n\t\t\t}\n\t\t\tviewerBooking {\n\t\t\t\tid\n\t\t\t\treference\n\t\t\t\tstatus\n\t\t\t}\n\t\t\ttickets {\n\t\t\t\tid\n\t\t\t\tkind\n\t\t\t\tname\n\t\t\t\tdescription\n\t\t\t\tpriceCents\n\t\t\t\tsalesOpenAt\n\t\t\t\tsalesCloseAt\n\t\t\t\tposition\n\t\t\t\tsoldOut\n\t\t\t\tplacesLeft\n\t\t\t\tsponsorshipAllowed\n\t\t\t\trestrictedToSchools {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\trestrictedToClassYears\n\t\t\t\trestrictedToAssociations {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t}\n\t\t\t\toptions {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tpriceCents\n\t\t\t\t\tposition\n\t\t\t\t}\n\t\t\t\toptionGroups {\n\t\t\t\t\tid\n\t\t\t\t\tname\n\t\t\t\t\tdescription\n\t\t\t\t\tposition\n\t\t\t\t\toptions {\n\t\t\t\t\t\tid\n\t\t\t\t\t\tname\n\t\t\t\t\t\tpriceCents\n\t\t\t\t\t\tposition\n\t\t\t\t\t}\n\t\t\t\t}\n\t\t\t\teligibility {\n\t\t\t\t\tcanBook\n\t\t\t\t\treasons\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalBook($input: BookInput!) {\n\t\tbook(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"): (typeof documents)["\n\tmutation PortalBook($input: BookInput!) {\n\t\tbook(input: $input) {\n\t\t\tid\n\t\t}\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalRequestPasswordReset($email: String!) {\n\t\trequestPasswordReset(email: $email)\n\t}\n"): (typeof documents)["\n\tmutation PortalRequestPasswordReset($email: String!) {\n\t\trequestPasswordReset(email: $email)\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalResetPassword($input: ResetPasswordInput!) {\n\t\tresetPassword(input: $input)\n\t}\n"): (typeof documents)["\n\tmutation PortalResetPassword($input: ResetPasswordInput!) {\n\t\tresetPassword(input: $input)\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalSignUp($input: SignUpInput!) {\n\t\tsignUp(input: $input)\n\t}\n"): (typeof documents)["\n\tmutation PortalSignUp($input: SignUpInput!) {\n\t\tsignUp(input: $input)\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tmutation PortalVerifyEmail($token: String!) {\n\t\tverifyEmail(token: $token)\n\t}\n"): (typeof documents)["\n\tmutation PortalVerifyEmail($token: String!) {\n\t\tverifyEmail(token: $token)\n\t}\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n\tfragment SharedRequirement on BookingRequirement {\n\t\tstate\n\t\textraInfo {\n\t\t\tid\n\t\t\tlabel\n\t\t\thelp\n\t\t\ttype\n\t\t\tblocks\n\t\t\tposition\n\t\t\tchoices\n\t\t\tnumberMin\n\t\t\tnumberMax\n\t\t\tfileTypes\n\t\t\tfileMaxBytes\n\t\t}\n\t}\n"): (typeof documents)["\n\tfragment SharedRequirement on BookingRequirement {\n\t\tstate\n\t\textraInfo {\n\t\t\tid\n\t\t\tlabel\n\t\t\thelp\n\t\t\ttype\n\t\t\tblocks\n\t\t\tposition\n\t\t\tchoices\n\t\t\tnumberMin\n\t\t\tnumberMax\n\t\t\tfileTypes\n\t\t\tfileMaxBytes\n\t\t}\n\t}\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;