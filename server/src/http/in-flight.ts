import type { ApolloServerPlugin } from '@apollo/server';
import type { Server } from 'node:http';

/**
 * The work a shutdown waits for before it closes what that work uses (the job runner, the mailer, the database):
 * every HTTP request until its response is done or its client gone, and every GraphQL operation until its answer
 * is ready, even when its client hung up meanwhile (the operation still runs, and still needs the database).
 */
export class InFlight {
  private count = 0;
  private waiters: Array<() => void> = [];

  /** Counts one piece of work until the returned function is called (once; later calls do nothing). */
  hold(): () => void {
    this.count++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    };
  }

  get size(): number {
    return this.count;
  }

  /** Resolves true when nothing is in flight, or false after `ms` with work still running. */
  settled(ms: number): Promise<boolean> {
    if (this.count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(
        () => {
          this.waiters = this.waiters.filter((w) => w !== wake);
          resolve(false);
        },
        Math.max(0, ms),
      );
      this.waiters.push(wake);
    });
  }

  /** Holds each request of the server until its response closes (finished, or the connection gone). */
  trackRequests(server: Server): void {
    server.on('request', (_req, res) => {
      res.once('close', this.hold());
    });
  }

  /** Holds each GraphQL operation (over HTTP or in process) until its response is ready to send. */
  apolloPlugin<T extends object>(): ApolloServerPlugin<T> {
    return {
      requestDidStart: async () => {
        const release = this.hold();
        return {
          willSendResponse: async () => release(),
        };
      },
    };
  }
}
