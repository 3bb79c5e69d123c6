import { redirect, type RequestHandler } from '@sveltejs/kit';
import { safeRedirectTarget } from '../navigation/redirect-target.js';

interface LocaleRuntime {
  cookieName: string;
  cookieMaxAge: number;
  isLocale(value: unknown): boolean;
}

/**
 * POST endpoint behind the language switch: a plain form, so it works without
 * JavaScript. The cookie has path `/` so portal and console share the choice,
 * and is readable by scripts because paraglide's browser runtime reads it.
 */
export function createLocaleSwitch(runtime: LocaleRuntime, fallback: string): RequestHandler {
  return async ({ request, cookies }) => {
    const data = await request.formData();
    const locale = data.get('locale');
    if (runtime.isLocale(locale)) {
      cookies.set(runtime.cookieName, String(locale), {
        path: '/',
        maxAge: runtime.cookieMaxAge,
        httpOnly: false,
        sameSite: 'lax',
      });
    }
    redirect(303, safeRedirectTarget(data.get('redirectTo'), fallback));
  };
}
