import { createContext } from 'svelte';
import type { BookingStatus, ExtraInfoBlocks, RequirementState } from '../domain/statuses.js';
import { errorCodes, fieldErrorCodes } from '../graphql/errors.js';

type Message = () => string;

type PlainKey =
  | 'app_name'
  | 'nav_skip_to_content'
  | 'nav_main_label'
  | 'app_footer_note'
  | 'language_label'
  | 'language_fr'
  | 'language_en'
  | 'common_sign_out'
  | 'common_sending'
  | 'page_error_home'
  | 'app_api_unavailable'
  | 'common_email'
  | 'password_label'
  | 'password_confirm_label'
  | 'password_hint'
  | 'common_sign_in'
  | 'signin_forgot'
  | 'signin_no_account'
  | 'signin_school_button'
  | 'signin_school_separator'
  | 'signin_school_notice_unknown_organizations'
  | 'verify_resend_help'
  | 'verify_resend_submit'
  | 'verify_resend_done'
  | 'datetime_paris_hint'
  | 'answer_file_current'
  | 'answer_file_download_pdf'
  | 'common_download'
  | 'error_RATE_LIMITED_later'
  | `error_${Exclude<(typeof errorCodes)[number], 'RATE_LIMITED'>}`
  | 'error_NETWORK'
  | `field_error_${(typeof fieldErrorCodes)[number]}`
  // One key set per enum, named after it (docs/i18n.md).
  | `booking_status_${BookingStatus}`
  | `requirement_state_${RequirementState}`
  | `requirement_blocks_${ExtraInfoBlocks}`;

/**
 * The messages the shared components use. Each app compiles the one inlang
 * project into its own paraglide module and hands it over (its `m` matches
 * this shape), so `ui` needs no compiled copy of its own.
 */
export type UiMessages = Record<PlainKey, Message> & {
  error_RATE_LIMITED(inputs: { seconds: number }): string;
  page_error_title(inputs: { status: number }): string;
  answer_value(inputs: { value: string }): string;
  answer_file_preview_alt(inputs: { name: string }): string;
};

/** The locale-related pieces of the app's paraglide runtime that `ui` needs. */
export interface UiLocales {
  locales: readonly string[];
  current: string;
}

export const [getUiMessages, setUiMessages] = createContext<UiMessages>();
export const [getUiLocales, setUiLocales] = createContext<UiLocales>();
