import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Logger } from '../../core/logger';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Links the message carries, logged when mail goes to the outbox so the demo works offline. */
  links?: string[];
  /** TT2: attach this booking's ticket (rendered when the mail is sent; left out if it is no longer valid). */
  ticketOf?: string | null;
  attachments?: MailAttachment[];
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * SMTP when SMTP_URL is set; otherwise every message is written as an .eml file to `<DATA_DIR>/outbox`
 * and logged with its links.
 */
export function createMailer(opts: { smtpUrl?: string; from: string; outboxDir: string; log: Logger }): Mailer {
  const { log } = opts;
  const transport: Transporter = opts.smtpUrl
    ? nodemailer.createTransport(opts.smtpUrl, { from: opts.from })
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' }, { from: opts.from });

  async function send(message: MailMessage) {
    const info = await transport.sendMail({
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      attachments: message.attachments,
    });
    if (opts.smtpUrl) {
      log.info({ to: message.to, subject: message.subject, messageId: info.messageId }, 'mail sent');
      return;
    }
    await fs.mkdir(opts.outboxDir, { recursive: true });
    const file = path.join(
      opts.outboxDir,
      `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}.eml`,
    );
    await fs.writeFile(file, (info as unknown as { message: Buffer }).message);
    log.info({ to: message.to, subject: message.subject, file, links: message.links }, 'mail written to outbox');
  }

  return {
    send,
    close: () => transport.close(),
  };
}
