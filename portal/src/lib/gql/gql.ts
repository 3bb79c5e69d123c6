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
    "\n  fragment PortalBookingCard on Booking {\n    ...SharedBookingSummary\n    viewerIsHolder\n    awaitsAcceptance\n    expiresAt\n    paymentDeadlinePaused\n    oppositionReason\n    notifications {\n      id\n      kind\n      label\n      note\n      createdAt\n      seenAt\n    }\n    event {\n      id\n      name\n      startsAt\n      cancelled\n    }\n    options {\n      name\n      priceCents\n    }\n    requirements {\n      state\n      extraInfo {\n        id\n        label\n        position\n      }\n    }\n    ticketFiles {\n      png\n      pdf\n    }\n    checkIn {\n      checkedInAt\n    }\n    paymentInProgress {\n      id\n    }\n  }\n": typeof types.PortalBookingCardFragmentDoc,
    "\n  mutation PortalDeletePreReservation($id: ID!) {\n    deletePreReservation(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PortalDeletePreReservationDocument,
    "\n  mutation PortalAcceptGuestBooking($id: ID!) {\n    acceptGuestBooking(id: $id) {\n      id\n      awaitsAcceptance\n    }\n  }\n": typeof types.PortalAcceptGuestBookingDocument,
    "\n  mutation PortalDeclineGuestBooking($id: ID!) {\n    declineGuestBooking(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.PortalDeclineGuestBookingDocument,
    "\n  mutation PortalLeaveWaitingList($eventId: ID!) {\n    leaveWaitingList(eventId: $eventId) {\n      id\n      status\n    }\n  }\n": typeof types.PortalLeaveWaitingListDocument,
    "\n  fragment PortalWaitingListEntry on WaitingListEntry {\n    id\n    status\n    position\n    offerExpiresAt\n    optionIds\n    guest {\n      firstName\n      lastName\n      email\n    }\n    ticket {\n      id\n      name\n    }\n    event {\n      id\n      name\n    }\n  }\n": typeof types.PortalWaitingListEntryFragmentDoc,
    "\n  query PortalViewer {\n    viewer {\n      ...SharedViewer\n    }\n  }\n": typeof types.PortalViewerDocument,
    "\n  query PortalUpcomingEvents($search: String) {\n    events(filter: { includePast: false, search: $search }, first: 50) {\n      nodes {\n        ...SharedEventSummary\n        location\n        coverUrl\n        lowestPriceCents\n        soldOut\n        viewerBooking {\n          id\n          status\n        }\n      }\n      hasNextPage\n    }\n  }\n": typeof types.PortalUpcomingEventsDocument,
    "\n  query PortalAccount {\n    viewer {\n      id\n      email\n      firstName\n      lastName\n      fullName\n      kind\n      canSetPassword\n      language\n      classYear\n      school {\n        id\n        name\n      }\n      associationMemberships {\n        id\n        endsOn\n        isValid\n        association {\n          id\n          name\n        }\n      }\n      clubMemberships {\n        id\n        isBoard\n        club {\n          id\n          name\n        }\n      }\n    }\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": typeof types.PortalAccountDocument,
    "\n  mutation PortalUpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalUpdateProfileDocument,
    "\n  mutation PortalChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.PortalChangePasswordDocument,
    "\n  mutation PortalCreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PortalCreateApiTokenDocument,
    "\n  mutation PortalRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n": typeof types.PortalRevokeApiTokenDocument,
    "\n  query PortalAccountDeletion {\n    accountDeletion {\n      deletableFrom\n      removes\n      keeps\n    }\n  }\n": typeof types.PortalAccountDeletionDocument,
    "\n  mutation PortalDeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.PortalDeleteMyAccountDocument,
    "\n  query PortalMyBookings {\n    myBookings(includeDeleted: true) {\n      ...PortalBookingCard\n    }\n    myWaitingListEntries {\n      ...PortalWaitingListEntry\n    }\n  }\n": typeof types.PortalMyBookingsDocument,
    "\n  query PortalBooking($id: ID!) {\n    booking(id: $id) {\n      ...PortalBookingCard\n      live\n      paymentOffer {\n        providers\n        reason\n      }\n      paymentAttempts {\n        id\n        provider\n        state\n      }\n      paymentInProgress {\n        id\n        provider\n        state\n        expiresAt\n      }\n      requirements {\n        ...SharedRequirement\n        answer {\n          ...SharedAnswerValue\n          correctionComment\n        }\n      }\n    }\n  }\n": typeof types.PortalBookingDocument,
    "\n  mutation PortalAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput) {\n    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input) {\n      id\n    }\n  }\n": typeof types.PortalAnswerDocument,
    "\n  mutation PortalAnswerFile($bookingId: ID!, $extraInfoId: ID!, $file: Upload) {\n    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, file: $file) {\n      id\n    }\n  }\n": typeof types.PortalAnswerFileDocument,
    "\n  mutation PortalMarkNotificationsSeen($bookingId: ID!) {\n    markNotificationsSeen(bookingId: $bookingId)\n  }\n": typeof types.PortalMarkNotificationsSeenDocument,
    "\n  query PortalLydiaWait($bookingId: ID!, $attemptId: ID!) {\n    booking(id: $bookingId) {\n      id\n      reference\n      status\n      event {\n        id\n        name\n      }\n      paymentAttempts {\n        id\n      }\n    }\n    paymentAttempt(id: $attemptId) {\n      id\n      provider\n      state\n      amountCents\n      currency\n      mobileUrl\n    }\n  }\n": typeof types.PortalLydiaWaitDocument,
    "\n  mutation PortalCheckLydiaPayment($attemptId: ID!) {\n    checkLydiaPayment(attemptId: $attemptId) {\n      id\n      state\n    }\n  }\n": typeof types.PortalCheckLydiaPaymentDocument,
    "\n  mutation PortalStartPaypalCheckout($bookingId: ID!) {\n    startPaypalCheckout(bookingId: $bookingId) {\n      url\n      fields {\n        name\n        value\n      }\n      attempt {\n        id\n        ref\n      }\n    }\n  }\n": typeof types.PortalStartPaypalCheckoutDocument,
    "\n  mutation PortalRequestLydiaPayment($bookingId: ID!, $phone: String!) {\n    requestLydiaPayment(bookingId: $bookingId, phone: $phone) {\n      id\n      state\n    }\n  }\n": typeof types.PortalRequestLydiaPaymentDocument,
    "\n  mutation PortalAbandonPaymentAttempt($attemptId: ID!) {\n    abandonPaymentAttempt(attemptId: $attemptId) {\n      id\n      state\n    }\n  }\n": typeof types.PortalAbandonPaymentAttemptDocument,
    "\n  query PortalEvent($id: ID!) {\n    event(id: $id) {\n      ...SharedEventSummary\n      descriptionHtml\n      location\n      contactEmail\n      coverUrl\n      cancelled\n      waitingListOpen\n      myWaitingListEntry {\n        ...PortalWaitingListEntry\n      }\n      viewerBooking {\n        id\n        reference\n        status\n      }\n      tickets {\n        id\n        kind\n        name\n        description\n        priceCents\n        salesOpenAt\n        salesCloseAt\n        position\n        soldOut\n        placesLeft\n        sponsorshipAllowed\n        restrictedToSchools {\n          id\n          name\n        }\n        restrictedToClassYears\n        restrictedToAssociations {\n          id\n          name\n        }\n        ...SharedTicketOptions\n        eligibility {\n          canBook\n          reasons\n        }\n      }\n    }\n  }\n": typeof types.PortalEventDocument,
    "\n  mutation PortalJoinWaitingList($input: JoinWaitingListInput!) {\n    joinWaitingList(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalJoinWaitingListDocument,
    "\n  mutation PortalBook($input: BookInput!) {\n    book(input: $input) {\n      id\n    }\n  }\n": typeof types.PortalBookDocument,
    "\n  mutation PortalRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.PortalRequestPasswordResetDocument,
    "\n  mutation PortalResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.PortalResetPasswordDocument,
    "\n  mutation PortalSignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": typeof types.PortalSignUpDocument,
    "\n  mutation PortalVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.PortalVerifyEmailDocument,
    "\n  fragment SharedAnswerValue on Answer {\n    id\n    textValue\n    numberValue\n    choiceValue\n    file {\n      name\n      mimeType\n      size\n      url\n    }\n  }\n": typeof types.SharedAnswerValueFragmentDoc,
    "\n  fragment SharedBookingSummary on Booking {\n    id\n    reference\n    status\n    priceCents\n    isGuest\n    ticket {\n      id\n      name\n    }\n    holder {\n      fullName\n      email\n    }\n    sponsor {\n      id\n      fullName\n    }\n  }\n": typeof types.SharedBookingSummaryFragmentDoc,
    "\n  fragment SharedEventSummary on Event {\n    id\n    name\n    startsAt\n    endsAt\n    club {\n      id\n      name\n    }\n  }\n": typeof types.SharedEventSummaryFragmentDoc,
    "\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n": typeof types.SharedRequirementFragmentDoc,
    "\n  fragment SharedTicketOptions on Ticket {\n    options {\n      id\n      name\n      description\n      priceCents\n      position\n    }\n    optionGroups {\n      id\n      name\n      description\n      position\n      options {\n        id\n        name\n        description\n        priceCents\n        position\n      }\n    }\n  }\n": typeof types.SharedTicketOptionsFragmentDoc,
    "\n  fragment SharedViewer on User {\n    id\n    firstName\n    fullName\n  }\n": typeof types.SharedViewerFragmentDoc,
};
const documents: Documents = {
    "\n  fragment PortalBookingCard on Booking {\n    ...SharedBookingSummary\n    viewerIsHolder\n    awaitsAcceptance\n    expiresAt\n    paymentDeadlinePaused\n    oppositionReason\n    notifications {\n      id\n      kind\n      label\n      note\n      createdAt\n      seenAt\n    }\n    event {\n      id\n      name\n      startsAt\n      cancelled\n    }\n    options {\n      name\n      priceCents\n    }\n    requirements {\n      state\n      extraInfo {\n        id\n        label\n        position\n      }\n    }\n    ticketFiles {\n      png\n      pdf\n    }\n    checkIn {\n      checkedInAt\n    }\n    paymentInProgress {\n      id\n    }\n  }\n": types.PortalBookingCardFragmentDoc,
    "\n  mutation PortalDeletePreReservation($id: ID!) {\n    deletePreReservation(id: $id) {\n      id\n      status\n    }\n  }\n": types.PortalDeletePreReservationDocument,
    "\n  mutation PortalAcceptGuestBooking($id: ID!) {\n    acceptGuestBooking(id: $id) {\n      id\n      awaitsAcceptance\n    }\n  }\n": types.PortalAcceptGuestBookingDocument,
    "\n  mutation PortalDeclineGuestBooking($id: ID!) {\n    declineGuestBooking(id: $id) {\n      id\n      status\n    }\n  }\n": types.PortalDeclineGuestBookingDocument,
    "\n  mutation PortalLeaveWaitingList($eventId: ID!) {\n    leaveWaitingList(eventId: $eventId) {\n      id\n      status\n    }\n  }\n": types.PortalLeaveWaitingListDocument,
    "\n  fragment PortalWaitingListEntry on WaitingListEntry {\n    id\n    status\n    position\n    offerExpiresAt\n    optionIds\n    guest {\n      firstName\n      lastName\n      email\n    }\n    ticket {\n      id\n      name\n    }\n    event {\n      id\n      name\n    }\n  }\n": types.PortalWaitingListEntryFragmentDoc,
    "\n  query PortalViewer {\n    viewer {\n      ...SharedViewer\n    }\n  }\n": types.PortalViewerDocument,
    "\n  query PortalUpcomingEvents($search: String) {\n    events(filter: { includePast: false, search: $search }, first: 50) {\n      nodes {\n        ...SharedEventSummary\n        location\n        coverUrl\n        lowestPriceCents\n        soldOut\n        viewerBooking {\n          id\n          status\n        }\n      }\n      hasNextPage\n    }\n  }\n": types.PortalUpcomingEventsDocument,
    "\n  query PortalAccount {\n    viewer {\n      id\n      email\n      firstName\n      lastName\n      fullName\n      kind\n      canSetPassword\n      language\n      classYear\n      school {\n        id\n        name\n      }\n      associationMemberships {\n        id\n        endsOn\n        isValid\n        association {\n          id\n          name\n        }\n      }\n      clubMemberships {\n        id\n        isBoard\n        club {\n          id\n          name\n        }\n      }\n    }\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n": types.PortalAccountDocument,
    "\n  mutation PortalUpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n": types.PortalUpdateProfileDocument,
    "\n  mutation PortalChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.PortalChangePasswordDocument,
    "\n  mutation PortalCreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n": types.PortalCreateApiTokenDocument,
    "\n  mutation PortalRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n": types.PortalRevokeApiTokenDocument,
    "\n  query PortalAccountDeletion {\n    accountDeletion {\n      deletableFrom\n      removes\n      keeps\n    }\n  }\n": types.PortalAccountDeletionDocument,
    "\n  mutation PortalDeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.PortalDeleteMyAccountDocument,
    "\n  query PortalMyBookings {\n    myBookings(includeDeleted: true) {\n      ...PortalBookingCard\n    }\n    myWaitingListEntries {\n      ...PortalWaitingListEntry\n    }\n  }\n": types.PortalMyBookingsDocument,
    "\n  query PortalBooking($id: ID!) {\n    booking(id: $id) {\n      ...PortalBookingCard\n      live\n      paymentOffer {\n        providers\n        reason\n      }\n      paymentAttempts {\n        id\n        provider\n        state\n      }\n      paymentInProgress {\n        id\n        provider\n        state\n        expiresAt\n      }\n      requirements {\n        ...SharedRequirement\n        answer {\n          ...SharedAnswerValue\n          correctionComment\n        }\n      }\n    }\n  }\n": types.PortalBookingDocument,
    "\n  mutation PortalAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput) {\n    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input) {\n      id\n    }\n  }\n": types.PortalAnswerDocument,
    "\n  mutation PortalAnswerFile($bookingId: ID!, $extraInfoId: ID!, $file: Upload) {\n    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, file: $file) {\n      id\n    }\n  }\n": types.PortalAnswerFileDocument,
    "\n  mutation PortalMarkNotificationsSeen($bookingId: ID!) {\n    markNotificationsSeen(bookingId: $bookingId)\n  }\n": types.PortalMarkNotificationsSeenDocument,
    "\n  query PortalLydiaWait($bookingId: ID!, $attemptId: ID!) {\n    booking(id: $bookingId) {\n      id\n      reference\n      status\n      event {\n        id\n        name\n      }\n      paymentAttempts {\n        id\n      }\n    }\n    paymentAttempt(id: $attemptId) {\n      id\n      provider\n      state\n      amountCents\n      currency\n      mobileUrl\n    }\n  }\n": types.PortalLydiaWaitDocument,
    "\n  mutation PortalCheckLydiaPayment($attemptId: ID!) {\n    checkLydiaPayment(attemptId: $attemptId) {\n      id\n      state\n    }\n  }\n": types.PortalCheckLydiaPaymentDocument,
    "\n  mutation PortalStartPaypalCheckout($bookingId: ID!) {\n    startPaypalCheckout(bookingId: $bookingId) {\n      url\n      fields {\n        name\n        value\n      }\n      attempt {\n        id\n        ref\n      }\n    }\n  }\n": types.PortalStartPaypalCheckoutDocument,
    "\n  mutation PortalRequestLydiaPayment($bookingId: ID!, $phone: String!) {\n    requestLydiaPayment(bookingId: $bookingId, phone: $phone) {\n      id\n      state\n    }\n  }\n": types.PortalRequestLydiaPaymentDocument,
    "\n  mutation PortalAbandonPaymentAttempt($attemptId: ID!) {\n    abandonPaymentAttempt(attemptId: $attemptId) {\n      id\n      state\n    }\n  }\n": types.PortalAbandonPaymentAttemptDocument,
    "\n  query PortalEvent($id: ID!) {\n    event(id: $id) {\n      ...SharedEventSummary\n      descriptionHtml\n      location\n      contactEmail\n      coverUrl\n      cancelled\n      waitingListOpen\n      myWaitingListEntry {\n        ...PortalWaitingListEntry\n      }\n      viewerBooking {\n        id\n        reference\n        status\n      }\n      tickets {\n        id\n        kind\n        name\n        description\n        priceCents\n        salesOpenAt\n        salesCloseAt\n        position\n        soldOut\n        placesLeft\n        sponsorshipAllowed\n        restrictedToSchools {\n          id\n          name\n        }\n        restrictedToClassYears\n        restrictedToAssociations {\n          id\n          name\n        }\n        ...SharedTicketOptions\n        eligibility {\n          canBook\n          reasons\n        }\n      }\n    }\n  }\n": types.PortalEventDocument,
    "\n  mutation PortalJoinWaitingList($input: JoinWaitingListInput!) {\n    joinWaitingList(input: $input) {\n      id\n    }\n  }\n": types.PortalJoinWaitingListDocument,
    "\n  mutation PortalBook($input: BookInput!) {\n    book(input: $input) {\n      id\n    }\n  }\n": types.PortalBookDocument,
    "\n  mutation PortalRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.PortalRequestPasswordResetDocument,
    "\n  mutation PortalResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.PortalResetPasswordDocument,
    "\n  mutation PortalSignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n": types.PortalSignUpDocument,
    "\n  mutation PortalVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.PortalVerifyEmailDocument,
    "\n  fragment SharedAnswerValue on Answer {\n    id\n    textValue\n    numberValue\n    choiceValue\n    file {\n      name\n      mimeType\n      size\n      url\n    }\n  }\n": types.SharedAnswerValueFragmentDoc,
    "\n  fragment SharedBookingSummary on Booking {\n    id\n    reference\n    status\n    priceCents\n    isGuest\n    ticket {\n      id\n      name\n    }\n    holder {\n      fullName\n      email\n    }\n    sponsor {\n      id\n      fullName\n    }\n  }\n": types.SharedBookingSummaryFragmentDoc,
    "\n  fragment SharedEventSummary on Event {\n    id\n    name\n    startsAt\n    endsAt\n    club {\n      id\n      name\n    }\n  }\n": types.SharedEventSummaryFragmentDoc,
    "\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n": types.SharedRequirementFragmentDoc,
    "\n  fragment SharedTicketOptions on Ticket {\n    options {\n      id\n      name\n      description\n      priceCents\n      position\n    }\n    optionGroups {\n      id\n      name\n      description\n      position\n      options {\n        id\n        name\n        description\n        priceCents\n        position\n      }\n    }\n  }\n": types.SharedTicketOptionsFragmentDoc,
    "\n  fragment SharedViewer on User {\n    id\n    firstName\n    fullName\n  }\n": types.SharedViewerFragmentDoc,
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
export function graphql(source: "\n  fragment PortalBookingCard on Booking {\n    ...SharedBookingSummary\n    viewerIsHolder\n    awaitsAcceptance\n    expiresAt\n    paymentDeadlinePaused\n    oppositionReason\n    notifications {\n      id\n      kind\n      label\n      note\n      createdAt\n      seenAt\n    }\n    event {\n      id\n      name\n      startsAt\n      cancelled\n    }\n    options {\n      name\n      priceCents\n    }\n    requirements {\n      state\n      extraInfo {\n        id\n        label\n        position\n      }\n    }\n    ticketFiles {\n      png\n      pdf\n    }\n    checkIn {\n      checkedInAt\n    }\n    paymentInProgress {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment PortalBookingCard on Booking {\n    ...SharedBookingSummary\n    viewerIsHolder\n    awaitsAcceptance\n    expiresAt\n    paymentDeadlinePaused\n    oppositionReason\n    notifications {\n      id\n      kind\n      label\n      note\n      createdAt\n      seenAt\n    }\n    event {\n      id\n      name\n      startsAt\n      cancelled\n    }\n    options {\n      name\n      priceCents\n    }\n    requirements {\n      state\n      extraInfo {\n        id\n        label\n        position\n      }\n    }\n    ticketFiles {\n      png\n      pdf\n    }\n    checkIn {\n      checkedInAt\n    }\n    paymentInProgress {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalDeletePreReservation($id: ID!) {\n    deletePreReservation(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PortalDeletePreReservation($id: ID!) {\n    deletePreReservation(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalAcceptGuestBooking($id: ID!) {\n    acceptGuestBooking(id: $id) {\n      id\n      awaitsAcceptance\n    }\n  }\n"): (typeof documents)["\n  mutation PortalAcceptGuestBooking($id: ID!) {\n    acceptGuestBooking(id: $id) {\n      id\n      awaitsAcceptance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalDeclineGuestBooking($id: ID!) {\n    declineGuestBooking(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PortalDeclineGuestBooking($id: ID!) {\n    declineGuestBooking(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalLeaveWaitingList($eventId: ID!) {\n    leaveWaitingList(eventId: $eventId) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PortalLeaveWaitingList($eventId: ID!) {\n    leaveWaitingList(eventId: $eventId) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PortalWaitingListEntry on WaitingListEntry {\n    id\n    status\n    position\n    offerExpiresAt\n    optionIds\n    guest {\n      firstName\n      lastName\n      email\n    }\n    ticket {\n      id\n      name\n    }\n    event {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PortalWaitingListEntry on WaitingListEntry {\n    id\n    status\n    position\n    offerExpiresAt\n    optionIds\n    guest {\n      firstName\n      lastName\n      email\n    }\n    ticket {\n      id\n      name\n    }\n    event {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalViewer {\n    viewer {\n      ...SharedViewer\n    }\n  }\n"): (typeof documents)["\n  query PortalViewer {\n    viewer {\n      ...SharedViewer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalUpcomingEvents($search: String) {\n    events(filter: { includePast: false, search: $search }, first: 50) {\n      nodes {\n        ...SharedEventSummary\n        location\n        coverUrl\n        lowestPriceCents\n        soldOut\n        viewerBooking {\n          id\n          status\n        }\n      }\n      hasNextPage\n    }\n  }\n"): (typeof documents)["\n  query PortalUpcomingEvents($search: String) {\n    events(filter: { includePast: false, search: $search }, first: 50) {\n      nodes {\n        ...SharedEventSummary\n        location\n        coverUrl\n        lowestPriceCents\n        soldOut\n        viewerBooking {\n          id\n          status\n        }\n      }\n      hasNextPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalAccount {\n    viewer {\n      id\n      email\n      firstName\n      lastName\n      fullName\n      kind\n      canSetPassword\n      language\n      classYear\n      school {\n        id\n        name\n      }\n      associationMemberships {\n        id\n        endsOn\n        isValid\n        association {\n          id\n          name\n        }\n      }\n      clubMemberships {\n        id\n        isBoard\n        club {\n          id\n          name\n        }\n      }\n    }\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  query PortalAccount {\n    viewer {\n      id\n      email\n      firstName\n      lastName\n      fullName\n      kind\n      canSetPassword\n      language\n      classYear\n      school {\n        id\n        name\n      }\n      associationMemberships {\n        id\n        endsOn\n        isValid\n        association {\n          id\n          name\n        }\n      }\n      clubMemberships {\n        id\n        isBoard\n        club {\n          id\n          name\n        }\n      }\n    }\n    apiTokens {\n      id\n      name\n      prefix\n      createdAt\n      lastUsedAt\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalUpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalUpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation PortalChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalCreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PortalCreateApiToken($name: String!) {\n    createApiToken(name: $name) {\n      token\n      apiToken {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalAccountDeletion {\n    accountDeletion {\n      deletableFrom\n      removes\n      keeps\n    }\n  }\n"): (typeof documents)["\n  query PortalAccountDeletion {\n    accountDeletion {\n      deletableFrom\n      removes\n      keeps\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalDeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation PortalDeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalMyBookings {\n    myBookings(includeDeleted: true) {\n      ...PortalBookingCard\n    }\n    myWaitingListEntries {\n      ...PortalWaitingListEntry\n    }\n  }\n"): (typeof documents)["\n  query PortalMyBookings {\n    myBookings(includeDeleted: true) {\n      ...PortalBookingCard\n    }\n    myWaitingListEntries {\n      ...PortalWaitingListEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalBooking($id: ID!) {\n    booking(id: $id) {\n      ...PortalBookingCard\n      live\n      paymentOffer {\n        providers\n        reason\n      }\n      paymentAttempts {\n        id\n        provider\n        state\n      }\n      paymentInProgress {\n        id\n        provider\n        state\n        expiresAt\n      }\n      requirements {\n        ...SharedRequirement\n        answer {\n          ...SharedAnswerValue\n          correctionComment\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalBooking($id: ID!) {\n    booking(id: $id) {\n      ...PortalBookingCard\n      live\n      paymentOffer {\n        providers\n        reason\n      }\n      paymentAttempts {\n        id\n        provider\n        state\n      }\n      paymentInProgress {\n        id\n        provider\n        state\n        expiresAt\n      }\n      requirements {\n        ...SharedRequirement\n        answer {\n          ...SharedAnswerValue\n          correctionComment\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput) {\n    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalAnswer($bookingId: ID!, $extraInfoId: ID!, $input: AnswerInput) {\n    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalAnswerFile($bookingId: ID!, $extraInfoId: ID!, $file: Upload) {\n    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, file: $file) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalAnswerFile($bookingId: ID!, $extraInfoId: ID!, $file: Upload) {\n    answerExtraInfo(bookingId: $bookingId, extraInfoId: $extraInfoId, file: $file) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalMarkNotificationsSeen($bookingId: ID!) {\n    markNotificationsSeen(bookingId: $bookingId)\n  }\n"): (typeof documents)["\n  mutation PortalMarkNotificationsSeen($bookingId: ID!) {\n    markNotificationsSeen(bookingId: $bookingId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalLydiaWait($bookingId: ID!, $attemptId: ID!) {\n    booking(id: $bookingId) {\n      id\n      reference\n      status\n      event {\n        id\n        name\n      }\n      paymentAttempts {\n        id\n      }\n    }\n    paymentAttempt(id: $attemptId) {\n      id\n      provider\n      state\n      amountCents\n      currency\n      mobileUrl\n    }\n  }\n"): (typeof documents)["\n  query PortalLydiaWait($bookingId: ID!, $attemptId: ID!) {\n    booking(id: $bookingId) {\n      id\n      reference\n      status\n      event {\n        id\n        name\n      }\n      paymentAttempts {\n        id\n      }\n    }\n    paymentAttempt(id: $attemptId) {\n      id\n      provider\n      state\n      amountCents\n      currency\n      mobileUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalCheckLydiaPayment($attemptId: ID!) {\n    checkLydiaPayment(attemptId: $attemptId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation PortalCheckLydiaPayment($attemptId: ID!) {\n    checkLydiaPayment(attemptId: $attemptId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalStartPaypalCheckout($bookingId: ID!) {\n    startPaypalCheckout(bookingId: $bookingId) {\n      url\n      fields {\n        name\n        value\n      }\n      attempt {\n        id\n        ref\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PortalStartPaypalCheckout($bookingId: ID!) {\n    startPaypalCheckout(bookingId: $bookingId) {\n      url\n      fields {\n        name\n        value\n      }\n      attempt {\n        id\n        ref\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRequestLydiaPayment($bookingId: ID!, $phone: String!) {\n    requestLydiaPayment(bookingId: $bookingId, phone: $phone) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation PortalRequestLydiaPayment($bookingId: ID!, $phone: String!) {\n    requestLydiaPayment(bookingId: $bookingId, phone: $phone) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalAbandonPaymentAttempt($attemptId: ID!) {\n    abandonPaymentAttempt(attemptId: $attemptId) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation PortalAbandonPaymentAttempt($attemptId: ID!) {\n    abandonPaymentAttempt(attemptId: $attemptId) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PortalEvent($id: ID!) {\n    event(id: $id) {\n      ...SharedEventSummary\n      descriptionHtml\n      location\n      contactEmail\n      coverUrl\n      cancelled\n      waitingListOpen\n      myWaitingListEntry {\n        ...PortalWaitingListEntry\n      }\n      viewerBooking {\n        id\n        reference\n        status\n      }\n      tickets {\n        id\n        kind\n        name\n        description\n        priceCents\n        salesOpenAt\n        salesCloseAt\n        position\n        soldOut\n        placesLeft\n        sponsorshipAllowed\n        restrictedToSchools {\n          id\n          name\n        }\n        restrictedToClassYears\n        restrictedToAssociations {\n          id\n          name\n        }\n        ...SharedTicketOptions\n        eligibility {\n          canBook\n          reasons\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PortalEvent($id: ID!) {\n    event(id: $id) {\n      ...SharedEventSummary\n      descriptionHtml\n      location\n      contactEmail\n      coverUrl\n      cancelled\n      waitingListOpen\n      myWaitingListEntry {\n        ...PortalWaitingListEntry\n      }\n      viewerBooking {\n        id\n        reference\n        status\n      }\n      tickets {\n        id\n        kind\n        name\n        description\n        priceCents\n        salesOpenAt\n        salesCloseAt\n        position\n        soldOut\n        placesLeft\n        sponsorshipAllowed\n        restrictedToSchools {\n          id\n          name\n        }\n        restrictedToClassYears\n        restrictedToAssociations {\n          id\n          name\n        }\n        ...SharedTicketOptions\n        eligibility {\n          canBook\n          reasons\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalJoinWaitingList($input: JoinWaitingListInput!) {\n    joinWaitingList(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalJoinWaitingList($input: JoinWaitingListInput!) {\n    joinWaitingList(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalBook($input: BookInput!) {\n    book(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation PortalBook($input: BookInput!) {\n    book(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation PortalRequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation PortalResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalSignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"): (typeof documents)["\n  mutation PortalSignUp($input: SignUpInput!) {\n    signUp(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PortalVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): (typeof documents)["\n  mutation PortalVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedAnswerValue on Answer {\n    id\n    textValue\n    numberValue\n    choiceValue\n    file {\n      name\n      mimeType\n      size\n      url\n    }\n  }\n"): (typeof documents)["\n  fragment SharedAnswerValue on Answer {\n    id\n    textValue\n    numberValue\n    choiceValue\n    file {\n      name\n      mimeType\n      size\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedBookingSummary on Booking {\n    id\n    reference\n    status\n    priceCents\n    isGuest\n    ticket {\n      id\n      name\n    }\n    holder {\n      fullName\n      email\n    }\n    sponsor {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment SharedBookingSummary on Booking {\n    id\n    reference\n    status\n    priceCents\n    isGuest\n    ticket {\n      id\n      name\n    }\n    holder {\n      fullName\n      email\n    }\n    sponsor {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedEventSummary on Event {\n    id\n    name\n    startsAt\n    endsAt\n    club {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment SharedEventSummary on Event {\n    id\n    name\n    startsAt\n    endsAt\n    club {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n"): (typeof documents)["\n  fragment SharedRequirement on BookingRequirement {\n    state\n    extraInfo {\n      id\n      label\n      help\n      type\n      blocks\n      position\n      choices\n      numberMin\n      numberMax\n      fileTypes\n      fileMaxBytes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedTicketOptions on Ticket {\n    options {\n      id\n      name\n      description\n      priceCents\n      position\n    }\n    optionGroups {\n      id\n      name\n      description\n      position\n      options {\n        id\n        name\n        description\n        priceCents\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SharedTicketOptions on Ticket {\n    options {\n      id\n      name\n      description\n      priceCents\n      position\n    }\n    optionGroups {\n      id\n      name\n      description\n      position\n      options {\n        id\n        name\n        description\n        priceCents\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SharedViewer on User {\n    id\n    firstName\n    fullName\n  }\n"): (typeof documents)["\n  fragment SharedViewer on User {\n    id\n    firstName\n    fullName\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;