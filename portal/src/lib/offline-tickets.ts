/*
 * OF1: what the pages and the service worker (src/service-worker.ts) say to each other about the tickets kept on
 * this device. Pure: the worker imports it too.
 */

/** The offline page's words, in the person's language (the worker has no catalogue of its own). */
export interface OfflineTexts {
  lang: string;
  title: string;
  intro: string;
  tickets: string;
  none: string;
}

/** What the worker keeps: per booking, its page, its ticket image and a label for the offline page. */
export interface OfflineIndex {
  texts: OfflineTexts | null;
  tickets: Record<string, { page: string; image: string; label: string }>;
}

export type WorkerMessage =
  | { type: 'keep-ticket'; bookingId: string; page: string; image: string; label: string; texts: OfflineTexts }
  | { type: 'refresh-tickets'; force?: boolean }
  | { type: 'forget-tickets' };

/** The cache of the kept tickets (the shell's caches are named after the build). */
export const TICKETS_CACHE = 'billetterie-tickets';

/** Where the worker files its index, a key of its own cache that no server route answers. */
export const OFFLINE_INDEX = '/__offline-tickets/index.json';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const TICKET_PAGE = new RegExp(`^/bookings/${UUID}$`);
const TICKET_IMAGE = new RegExp(`^/media/tickets/${UUID}\\.png\\?inline=1$`);

/** A booking's page of the portal (only these are kept, and only for the tickets the person opened). */
export const isTicketPage = (path: string) => TICKET_PAGE.test(path);
/** A ticket's image as the booking's page shows it (path and query). */
export const isTicketImage = (path: string) => TICKET_IMAGE.test(path);

/**
 * Sends a message to the active worker and waits until it is done (or 10 s): true once it answered. Sign-out waits
 * for the kept tickets to be gone. Without a worker (a browser without them, the dev server) it does nothing.
 */
export async function tellWorker(message: WorkerMessage): Promise<boolean> {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return false;
  // `ready` waits for the worker being installed on a first visit; it never settles without one.
  const registration = await Promise.race([
    navigator.serviceWorker.ready,
    new Promise<undefined>((resolve) => setTimeout(resolve, 10_000)),
  ]);
  const worker = registration?.active;
  if (!worker) return false;
  return new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => done(false), 10_000);
    function done(answered: boolean) {
      clearTimeout(timer);
      navigator.serviceWorker.removeEventListener('message', onMessage);
      resolve(answered);
    }
    function onMessage(event: MessageEvent) {
      if (event.data?.type === 'done' && event.data.of === message.type) done(true);
    }
    navigator.serviceWorker.addEventListener('message', onMessage);
    worker.postMessage(message);
  });
}
