import fs from 'node:fs';
import path from 'node:path';

/**
 * The repository's root (where the workspaces' package.json is), found from this module's directory: the same
 * answer from the TypeScript sources (server/src/core) and from the bundle `npm run build` writes (server/dist).
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && 'workspaces' in (JSON.parse(fs.readFileSync(manifest, 'utf8')) as object))
      return dir;
    if (path.dirname(dir) === dir) throw new Error(`no workspace root above ${from}`);
  }
}

export const REPO_ROOT = findRoot(__dirname);
