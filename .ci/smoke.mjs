// Starts the built server (dist/) with the given node binary on a free port,
// waits for /healthz, sends an Emulator-style conversation with
// deliveryMode expectReplies (replies come back in the response, no connector
// needed), checks the welcome and an answer, then stops it with SIGTERM and
// expects exit code 0.
import { spawn } from 'node:child_process';
import net from 'node:net';

const nodeBinary = process.argv[2] ?? 'node';
const port = await new Promise((resolve) => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const child = spawn(nodeBinary, ['dist/src/index.js'], {
  env: { ...process.env, PORT: String(port), UNANSWERED_LOG: `/tmp/smoke-unanswered-${port}.jsonl` },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
const fail = (message) => {
  console.error(`smoke test failed: ${message}`);
  child.kill('SIGKILL');
  process.exit(1);
};

const base = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  if (i > 100) fail('/healthz did not answer within 20 s');
  const ok = await fetch(`${base}/healthz`)
    .then((r) => r.ok)
    .catch(() => false);
  if (ok) break;
  await new Promise((r) => setTimeout(r, 200));
}

const activity = (extra) => ({
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9/',
  conversation: { id: 'smoke' },
  from: { id: 'user' },
  recipient: { id: 'bot' },
  locale: 'nl-NL',
  deliveryMode: 'expectReplies',
  ...extra,
});
const send = async (extra) => {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity(extra)),
  });
  if (response.status !== 200) fail(`POST /api/messages answered ${response.status}`);
  return (await response.json()).activities.map((a) => a.text).join('\n');
};

const welcome = await send({ type: 'conversationUpdate', membersAdded: [{ id: 'user' }, { id: 'bot' }] });
if (!welcome.includes('Welkom')) fail(`no welcome: ${welcome}`);
const answer = await send({ type: 'message', text: 'Wat doet de schatbewaarder?' });
if (!answer.includes('U hebt oog voor de balans van kosten en opbrengsten')) fail(`wrong answer: ${answer}`);
const bad = await fetch(`${base}/api/messages`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: '{',
});
if (bad.status !== 400) fail(`malformed JSON answered ${bad.status}`);
// The built server finds the Web Chat page (public/) and the widget's bundle (node_modules).
for (const path of ['/', '/webchat/webchat.js', '/webchat/app.js']) {
  const page = await fetch(`${base}${path}`);
  if (page.status !== 200) fail(`GET ${path} answered ${page.status}`);
}

child.kill('SIGTERM');
const { code, signal } = await exited;
if (code !== 0) fail(`exit after SIGTERM: code ${code}, signal ${signal}`);
console.log(`smoke test passed on ${nodeBinary === 'node' ? process.version : nodeBinary}`);
