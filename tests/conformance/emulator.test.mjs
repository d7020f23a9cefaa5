// An Emulator-style exchange on /api/messages: a local fake channel receives the bot's replies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { SITE, until } from './site.mjs';

function fakeChannel() {
  const received = [];
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(request.url);
      if (request.method !== 'POST' || !match) {
        response.writeHead(404).end();
        return;
      }
      received.push({ conversationId: decodeURIComponent(match[1]), activityId: match[2] && decodeURIComponent(match[2]), activity: JSON.parse(body) });
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `r${received.length}` }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, received, url: `http://127.0.0.1:${server.address().port}` })));
}

function activity(serviceUrl, fields) {
  return {
    channelId: 'emulator',
    serviceUrl,
    from: { id: 'user-1', name: 'User', role: 'user' },
    recipient: { id: 'bot-1', name: 'Bot', role: 'bot' },
    conversation: { id: 'emulator-conv|42' },
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    locale: 'vi-VN',
    ...fields,
  };
}

async function send(body) {
  return fetch(`${SITE}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

test('the bot answers conversationUpdate and message on /api/messages through the serviceUrl', async () => {
  const channel = await fakeChannel();
  try {
    const update = await send(activity(`${channel.url}/`, { type: 'conversationUpdate', id: 'a-1', membersAdded: [{ id: 'user-1' }, { id: 'bot-1' }] }));
    assert.equal(update.status, 200);
    await until(() => channel.received.length === 1, 10000, 'the welcome');

    const message = await send(activity(channel.url, { type: 'message', id: 'a-2', text: 'Điều kiện hoàn tiền là gì?' }));
    assert.equal(message.status, 200);
    const { conversationId, activityId, activity: reply } = await until(() => channel.received[1], 10000, 'the reply');
    assert.equal(conversationId, 'emulator-conv|42');
    assert.equal(activityId, 'a-2');
    assert.equal(reply.type, 'message');
    assert.equal(reply.replyToId, 'a-2');
    assert.deepEqual(reply.from.id, 'bot-1');
    assert.deepEqual(reply.recipient.id, 'user-1');
    assert.deepEqual(reply.conversation, { id: 'emulator-conv|42' });
    assert.equal(reply.channelId, 'emulator');
    assert.equal(reply.locale, 'vi');
    assert.equal(reply.channelData.partnerhelp.topic, 'MembershipCriteria');
    assert.equal(reply.channelData.partnerhelp.intent, 'MembershipCriteria');
  } finally {
    channel.server.close();
  }
});

test('without an app id the endpoint refuses a serviceUrl that is not loopback', async () => {
  const response = await send(activity('https://example.com/', { type: 'message', id: 'a-3', text: 'hello' }));
  assert.equal(response.status, 403);
  assert.equal((await response.json()).error.code, 'Forbidden');
});
