#!/usr/bin/env node
// A local mail catcher for the demo and docker compose: an SMTP server that accepts everything, keeps each
// message as an .eml file and lists them on a small web page (newest first, with the calendar invitation).
//   node scripts/mail-catcher.mjs [--smtp-port 1025] [--http-port 1080] [--dir .demo-mail] [--host 127.0.0.1]
// Nothing leaves this machine: it is a catcher, not a relay.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []));
const smtpPort = Number(args['smtp-port'] ?? process.env.MAIL_CATCHER_SMTP_PORT ?? 1025);
const httpPort = Number(args['http-port'] ?? process.env.MAIL_CATCHER_HTTP_PORT ?? 1080);
const host = args.host ?? process.env.MAIL_CATCHER_HOST ?? '127.0.0.1';
const dir = resolve(args.dir ?? process.env.MAIL_CATCHER_DIR ?? '.demo-mail');
mkdirSync(dir, { recursive: true });

let counter = readdirSync(dir).filter((f) => f.endsWith('.eml')).length;
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onData(stream, _session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const name = `${String(++counter).padStart(5, '0')}-${Date.now()}.eml`;
      writeFileSync(join(dir, name), Buffer.concat(chunks));
      callback();
    });
  },
});

const escape = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

async function page() {
  const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort().reverse().slice(0, 200);
  const items = [];
  for (const file of files) {
    const mail = await simpleParser(readFileSync(join(dir, file)));
    const ics = mail.attachments.find((a) => a.filename === 'invite.ics')?.content.toString('utf8') ?? '';
    items.push(`<article><h2>${escape(mail.subject)}</h2><p><b>To:</b> ${escape(mail.to?.text)} · <b>Date:</b> ${escape(mail.date?.toISOString())}
      · <a href="/eml/${encodeURIComponent(file)}">${escape(file)}</a></p><pre>${escape(mail.text)}</pre>
      ${ics ? `<details><summary>Calendar (${escape(/METHOD:(\w+)/.exec(ics)?.[1])})</summary><pre>${escape(ics)}</pre></details>` : ''}</article>`);
  }
  return `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="10"><title>Mail catcher</title>
    <style>body{font-family:sans-serif;max-width:60rem;margin:auto}article{border-bottom:1px solid #ccc}pre{white-space:pre-wrap}</style>
    <h1>Mail catcher (${files.length} message${files.length === 1 ? '' : 's'})</h1>${items.join('\n') || '<p>No mail yet.</p>'}`;
}

const http = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/health') return res.writeHead(200).end('ok');
    const eml = /^\/eml\/([\w.-]+\.eml)$/.exec(url.pathname);
    if (eml) return res.writeHead(200, { 'content-type': 'message/rfc822' }).end(readFileSync(join(dir, eml[1])));
    if (url.pathname !== '/') return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(await page());
  } catch (err) {
    res.writeHead(500).end(String(err));
  }
});

smtp.listen(smtpPort, host, () => {
  http.listen(httpPort, host, () => console.log(`mail catcher: SMTP on ${host}:${smtpPort}, read the mail at http://${host === '0.0.0.0' ? 'localhost' : host}:${httpPort} (files in ${dir})`));
});
const stop = () => { smtp.close(() => http.close(() => process.exit(0))); };
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
