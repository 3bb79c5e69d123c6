/**
 * The local identity provider (AC2): a real OpenID Connect provider (oidc-provider) for the demo, the tests and
 * offline development, mounted at /simulators/oidc outside production. It speaks the real protocol — discovery,
 * authorization code with PKCE (S256, required), state and nonce, ID tokens signed with a key made at start — and
 * signs in a few school people of the demo schools, picked on a page. Their claims live in memory; loopback clients
 * may change them (`POST /_control/people/:sub`), so tests can show that a later sign-in updates the account.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import type Provider from 'oidc-provider';
import { z } from 'zod';
import type { Logger } from '../core/logger';
import { html, renderPage, type SafeHtml } from './pages';
import { loopbackOnly, parseControl } from './support';

/** What the provider says about a person (standard claims plus the school ones, named as the config's defaults). */
export interface OidcPerson {
  sub: string;
  email: string;
  email_verified: boolean;
  given_name: string;
  family_name: string;
  school?: string;
  class_year?: number;
  /** `slug:YYYY-MM-DD` (last valid day). */
  associations?: string[];
  /** `slug` or `slug:board`. */
  clubs?: string[];
}

/** The demo's school people (the demo schools, associations and clubs: server/src/demo). */
export const OIDC_DEMO_PEOPLE: readonly OidcPerson[] = [
  {
    sub: 'n7-diane-martin',
    email: 'diane@example.org',
    email_verified: true,
    given_name: 'Diane',
    family_name: 'Martin',
    school: 'enseeiht',
    class_year: 2027,
    associations: ['bde-n7:2027-08-31'],
    clubs: ['net7'],
  },
  {
    sub: 'a7-etienne-roux',
    email: 'etienne@example.org',
    email_verified: true,
    given_name: 'Étienne',
    family_name: 'Roux',
    school: 'ensiacet',
    class_year: 2026,
    associations: ['bde-a7:2026-08-31'],
    clubs: ['theatre-a7:board'],
  },
  {
    sub: 'n7-alice',
    email: 'alice@example.org',
    email_verified: true,
    given_name: 'Alice',
    family_name: 'Durand',
    school: 'enseeiht',
    class_year: 2027,
    associations: ['bde-n7:2027-08-31'],
    clubs: ['net7'],
  },
  {
    sub: 'x-unknown-school',
    email: 'zoe@example.org',
    email_verified: true,
    given_name: 'Zoé',
    family_name: 'Inconnue',
    school: 'ecole-inconnue',
    class_year: 2027,
  },
];

const SCHOOL_CLAIMS = ['school', 'class_year', 'associations', 'clubs'];

const personSchema = z.object({
  email: z.string().min(3).max(320).optional(),
  email_verified: z.boolean().optional(),
  given_name: z.string().max(100).optional(),
  family_name: z.string().max(100).optional(),
  school: z.string().max(100).nullable().optional(),
  class_year: z.number().int().nullable().optional(),
  associations: z.array(z.string().max(200)).max(50).nullable().optional(),
  clubs: z.array(z.string().max(200)).max(50).nullable().optional(),
});

type Stored = Record<string, unknown> & { uid?: string; userCode?: string; grantId?: string; consumed?: number };

/** The provider's store: in memory (a simulator's state lives as long as the process), entries dropped once expired. */
function memoryAdapter() {
  const rows = new Map<string, { payload: Stored; expiresAt: number }>();
  const live = (key: string) => {
    const row = rows.get(key);
    if (row && row.expiresAt < Date.now()) rows.delete(key);
    return rows.get(key)?.payload;
  };
  return class MemoryAdapter {
    constructor(readonly model: string) {}
    private key(id: string) {
      return `${this.model}:${id}`;
    }
    async upsert(id: string, payload: Stored, expiresIn?: number) {
      for (const [k, row] of rows) if (row.expiresAt < Date.now()) rows.delete(k);
      rows.set(this.key(id), { payload, expiresAt: Date.now() + (expiresIn ?? 3600) * 1000 });
    }
    async find(id: string) {
      return live(this.key(id));
    }
    async findByUid(uid: string) {
      for (const [k, row] of rows) if (k.startsWith(`${this.model}:`) && row.payload.uid === uid) return live(k);
      return undefined;
    }
    async findByUserCode(userCode: string) {
      for (const [k, row] of rows)
        if (k.startsWith(`${this.model}:`) && row.payload.userCode === userCode) return live(k);
      return undefined;
    }
    async consume(id: string) {
      const payload = live(this.key(id));
      if (payload) payload.consumed = Math.floor(Date.now() / 1000);
    }
    async destroy(id: string) {
      rows.delete(this.key(id));
    }
    async revokeByGrantId(grantId: string) {
      for (const [k, row] of rows) if (row.payload.grantId === grantId) rows.delete(k);
    }
  };
}

function page(res: Response, status: number, title: string, body: SafeHtml) {
  // The payment simulators' page frame; its banner speaks of payments, so this page states what it is itself.
  res.status(status).type('html').set('cache-control', 'no-store').send(renderPage(title, body));
}

export async function oidcSimulator(opts: {
  log: Logger;
  /** This provider's issuer: the absolute URL it is mounted at. */
  issuer: string;
  /** The one client it knows (this app). */
  client: { clientId: string; clientSecret?: string; redirectUri: string };
}): Promise<Router> {
  const log = opts.log.child({ simulator: 'oidc' });
  // Loaded only when mounted: the library warns at load time (runtime, in-memory store), fine for a simulator only.
  const { default: OidcProvider } = await import('oidc-provider');
  const people = new Map(OIDC_DEMO_PEOPLE.map((p) => [p.sub, { ...p }]));
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = {
    ...privateKey.export({ format: 'jwk' }),
    kid: `sim-${randomBytes(4).toString('hex')}`,
    alg: 'RS256',
    use: 'sig',
  };
  const mount = new URL(opts.issuer).pathname.replace(/\/+$/, '');
  const provider = new OidcProvider(opts.issuer, {
    clients: [
      {
        client_id: opts.client.clientId,
        client_secret: opts.client.clientSecret,
        redirect_uris: [opts.client.redirectUri],
        response_types: ['code'],
        grant_types: ['authorization_code'],
        token_endpoint_auth_method: opts.client.clientSecret ? 'client_secret_basic' : 'none',
      },
    ],
    adapter: memoryAdapter(),
    jwks: { keys: [jwk] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    pkce: { required: () => true },
    ttl: { AuthorizationCode: 60, AccessToken: 600, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      profile: ['given_name', 'family_name', ...SCHOOL_CLAIMS],
    },
    // Every claim of the granted scopes goes in the ID token, as many school providers do.
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `${mount}/interaction/${interaction.uid}` },
    // A first-party client: no consent screen, every requested scope and claim granted.
    loadExistingGrant: async (ctx: {
      oidc: {
        provider: Provider;
        client: { clientId: string };
        session: { accountId: string };
        params: { scope?: string };
      };
    }) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client.clientId,
        accountId: ctx.oidc.session.accountId,
      });
      grant.addOIDCScope(String(ctx.oidc.params.scope ?? 'openid'));
      grant.addOIDCClaims(['email', 'email_verified', 'given_name', 'family_name', ...SCHOOL_CLAIMS]);
      await grant.save();
      return grant;
    },
    findAccount: (_ctx: unknown, sub: string) => {
      const person = people.get(sub);
      if (!person) return undefined;
      return { accountId: sub, claims: () => ({ ...person, sub }) };
    },
    renderError: (ctx: { type: string; body: string }, out: { error: string; error_description?: string }) => {
      ctx.type = 'html';
      ctx.body = renderPage(
        'Fournisseur d’identité local',
        html`<p>Erreur : <code>${out.error}</code></p>
          <p>${out.error_description ?? ''}</p>`,
      );
    },
  });
  provider.on('server_error', (_ctx, err) => log.error({ err }, 'identity provider error'));

  const router = Router();
  const form = express.urlencoded({ extended: false, limit: '8kb' });

  router.get('/interaction/:uid', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const details = await provider.interactionDetails(req, res);
      const options = [...people.values()].map(
        (p) =>
          html`<li>
            <button class="button secondary" type="submit" name="sub" value="${p.sub}">
              ${p.given_name} ${p.family_name} — ${p.school ?? '?'} ${p.class_year ?? ''}
            </button>
          </li>`,
      );
      page(
        res,
        200,
        'Fournisseur d’identité local',
        html`<p>Identité de test de l’école (démonstration) : choisissez qui se connecte.</p>
          <form method="post" action="${mount}/interaction/${details.uid}/login">
            <ul style="list-style: none; padding: 0">
              ${options}
            </ul>
          </form>
          <form method="post" action="${mount}/interaction/${details.uid}/abort">
            <button class="button danger" type="submit">Refuser</button>
          </form>`,
      );
    } catch (e) {
      next(e);
    }
  });
  router.post('/interaction/:uid/login', form, async (req: Request, res: Response, next: NextFunction) => {
    try {
      const sub = String((req.body as Record<string, unknown>).sub ?? '');
      if (!people.has(sub)) {
        page(res, 400, 'Fournisseur d’identité local', html`<p>Personne inconnue.</p>`);
        return;
      }
      await provider.interactionFinished(req, res, { login: { accountId: sub } }, { mergeWithLastSubmission: false });
    } catch (e) {
      next(e);
    }
  });
  router.post('/interaction/:uid/abort', async (req: Request, res: Response, next: NextFunction) => {
    try {
      await provider.interactionFinished(
        req,
        res,
        { error: 'access_denied', error_description: 'The person refused to sign in.' },
        { mergeWithLastSubmission: false },
      );
    } catch (e) {
      next(e);
    }
  });
  router.get('/_control/people', loopbackOnly, (_req, res) => {
    res.json([...people.values()]);
  });
  router.post('/_control/people/:sub', loopbackOnly, express.json({ limit: '16kb' }), (req, res) => {
    const patch = parseControl(personSchema, req, res);
    if (!patch) return;
    const sub = String(req.params.sub);
    const before = people.get(sub);
    const merged = { ...(before ?? { sub, email: '', email_verified: true, given_name: '', family_name: '' }) };
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) delete (merged as Record<string, unknown>)[k];
      else if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
    }
    people.set(sub, merged);
    res.json(merged);
  });
  router.use(provider.callback());
  return router;
}
