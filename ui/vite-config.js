// The vite configuration both apps share (each app's vite.config.ts calls it).
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideOptions } from './paraglide-options.js';

/** @returns {import('vite').UserConfig} */
export function createAppViteConfig() {
  return {
    plugins: [paraglideVitePlugin({ ...paraglideOptions, strategy: [...paraglideOptions.strategy] }), sveltekit()],
    // @billetterie/ui ships TypeScript and Svelte sources: bundle it, never import it at run time.
    ssr: { noExternal: ['@billetterie/ui'] },
    server: { fs: { allow: ['../ui', '../messages'] } },
  };
}
