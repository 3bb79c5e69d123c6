import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

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
  async waitFor(to: string, match: (m: ReceivedMail) => boolean = () => true, timeoutMs = 10_000): Promise<ReceivedMail> {
    const until = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find((m) => m.to.includes(to.toLowerCase()) && match(m));
      if (found) return found;
      const left = until - Date.now();
      if (left <= 0) throw new Error(`no mail to ${to} within ${timeoutMs} ms (got: ${this.messages.map((m) => `${m.to} "${m.subject}"`).join(', ') || 'none'})`);
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

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export const mailbox = new Mailbox();
