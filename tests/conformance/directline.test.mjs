// botframework-directlinejs 0.15.8 (the real client, polling) against our Direct Line channel, plus the
// REST shapes and error codes it depends on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { DOMAIN, generateToken, signIn, until } from './site.mjs';

const require = createRequire(import.meta.url);
globalThis.XMLHttpRequest = require('xhr2');
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

// Node 20 has no WebSocket and polling never opens one, but directlinejs reads the constructor up front.
class NoWebSocket {
  constructor() { throw new Error('This suite tests polling only.'); }
}

function connect(options) {
  const directLine = new DirectLine({ domain: DOMAIN, webSocket: false, pollingInterval: 200, WebSocket: NoWebSocket, ...options });
  const activities = [];
  const statuses = [];
  const errors = [];
  // end() completes the streams with "conversation ended"; record errors instead of throwing them.
  directLine.connectionStatus$.subscribe((status) => statuses.push(status), (error) => errors.push(error));
  directLine.activity$.subscribe((activity) => activities.push(activity), (error) => errors.push(error));
  return { directLine, activities, statuses, errors };
}

function post(directLine, activity) {
  return new Promise((resolve, reject) => directLine.postActivity(activity).subscribe(resolve, reject));
}

test('directlinejs connects, posts, receives the echo and the reply, and resumes with a watermark', async () => {
  const cookie = await signIn('admin@contoso.example');
  const { token, conversationId } = await generateToken(cookie);
  const first = connect({ token });
  const id = await post(first.directLine, { type: 'message', from: { id: 'u1' }, text: 'why is my cancel button disabled?' });
  assert.notEqual(id, 'retry');
  assert.ok(first.statuses.includes(ConnectionStatus.Online), 'reached Online');

  const echo = await until(() => first.activities.find((a) => a.id === id), 15000, 'the echo');
  assert.equal(echo.from.id, 'u1');
  assert.equal(echo.text, 'why is my cancel button disabled?');
  const reply = await until(() => first.activities.find((a) => a.replyToId === id), 15000, 'the reply');
  assert.equal(reply.from.role, 'bot');
  assert.match(reply.timestamp, /\.\d{3}Z$/);
  assert.ok(reply.suggestedActions.actions.some((a) => a.value === 'CT-1002'), 'offers the user\'s orders');
  assert.deepEqual(reply.suggestedActions.to, ['u1']);

  // Ten more polls must not deliver anything twice.
  await new Promise((resolve) => setTimeout(resolve, 2200));
  const ids = first.activities.map((a) => a.id);
  assert.equal(new Set(ids).size, ids.length, 'no duplicates');
  assert.deepEqual(first.errors, [], 'no stream error while connected');
  assert.ok(!first.statuses.includes(ConnectionStatus.FailedToConnect) && !first.statuses.includes(ConnectionStatus.ExpiredToken));
  first.directLine.end();

  const poll = await fetch(`${DOMAIN}/conversations/${conversationId}/activities?watermark=`, { headers: { authorization: `Bearer ${token}` } });
  const set = await poll.json();
  assert.equal(typeof set.watermark, 'string');
  assert.equal(set.watermark, '2');

  const resumed = connect({ token, conversationId, watermark: set.watermark });
  const nextId = await post(resumed.directLine, { type: 'message', from: { id: 'u1' }, text: 'CT-1002' });
  const answer = await until(() => resumed.activities.find((a) => a.replyToId === nextId), 15000, 'the answer after resuming');
  assert.match(answer.text, /CT-1002/);
  assert.deepEqual(answer.channelData.partnerhelp.reasonCodes, ['PurchaseWindowExpired']);
  assert.ok(!resumed.activities.some((a) => a.id === id), 'activities before the watermark are not replayed');
  resumed.directLine.end();
});

test('conversation start is 201 then 200, and errors use the Direct Line error body', async () => {
  const { token, conversationId } = await generateToken();
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  assert.equal((await fetch(`${DOMAIN}/conversations`, { method: 'POST', headers: auth, body: '{}' })).status, 201);
  const again = await fetch(`${DOMAIN}/conversations`, { method: 'POST', headers: auth, body: '{}' });
  assert.equal(again.status, 200);
  assert.equal((await again.json()).conversationId, conversationId);

  const cases = [
    [await fetch(`${DOMAIN}/conversations/${conversationId}/activities`), 401, 'BadArgument'],
    [await fetch(`${DOMAIN}/conversations/${conversationId}/activities`, { headers: { authorization: 'Bearer nope' } }), 403, 'Forbidden'],
    [await fetch(`${DOMAIN}/conversations/unknown/activities`, { headers: auth }), 404, 'BadArgument'],
    [await fetch(`${DOMAIN}/conversations/${conversationId}/activities`, { method: 'POST', headers: auth, body: '{"type":' }), 400, 'BadArgument'],
  ];
  for (const [response, status, code] of cases) {
    assert.equal(response.status, status);
    const body = await response.json();
    assert.equal(body.error.code, code);
    assert.equal(typeof body.error.message, 'string');
  }
});
