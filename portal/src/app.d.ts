import type { BilletteriePlatform } from '@billetterie/ui';

// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// adapter-node's `platform.req`, carrying the server's in-process GraphQL executor.
		interface Platform extends BilletteriePlatform {}
	}
}

export {};
