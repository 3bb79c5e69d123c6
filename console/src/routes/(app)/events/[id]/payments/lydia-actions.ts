import type { RequestEvent } from '@sveltejs/kit';
import { createGraphQLClient, failWith, outcomeOf, textField, textFields, type ApiError } from '@billetterie/ui';
import { CreateLydiaAccount, LydiaBusinesses } from './documents';

export interface Business {
  name: string;
  vendorToken: string;
  /** What the organizer typed for it (kept when the page is rendered again without JavaScript). */
  description?: string;
}

/**
 * What the "retrieve the tokens" form gets back (PY4). Never the password: it stays in the
 * browser's password input, and is typed again when a page without JavaScript lost it.
 */
export interface LydiaFetchResult {
  form: 'lydiaFetch';
  phone: string;
  businesses: Business[];
  /** The name of the account just added. */
  added?: string;
  /** The row the error is about. */
  pick?: number;
  error?: ApiError;
}

type Event = RequestEvent<{ id: string }>;

/** The login fields; a missing one is refused before calling the API. */
function readLogin(data: FormData) {
  const phone = textField(data, 'phone');
  const password = textField(data, 'password', { trim: false });
  const missing: NonNullable<ApiError['fields']> = {};
  if (!phone) missing.phone = 'REQUIRED';
  if (!password) missing.password = 'REQUIRED';
  return { phone, password, missing };
}

const refuse = (error: ApiError, result: Omit<LydiaFetchResult, 'error'>) => failWith(error, result);

export async function fetchLydiaBusinesses(event: Event) {
  const { phone, password, missing } = readLogin(await event.request.formData());
  const result: LydiaFetchResult = { form: 'lydiaFetch', phone, businesses: [] };
  if (Object.keys(missing).length > 0) return refuse({ code: 'BAD_USER_INPUT', fields: missing }, result);
  const outcome = await outcomeOf(
    createGraphQLClient(event).mutation(LydiaBusinesses, { eventId: event.params.id, phone, password }),
  );
  if (outcome.error) return refuse(outcome.error, result);
  result.businesses = outcome.data.lydiaBusinesses.map(({ name, vendorToken }) => ({ name, vendorToken }));
  return result;
}

/**
 * The list found comes back in hidden fields (names and vendor tokens are public), so that it
 * survives this submission; each row's description is a field of its own, `description.<row>`.
 */
export async function addFoundLydiaAccount(event: Event) {
  const data = await event.request.formData();
  const { phone, password, missing } = readLogin(data);
  const tokens = textFields(data, 'businessToken');
  const names = textFields(data, 'businessName');
  const businesses = tokens.map((vendorToken, index) => ({
    vendorToken,
    name: names[index] ?? '',
    description: textField(data, `description.${index}`),
  }));
  const pick = Number(textField(data, 'pick'));
  const result: LydiaFetchResult = { form: 'lydiaFetch', phone, businesses, pick };
  const business = businesses[pick];
  if (!business) return refuse({ code: 'BAD_REQUEST' }, result);
  if (Object.keys(missing).length > 0) return refuse({ code: 'BAD_USER_INPUT', fields: missing }, result);
  const input = {
    eventId: event.params.id,
    description: business.description,
    vendorToken: business.vendorToken,
    phone,
    password,
  };
  const outcome = await outcomeOf(createGraphQLClient(event).mutation(CreateLydiaAccount, { input }));
  if (outcome.error) return refuse(rowError(outcome.error, pick), result);
  return { ...result, pick: undefined, added: input.description };
}

/** The API names the field `description`; on this page it is the picked row's. */
function rowError(error: ApiError, pick: number): ApiError {
  if (!error.fields?.description) return error;
  const { description, ...others } = error.fields;
  return { ...error, fields: { ...others, [`description.${pick}`]: description } };
}
