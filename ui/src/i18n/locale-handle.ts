import type { Handle } from '@sveltejs/kit';

type ParaglideMiddleware = (
  request: Request,
  resolve: (args: { request: Request; locale: string }) => Response | Promise<Response>,
) => Promise<Response>;

/**
 * Runs each request inside paraglide's locale context (so messages rendered on
 * the server use the visitor's locale) and writes that locale into `<html lang>`.
 */
export function createLocaleHandle(paraglideMiddleware: ParaglideMiddleware): Handle {
  return ({ event, resolve }) =>
    paraglideMiddleware(event.request, ({ request, locale }) => {
      event.request = request;
      return resolve(event, {
        transformPageChunk: ({ html }) => html.replace('%lang%', locale),
      });
    });
}
