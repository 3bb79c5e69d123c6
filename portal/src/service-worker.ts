/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/*
 * OF1: the portal installable, and a reservation's ticket, once opened, still shown without network.
 *
 * What is kept, and nothing else:
 * - SHELL: the built scripts and styles and the static files (icons, manifest), the same for everyone;
 * - TICKETS: for each ticket the person opened on this device (the page asks, see offline-tickets.ts), the booking's
 *   page, the ticket image (its QR code inside) and a short label, plus the offline page's texts in their language.
 * No GraphQL answer, no other page and no other file is ever stored. The worker's scope is the whole origin (the
 * portal is served at `/`), which includes the console and the API: it leaves every request it does not own alone.
 */
import { build, files, version } from '$service-worker';
import {
  isTicketImage,
  isTicketPage,
  OFFLINE_INDEX,
  TICKETS_CACHE,
  type OfflineIndex,
  type OfflineTexts,
  type WorkerMessage,
} from '$lib/offline-tickets';

const sw = self as unknown as ServiceWorkerGlobalScope;
const SHELL = `billetterie-shell-${version}`;
const TICKETS = TICKETS_CACHE;
const SHELL_FILES = new Set([...build, ...files]);
/** In a basement a request may hang rather than fail: the kept ticket is shown after this long. */
const NETWORK_WAIT_MS = 4000;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      await cache.addAll([...SHELL_FILES]);
      await sw.skipWaiting();
    })(),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys())
        if (key.startsWith('billetterie-shell-') && key !== SHELL) await caches.delete(key);
      await sw.clients.claim();
      // A kept page names the scripts of the build it came from: take it again from this build.
      await refreshTickets({ pages: true });
    })(),
  );
});

async function readIndex(cache: Cache): Promise<OfflineIndex> {
  const found = await cache.match(OFFLINE_INDEX);
  return found ? ((await found.json()) as OfflineIndex) : { texts: null, tickets: {} };
}

const writeIndex = (cache: Cache, index: OfflineIndex) =>
  cache.put(OFFLINE_INDEX, new Response(JSON.stringify(index), { headers: { 'content-type': 'application/json' } }));

/** The person's own request for their page or file: same origin, their cookie, never the HTTP cache's copy. */
const fetchFresh = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { credentials: 'same-origin', cache: 'no-store', headers, redirect: 'manual' });

/**
 * One change of the kept tickets at a time: keeping, checking again and forgetting all read and rewrite the index.
 * A failed step (no network) does not stop the next ones.
 */
let queue: Promise<unknown> = Promise.resolve();
function serially(work: () => Promise<void>): Promise<void> {
  const next = queue.then(work, work);
  queue = next.catch(() => undefined);
  return next;
}

/**
 * Keeps a ticket the person is shown: its page and its image, fetched by the worker with their session. Already
 * kept, only its label and the offline page's language are updated: checking it again is `refreshTickets`' work.
 */
async function keepTicket(data: Extract<WorkerMessage, { type: 'keep-ticket' }>) {
  if (!isTicketPage(data.page) || !isTicketImage(data.image)) return;
  const cache = await caches.open(TICKETS);
  const index = await readIndex(cache);
  const known =
    !!index.tickets[data.bookingId] && !!(await cache.match(data.page)) && !!(await cache.match(data.image));
  if (!known) {
    const [page, image] = await Promise.all([fetchFresh(data.page), fetchFresh(data.image)]);
    if (page.status !== 200 || image.status !== 200) return;
    await Promise.all([cache.put(data.page, page), cache.put(data.image, image)]);
  }
  index.texts = data.texts;
  index.tickets[data.bookingId] = { page: data.page, image: data.image, label: data.label };
  await writeIndex(cache, index);
}

async function forget(cache: Cache, index: OfflineIndex, bookingId: string) {
  const kept = index.tickets[bookingId];
  if (!kept) return;
  await Promise.all([cache.delete(kept.page), cache.delete(kept.image)]);
  delete index.tickets[bookingId];
}

/**
 * Back online: each kept ticket is asked again with the ETag of its image. 304: unchanged. 200: drawn again (a new
 * name, an answer changed), both its image and its page are replaced. Anything else (409: opposed or no longer a
 * reservation, 404: deleted, or the session is gone) drops it. Without network nothing changes.
 */
/**
 * Every portal page loaded with the network asks for a check: one per minute is enough, unless the network failed
 * meanwhile (then the next one runs, as does the one the browser's coming back online asks for).
 */
const RECHECK_MS = 60_000;
let lastChecked = 0;

function refreshTickets(opts: { pages?: boolean; force?: boolean } = {}): Promise<void> {
  return serially(async () => {
    if (!opts.pages && !opts.force && Date.now() - lastChecked < RECHECK_MS) return;
    if (!(await caches.has(TICKETS))) return; // nothing kept (and a sign-out's deletion stays one)
    const cache = await caches.open(TICKETS);
    const index = await readIndex(cache);
    for (const [bookingId, kept] of Object.entries(index.tickets)) {
      const stored = await cache.match(kept.image);
      const etag = stored?.headers.get('etag');
      let answer: Response;
      try {
        answer = await fetchFresh(kept.image, etag ? { 'if-none-match': etag } : {});
      } catch {
        lastChecked = 0;
        break; // offline: the rest stays as it is
      }
      if (answer.status === 304 && !opts.pages) continue;
      if (answer.status === 200 || answer.status === 304) {
        const page = await fetchFresh(kept.page).catch(() => null);
        if (page?.status === 200) await cache.put(kept.page, page);
        else if (page) await forget(cache, index, bookingId);
        if (answer.status === 200 && index.tickets[bookingId]) await cache.put(kept.image, answer);
      } else await forget(cache, index, bookingId);
    }
    await writeIndex(cache, index);
    if (lastChecked !== 0 || Object.keys(index.tickets).length === 0) lastChecked = Date.now();
  });
}

const forgetAll = () => serially(async () => void (await caches.delete(TICKETS)));

sw.addEventListener('message', (event) => {
  const data = event.data as WorkerMessage | undefined;
  const done = (work: Promise<void>) =>
    event.waitUntil(work.finally(() => (event.source as Client | null)?.postMessage({ type: 'done', of: data?.type })));
  if (data?.type === 'keep-ticket') done(serially(() => keepTicket(data)));
  else if (data?.type === 'refresh-tickets') done(refreshTickets({ force: data.force }));
  else if (data?.type === 'forget-tickets') done(forgetAll());
});

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Without network and without a kept copy of the page asked: the tickets kept on this device, in the person's language. */
async function offlinePage(): Promise<Response> {
  const index = await readIndex(await caches.open(TICKETS));
  const texts: OfflineTexts = index.texts ?? {
    lang: 'fr',
    title: 'Hors connexion',
    intro: 'Cette page a besoin du réseau.',
    tickets: 'Billets enregistrés sur cet appareil',
    none: 'Aucun billet enregistré sur cet appareil.',
  };
  const items = Object.values(index.tickets)
    .map((t) => `<li><a href="${escapeHtml(t.page)}">${escapeHtml(t.label)}</a></li>`)
    .join('');
  const html = `<!doctype html><html lang="${escapeHtml(texts.lang)}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(texts.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem;line-height:1.5;color:#1a1a1a}a{color:#0b57d0}</style>
</head><body><main><h1>${escapeHtml(texts.title)}</h1><p>${escapeHtml(texts.intro)}</p>
<h2>${escapeHtml(texts.tickets)}</h2>${items ? `<ul>${items}</ul>` : `<p>${escapeHtml(texts.none)}</p>`}</main></body></html>`;
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' }, status: 200 });
}

/** The network's answer, or the kept copy when the network fails or takes too long (and a copy exists). */
async function networkThenKept(request: Request, kept: Response | undefined): Promise<Response> {
  const network = fetch(request);
  if (!kept) return network;
  const timeout = new Promise<undefined>((resolve) => setTimeout(resolve, NETWORK_WAIT_MS));
  try {
    return (await Promise.race([network, timeout])) ?? kept;
  } catch {
    lastChecked = 0; // the next page loaded with the network checks the kept tickets again
    return kept;
  }
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || request.headers.has('range')) return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;

  if (SHELL_FILES.has(url.pathname)) {
    event.respondWith(caches.match(request, { cacheName: SHELL }).then((hit) => hit ?? fetch(request)));
    return;
  }
  const path = url.pathname + url.search;
  if (isTicketImage(path) || (request.mode === 'navigate' && isTicketPage(url.pathname))) {
    event.respondWith(
      (async () => {
        const kept = await caches.match(request.mode === 'navigate' ? url.pathname : path, { cacheName: TICKETS });
        try {
          return await networkThenKept(request, kept);
        } catch {
          lastChecked = 0;
          return request.mode === 'navigate' ? offlinePage() : Response.error();
        }
      })(),
    );
    return;
  }
  // Any other page of the portal: the network only; without it, the list of the tickets kept here.
  if (request.mode === 'navigate' && !url.pathname.startsWith('/console')) {
    event.respondWith(
      fetch(request).catch(() => {
        lastChecked = 0;
        return offlinePage();
      }),
    );
  }
});
