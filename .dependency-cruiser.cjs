/**
 * The server's module graph (docs/architecture.md, "Layers"): every folder below is a layer, and a layer imports only
 * itself and the layers listed before it. A module is reached from outside only through its `index.ts`, and the data
 * model only through `model/index.ts`. `npm run lint:deps` checks it; test/unit/module-graph.test.ts proves a
 * violation fails.
 */
const LAYERS = [
  ['core', 'server/src/core/'],
  ['crypto', 'server/src/crypto/'],
  ['render', 'server/src/render/'],
  ['model', 'server/src/model/'],
  ['db', 'server/src/db/'],
  ['storage', 'server/src/modules/storage/'],
  ['mail', 'server/src/modules/mail/'],
  ['jobs', 'server/src/modules/jobs/'],
  ['app-context', 'server/src/app-context\\.ts$'],
  ['graphql', 'server/src/graphql/'],
  ['audit', 'server/src/modules/audit/'],
  ['accounts', 'server/src/modules/accounts/'],
  ['organizations', 'server/src/modules/organizations/'],
  ['permissions', 'server/src/modules/permissions/'],
  ['events', 'server/src/modules/events/'],
  ['tickets', 'server/src/modules/tickets/'],
  ['notifications', 'server/src/modules/notifications/'],
  ['bookings', 'server/src/modules/bookings/'],
  ['payments', 'server/src/modules/payments/'],
  ['door', 'server/src/modules/door/'],
  ['documents', 'server/src/modules/documents/'],
  ['exports', 'server/src/modules/exports/'],
  ['mailings', 'server/src/modules/mailings/'],
  ['dashboard', 'server/src/modules/dashboard/'],
  ['calendar', 'server/src/modules/calendar/'],
  // The top: what assembles and serves everything (nothing imports it but itself).
  [
    'app',
    'server/src/(api/|http/|demo/|simulators/|cli/|app\\.ts$|main\\.ts$|mail-worker\\.ts$|mikro-orm\\.config\\.ts$)',
  ],
];
const at = (p) => `^${p}`;

const upward = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `layer-${name}`,
  comment: `${name} may import only the layers below it (${
    LAYERS.slice(0, i)
      .map(([n]) => n)
      .join(', ') || 'none'
  }); it imports a layer above it.`,
  severity: 'error',
  from: { path: at(path) },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => at(p)) },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'no-circular',
      comment:
        'Imports form a tree: no file reaches itself again through its imports (type-only imports between entities are the ORM relations and are allowed).',
      severity: 'error',
      from: { path: '^server/src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'module-public-face',
      comment: 'Another module is imported only through its index.ts, its public face.',
      severity: 'error',
      from: { path: '^server/src/modules/([^/]+)/' },
      to: { path: '^server/src/modules/[^/]+/(?!index\\.ts$)', pathNot: '^server/src/modules/$1/' },
    },
    {
      name: 'module-public-face-from-outside',
      comment: 'Code outside the modules reaches a module only through its index.ts.',
      severity: 'error',
      from: { path: '^server/src/', pathNot: '^server/src/modules/' },
      to: { path: '^server/src/modules/[^/]+/(?!index\\.ts$)' },
    },
    {
      name: 'model-public-face',
      comment: 'The data model is imported through model/index.ts.',
      severity: 'error',
      from: { path: '^server/src/', pathNot: '^server/src/model/' },
      to: { path: '^server/src/model/(?!index\\.ts$)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^server/src/db/migrations/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    reporterOptions: {
      archi: { collapsePattern: '^server/src/(modules/[^/]+|[^/]+)' },
    },
  },
};
