// One definition of how both apps compile the shared inlang project, used by
// their vite configs and by scripts/compile-messages.js (check/prepare scripts).
import { fileURLToPath } from 'node:url';

export const paraglideOptions = {
  project: fileURLToPath(new URL('../project.inlang', import.meta.url)),
  outdir: './src/lib/paraglide',
  // No URL prefixes: the cookie (shared by portal and console) wins, then the
  // browser's languages, then French.
  strategy: /** @type {const} */ (['cookie', 'preferredLanguage', 'baseLocale']),
};
