// Public surface of @billetterie/ui, shared by portal and console.
export { createGraphQLClient } from './graphql/client.js';
export {
  errorCodes,
  fieldErrorCodes,
  httpStatusOf,
  outcomeOf,
  toApiError,
  type ApiError,
  type ErrorCode,
  type FieldErrorCode,
  type FieldErrors,
  type Outcome,
} from './graphql/errors.js';
export type { BilletteriePlatform, InProcessGraphQL } from './graphql/platform.js';
export { queryOrError, requireData, requireFound } from './graphql/require-data.js';
export { uploadGraphQL } from './graphql/upload.js';

export {
  bookingStatuses,
  bookingStatusTone,
  extraInfoBlocks,
  requirementStates,
  requirementStateTone,
  type BadgeTone,
  type BookingStatus,
  type ExtraInfoBlocks,
  type RequirementState,
} from './domain/statuses.js';

export type { SharedAnswerValue } from './fragments/answer.js';
export type { SharedRequirement } from './fragments/requirement.js';

export { centsToEurosInput, eurosToCents, formatEuros } from './format/money.js';
export { isoToParisLocal, parisLocalToIso } from './format/paris-time.js';

export { provideUiI18n } from './i18n/provide.js';
export { formatDate, formatDateTime, formatDateTimeRange, formatLocalDate } from './i18n/format-date.js';
export { createLocaleHandle } from './i18n/locale-handle.js';
export { createLocaleSwitch } from './i18n/locale-switch.js';
export {
  getUiLocales,
  getUiMessages,
  setUiLocales,
  setUiMessages,
  type UiLocales,
  type UiMessages,
} from './i18n/messages.js';
export { translateError, translateFieldError } from './i18n/translate-error.js';

export { safeRedirectTarget, signInUrl } from './navigation/redirect-target.js';

export { failWith } from './forms/fail-with.js';
export { checkedField, intField, numberField, textField, textFields } from './forms/form-data.js';
export { readNewPassword } from './forms/new-password.js';
export { createSubmission } from './forms/submission.svelte.js';

export { loadViewer, requireViewer, type ViewerState } from './session/viewer.js';
export { createSignInActions, createSignInLoad, resendVerification } from './auth/sign-in-actions.js';
export { createSignOut } from './auth/sign-out.js';

export { default as AlertError } from './components/AlertError.svelte';
export { default as AlertSuccess } from './components/AlertSuccess.svelte';
export { default as AnswerValue } from './components/AnswerValue.svelte';
export { default as BadgeBookingStatus } from './components/BadgeBookingStatus.svelte';
export { default as BadgeRequirementState } from './components/BadgeRequirementState.svelte';
export { default as ButtonSchoolSignIn } from './components/ButtonSchoolSignIn.svelte';
export { default as ButtonSubmit } from './components/ButtonSubmit.svelte';
export { default as CardRequirement } from './components/CardRequirement.svelte';
export { default as FieldCheckboxes } from './components/FieldCheckboxes.svelte';
export { default as FieldRadios } from './components/FieldRadios.svelte';
export { default as FieldSelect } from './components/FieldSelect.svelte';
export { default as FieldsDateTimeParis } from './components/FieldsDateTimeParis.svelte';
export { default as FieldsNewPassword } from './components/FieldsNewPassword.svelte';
export { default as FieldTextarea } from './components/FieldTextarea.svelte';
export { default as FormAskTwice } from './components/FormAskTwice.svelte';
export { default as FormField } from './components/FormField.svelte';
export { default as FormResendVerification } from './components/FormResendVerification.svelte';
export { default as FormSignIn } from './components/FormSignIn.svelte';
export { default as FormSignOut } from './components/FormSignOut.svelte';
export { default as NavLink } from './components/NavLink.svelte';
export { default as LayoutShell } from './components/LayoutShell.svelte';
export { default as PageError } from './components/PageError.svelte';
export { default as SwitchLanguage } from './components/SwitchLanguage.svelte';
export { default as TableScroll } from './components/TableScroll.svelte';
