import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { expect } from 'chai';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../server/src/db/embedded';
import { ormConfig } from '../../server/src/db/orm-config';
import pino from 'pino';
import { createLogger, safeError, type LoggerOptions } from '../../server/src/core/logger';
import { testAdminUrl } from '../support/database';

/** Logs one line with the given options and returns it parsed. */
function logged(opts: Omit<LoggerOptions, 'destination'>, obj: Record<string, unknown>): Record<string, any> {
  let text = '';
  const destination = new Writable({ write: (c, _e, done) => ((text += c.toString()), done()) });
  createLogger('trace', { ...opts, destination }).error(obj, 'line');
  return JSON.parse(text);
}

describe('unit: logs without secrets (SEC3)', () => {
  it('SEC3: mail recipients and emailed links are redacted unless the development outbox asks for them', () => {
    const mail = { to: 'lea@example.org', subject: 'Vérifiez', links: ['http://x/verify-email?token=s3cret'] };
    const prod = logged({}, mail);
    expect(JSON.stringify(prod)).not.to.match(/lea@example|s3cret/);
    expect(prod.subject).to.equal('Vérifiez');
    const dev = logged({ mailDetails: true }, mail);
    expect(dev.links).to.deep.equal(mail.links);
  });

  it('SEC3: an error keeps its type, message and code but never its query, parameters, detail or where', () => {
    const err = Object.assign(new Error('boom'), {
      code: 'E_X',
      query: 'select 1 from users where email = $1',
      parameters: ['lea@example.org'],
      params: ['lea@example.org'],
      detail: 'Key (email)=(lea@example.org) already exists.',
      where: 'PL/pgSQL function f(lea@example.org)',
      body: { password: 'p' },
    });
    const line = logged({}, { err, password: 'hunter2', email: 'lea@example.org' });
    expect(line.err).to.include({ type: 'Error', message: 'boom', code: 'E_X' });
    expect(JSON.stringify(line)).not.to.match(/lea@example|hunter2|select 1/);
  });

  it('SEC3: an error pino-http already serialized (the original kept in `raw`) is cut down the same way', () => {
    const err = Object.assign(new Error('boom'), { detail: 'Key (email)=(lea@example.org) already exists.' });
    const serialized = pino.stdSerializers.err(err);
    expect(JSON.stringify(serialized), 'what pino-http would log').to.include('lea@example.org');
    expect(JSON.stringify(safeError(serialized))).not.to.include('lea@example.org');
    expect(safeError(serialized)).to.include({ type: 'Error', message: 'boom' });
  });

  it('SEC3: addresses in an error message (an SMTP refusal) are masked, in the message and the stack', () => {
    const err = new Error(
      `Can't send mail - all recipients were rejected: 550 5.1.1 <lea@example.org>: Recipient address rejected`,
    );
    const line = logged({}, { err });
    expect(line.err.message).to.equal(
      `Can't send mail - all recipients were rejected: 550 5.1.1 <[email]>: Recipient address rejected`,
    );
    expect(JSON.stringify(line)).not.to.include('lea@example.org');
  });

  it('SEC3: an error whose message quotes SQL is withheld, its stack frames kept', () => {
    const err = new Error(`insert into "users" ("email") values ('lea@example.org') - invalid byte sequence`);
    const line = logged({}, { err });
    expect(line.err.message).to.match(/withheld/);
    expect(line.err.stack).to.match(/^\s+at /);
    expect(JSON.stringify(line)).not.to.include('lea@example.org');
  });

  it('SEC3: the embedded PostgreSQL relays its start and stop to the log at trace, but no query error (which quotes values)', async function () {
    this.timeout(60_000);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'billetterie-pglog-'));
    let text = '';
    const log = createLogger('trace', {
      destination: new Writable({ write: (c, _e, done) => ((text += c.toString()), done()) }),
    });
    const db = await startEmbeddedPostgres({ dir: path.join(dir, 'pg'), port: 0, log });
    try {
      const c = new pg.Client(db.adminUrl);
      await c.connect();
      const err = await c.query('select $1::int', ['lea-secret@example.org']).catch((e: Error) => e);
      expect(String(err)).to.include('lea-secret@example.org'); // the client is told; the log is not
      await c.end();
    } finally {
      await db.stop();
      await fs.rm(dir, { recursive: true, force: true });
    }
    expect(text).to.include('embedded postgres');
    expect(text).not.to.include('lea-secret');
  });
});

describe('unit: the ORM never logs a statement (SEC3)', () => {
  it('SEC3: even with debug on, MikroORM logs no query and no parameter', async () => {
    const lines: string[] = [];
    const orm = await MikroORM.init(ormConfig(testAdminUrl(), { debug: true, logger: (m: string) => lines.push(m) }));
    try {
      await orm.em
        .fork()
        .getConnection()
        .execute('select ?::text as x', ['lea-secret@example.org'], 'all', undefined, { enabled: true });
    } finally {
      await orm.close(true);
    }
    expect(lines.join('\n'), 'the logger is in use').to.include('[discovery]');
    expect(lines.join('\n')).not.to.match(/lea-secret|select \?|select 'lea/);
  });
});
