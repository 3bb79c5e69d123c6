import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    // Served by the same process as the portal, under /console. Absolute paths,
    // because server-side redirects built with resolve() must not depend on
    // the depth of the page that raised them.
    paths: { base: '/console', relative: false },
  },
};
