import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from './core/clock';
import type { Config } from './core/config';
import type { Logger } from './core/logger';
import type { HandOff, Jobs } from './modules/jobs';
import type { Mailer, Outbox } from './modules/mail';
import type { Storage } from './modules/storage';
import type { SecretBox } from './crypto/secret-box';
import type { TicketSigner } from './crypto/ticket-signer';
import type { TicketRenderer } from './render/ticket-renderer';
import type { User } from './model';

/** Long-lived dependencies, created once at start. */
export interface AppDeps {
  config: Config;
  log: Logger;
  mailer: Mailer;
  /** Durable mail: enqueue with `enqueueMail` in the change's transaction, then `outbox.kick()` after commit. */
  outbox: Outbox;
  storage: Storage;
  /** Encrypts provider secrets at rest (PY1). */
  secrets: SecretBox;
  /** Signs and verifies ticket QR codes (TT3). */
  signer: TicketSigner;
  /** Renders tickets (TT2). */
  renderer: TicketRenderer;
  clock: Clock;
  /** The job queue; null when this process runs no workers (JOBS=false). */
  jobs: Jobs | null;
  /** JOBS=false: hands work left behind (mail, exports) to a worker process when one is connected; null with JOBS=true. */
  handOff: HandOff | null;
}

export interface CookieInstruction {
  name: string;
  value: string;
  options: { path: string; httpOnly: boolean; sameSite: 'lax'; secure: boolean; maxAge?: number };
}

export interface Viewer {
  user: User;
  /** How the request authenticated: a browser session or a personal API token. */
  via: 'session' | 'token';
  sessionId?: string;
}

/**
 * What a service needs to act for someone: its own EntityManager fork, who acts, and where the request came from.
 * Services never see GraphQL or HTTP objects.
 */
export interface ActorContext {
  em: EntityManager;
  viewer: Viewer | null;
  deps: AppDeps;
  requestId: string;
  ip: string;
  userAgent?: string;
  /** Cookies the response must set (sign-in, sign-out); applied by the HTTP layer or the in-process caller. */
  cookies: CookieInstruction[];
}
