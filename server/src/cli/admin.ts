import 'reflect-metadata';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig, type Config } from '../core/config';
import { createLogger } from '../core/logger';
import { openDatabase, EMBEDDED_DATABASE_NAME } from '../db/database';
import { isProcessAlive } from '../db/embedded';
import { listPlatformAdmins, setPlatformAdminByEmail } from '../modules/accounts';

/**
 * `npm run admin -- grant <email> | revoke <email> | list`: platform admins from the server's own shell.
 * Works on DATABASE_URL, or on the embedded PostgreSQL under DATA_DIR (the one `npm start` uses): when a server is
 * running, its PostgreSQL is reused; otherwise the command starts it, and stops it at the end. Migrations are applied
 * first. Exit codes: 0 done, 1 refused (no account with that email, the last admin), 2 usage or configuration error.
 */
const USAGE = `Usage:
  npm run admin -- grant <email>    make the account with this email a platform admin
  npm run admin -- revoke <email>   take platform admin rights away (the last admin stays)
  npm run admin -- list             list the platform admins`;

/** The embedded PostgreSQL a running `npm start` holds (its postmaster.pid names the port), if any. */
async function runningEmbeddedUrl(config: Config): Promise<string | undefined> {
  const dir = path.resolve(config.dataDir, 'postgres');
  const pidFile = await fs.readFile(path.join(dir, 'postmaster.pid'), 'utf8').catch(() => '');
  const [pid, , , port] = pidFile.split('\n');
  if (!Number(pid) || !isProcessAlive(Number(pid)) || !Number(port)) return undefined;
  const password = (await fs.readFile(`${dir}.password`, 'utf8').catch(() => '')).trim();
  if (!password) return undefined;
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${Number(port)}/${EMBEDDED_DATABASE_NAME}`;
}

async function main(argv: string[]): Promise<number> {
  const [command, email, ...rest] = argv;
  const needsEmail = command === 'grant' || command === 'revoke';
  if (!(needsEmail || command === 'list') || (needsEmail ? !email || rest.length : email)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\nSee README.md, "Environment variables".\n`);
      return 2;
    }
    throw e;
  }
  const log = createLogger(process.env.LOG_LEVEL ? config.logLevel : 'warn');
  const databaseUrl = config.databaseUrl ?? (await runningEmbeddedUrl(config));
  const db = await openDatabase({ ...config, databaseUrl, databasePoolMax: 2 }, log);
  try {
    const em = db.orm.em.fork();
    if (command === 'list') {
      const admins = await listPlatformAdmins(em);
      if (!admins.length)
        process.stdout.write('No platform admin yet. Make one with: npm run admin -- grant <email>\n');
      for (const a of admins) process.stdout.write(`${a.email}\t${a.fullName}\t${a.kind}\n`);
      return 0;
    }
    const result = await setPlatformAdminByEmail(em, email!, command === 'grant');
    if (!result.ok) {
      process.stderr.write(
        result.reason === 'NO_ACCOUNT'
          ? `No account has the email ${email}. Sign up first (portal, "Créer un compte") or import the school account, then run this again.\n`
          : `${email} is the last platform admin and stays one: grant someone else first.\n`,
      );
      return 1;
    }
    const { user, changed } = result;
    process.stdout.write(
      command === 'grant'
        ? changed
          ? `${user.email} is now a platform admin: sign in to the console (${config.publicUrl}/console).\n`
          : `${user.email} was already a platform admin.\n`
        : changed
          ? `${user.email} is no longer a platform admin.\n`
          : `${user.email} was not a platform admin.\n`,
    );
    return 0;
  } finally {
    await db.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`npm run admin failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
