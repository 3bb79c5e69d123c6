import type { ActorContext } from '../../app-context';
import { badInput, notFound } from '../../core/errors';
import { isUuid } from '../../core/ids';
import { audit } from '../audit';
import { accountsPolicy, enforce } from './accounts.policy';
import { randomSecret, sha256 } from './secrets';
import { API_TOKEN_PREFIX } from './sessions.service';
import { ApiToken } from '../../model';

const MAX_ACTIVE_TOKENS = 20;

export async function listApiTokens(ctx: ActorContext): Promise<ApiToken[]> {
  enforce(accountsPolicy.canManageOwnAccount(ctx.viewer));
  return ctx.em.find(ApiToken, { user: ctx.viewer!.user }, { orderBy: { createdAt: 'desc' } });
}

/** Returns the secret once; only its hash is kept. */
export async function createApiToken(
  ctx: ActorContext,
  rawName: string,
): Promise<{ token: string; apiToken: ApiToken }> {
  enforce(accountsPolicy.canManageOwnAccount(ctx.viewer));
  const name = rawName.trim();
  if (!name) throw badInput({ name: 'REQUIRED' });
  if (name.length > 100) throw badInput({ name: 'TOO_LONG' });
  return ctx.em.transactional(async (em) => {
    const user = ctx.viewer!.user;
    if ((await em.count(ApiToken, { user, revokedAt: null })) >= MAX_ACTIVE_TOKENS) {
      throw badInput({ name: 'NOT_ALLOWED' }, `At most ${MAX_ACTIVE_TOKENS} active tokens; revoke one first.`);
    }
    const token = randomSecret(API_TOKEN_PREFIX);
    const apiToken = new ApiToken(user, name, token.slice(0, API_TOKEN_PREFIX.length + 6), sha256(token));
    em.persist(apiToken);
    audit(ctx, em, {
      action: 'api_token.created',
      subjectType: 'User',
      subjectId: user.id,
      data: { apiTokenId: apiToken.id, name },
    });
    return { token, apiToken };
  });
}

export async function revokeApiToken(ctx: ActorContext, id: string): Promise<ApiToken> {
  enforce(accountsPolicy.canManageOwnAccount(ctx.viewer));
  return ctx.em.transactional(async (em) => {
    const token = isUuid(id) ? await em.findOne(ApiToken, { id, user: ctx.viewer!.user }) : null;
    if (!token) throw notFound('API token');
    if (!token.revokedAt) {
      token.revokedAt = new Date();
      audit(ctx, em, {
        action: 'api_token.revoked',
        subjectType: 'User',
        subjectId: ctx.viewer!.user.id,
        data: { apiTokenId: id },
      });
    }
    return token;
  });
}
