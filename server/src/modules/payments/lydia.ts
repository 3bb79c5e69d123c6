import { createHash, timingSafeEqual } from 'node:crypto';
import { postForm, providerUnavailable } from './provider-http';

/**
 * Lydia's callback signature (PAYMENTS.md): every parameter but `sig`, sorted by name, joined as `name=value`
 * with `&` (no URL-encoding), then `&` and the private token; MD5, hex.
 */
export function lydiaSignature(params: Record<string, string>, privateToken: string): string {
  const base = Object.keys(params)
    .filter((k) => k !== 'sig')
    .sort()
    .map((k) => `${k}=${params[k]}`)
    .join('&');
  return createHash('md5').update(`${base}&${privateToken}`, 'utf8').digest('hex');
}

export function signatureMatches(params: Record<string, string>, privateToken: string): boolean {
  const given = Buffer.from((params.sig ?? '').toLowerCase(), 'utf8');
  const expected = Buffer.from(lydiaSignature(params, privateToken), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface LydiaCall {
  /** What was sent (without secrets) and what came back, for the records (PY5). */
  sent: Record<string, string>;
  reply: Record<string, unknown>;
  raw: Buffer;
}

export interface LydiaClient {
  login(phone: string, password: string): Promise<LydiaCall>;
  checkVendorToken(vendorToken: string, privateToken: string): Promise<LydiaCall>;
  request(params: Record<string, string>): Promise<LydiaCall>;
  state(requestId: string, vendorToken: string): Promise<LydiaCall>;
  cancel(requestId: string, vendorToken: string): Promise<LydiaCall>;
}

/** Lydia's merchant API: form-encoded POSTs answering JSON. Secrets are sent but never kept in `sent`. */
export function lydiaClient(baseUrl: string, timeoutMs: number): LydiaClient {
  async function call(path: string, params: Record<string, string>, secret: string[] = []): Promise<LydiaCall> {
    const res = await postForm(`${baseUrl}${path}`, new URLSearchParams(params).toString(), timeoutMs);
    if (res.status >= 500) throw providerUnavailable(`Lydia answered HTTP ${res.status}`);
    let reply: Record<string, unknown>;
    try {
      reply = JSON.parse(res.body.toString('utf8')) as Record<string, unknown>;
      if (!reply || typeof reply !== 'object') throw new Error('not an object');
    } catch {
      throw providerUnavailable(`Lydia answered HTTP ${res.status} without JSON`);
    }
    const sent = Object.fromEntries(Object.entries(params).filter(([k]) => !secret.includes(k)));
    return { sent, reply, raw: res.body };
  }
  return {
    login: (phone, password) => call('/api/auth/login.json', { phone, password }, ['password']),
    checkVendorToken: (vendorToken, privateToken) =>
      call('/api/auth/vendortoken.json', { vendor_token: vendorToken, vendor_id: privateToken }, ['vendor_id']),
    request: (params) => call('/api/request/do.json', params),
    state: (requestId, vendorToken) =>
      call('/api/request/state.json', { request_id: requestId, vendor_token: vendorToken }),
    cancel: (requestId, vendorToken) =>
      call('/api/request/cancel.json', { request_id: requestId, vendor_token: vendorToken }),
  };
}

export const lydiaOk = (reply: Record<string, unknown>) => String(reply.error ?? '0') === '0';
