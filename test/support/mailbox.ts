import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { TestApp } from './app';

export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Every http(s) link found in the text part. */
  links: string[];
  raw: ParsedMail;
}

/** A real SMTP server on loopback that keeps what it receives, for tests to read. */
export class Mailbox {
  private server?: SMTPServer;
  readonly messages: ReceivedMail[] = [];
  private waiters: Array<() => void> = [];
  port = 0;

  async start(): Promise<void> {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((mail) => {
            const text = mail.text ?? '';
            this.messages.push({
              to: [mail.to].flat().flatMap((a) => a?.value.map((v) => (v.address ?? '').toLowerCase()) ?? []),
              subject: mail.subject ?? '',
              text,
              html: typeof mail.html === 'string' ? mail.html : '',
              links: text.match(/https?:\/\/\S+/g) ?? [],
              raw: mail,
            });
            for (const w of this.waiters.splice(0)) w();
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server!.server.address() as AddressInfo).port;
  }

  get url() {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Waits for a message to `to` matching the predicate (received before or after the call). */
  async waitFor(
    to: string,
    match: (m: ReceivedMail) => boolean = () => true,
    timeoutMs = 10_000,
  ): Promise<ReceivedMail> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find((m) => m.to.includes(to.toLowerCase()) && match(m));
      if (found) return found;
      const left = until - Date.now();
      if (left <= 0)
        throw new Error(
          `no mail to ${to} within ${timeoutMs} ms (got: ${this.messages.map((m) => `${m.to} "${m.subject}"`).join(', ') || 'none'})`,
        );
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 250));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to.includes(address.toLowerCase()));
  }

  /**
   * Waits until `t`'s mail outbox holds no unsent row. Mail is enqueued in the transaction of the change it tells
   * about, and a row is marked sent only after this sink acknowledged it (so after it is in `messages`): once the
   * outbox is drained, every mail the changes made so far will ever produce is here. Negative assertions wait on
   * this state rather than on a fixed sleep, which passes whether or not the mail would have come.
   */
  async settled(t: TestApp, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const pending = await t.app.db.orm.em
        .fork()
        .getConnection()
        .execute<Array<{ to: string; subject: string; last_error: string | null }>>(
          `select "to", subject, last_error from outbox_mails where sent_at is null order by id`,
        );
      if (!pending.length) return;
      if (Date.now() > until) {
        throw new Error(
          `mail outbox not drained within ${timeoutMs} ms: ${pending.map((m) => `${m.to} "${m.subject}"${m.last_error ? ` (${m.last_error})` : ''}`).join(', ')}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Asserts that no mail to `to` matching the predicate was, or ever will be, sent by what `t` did so far. */
  async expectNone(t: TestApp, to: string, match: (m: ReceivedMail) => boolean, why: string): Promise<void> {
    await this.settled(t);
    expect(
      this.to(to)
        .filter(match)
        .map((m) => m.subject),
      why,
    ).to.deep.equal([]);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export const mailbox = new Mailbox();
