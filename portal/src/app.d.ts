import type { BilletteriePlatform } from '@billetterie/ui';

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
  namespace App {
    // adapter-node's `platform.req`, carrying the server's in-process GraphQL executor.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an interface, to merge with SvelteKit's own App.Platform
    interface Platform extends BilletteriePlatform {}
  }
}

export {};
