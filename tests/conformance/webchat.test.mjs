// Bot Framework Web Chat in headless Debian Chromium against the site, and the site's own chat panel.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { SITE, PASSWORD } from './site.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const screenshots = process.env.SCREENSHOT_DIR || path.join(here, '..', '..', 'artifacts', 'screenshots');
let browser;

before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    // The Web Chat harness page is fulfilled by Playwright (it has no server address), so Chromium's local
    // network access checks would treat its WebSocket to 127.0.0.1 as public → local; a page the site itself
    // serves is same-origin and never hits that check.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-features=LocalNetworkAccessChecks'],
  });
  await fs.mkdir(screenshots, { recursive: true });
});

after(async () => { await browser?.close(); });

async function signedInPage(email, culture = 'en') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const outside = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(SITE) && !request.url().startsWith('data:')) {
      outside.push(request.url());
    }
  });
  await page.goto(`${SITE}/${culture}/account/sign-in`);
  await page.fill('input[name="Input.Email"]', email);
  await page.fill('input[name="Input.Password"]', PASSWORD);
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith('/sign-in')), page.locator('form button[type="submit"]').first().click()]);
  return { page, context, outside };
}

// Serves the harness from the site's own origin so Web Chat calls Direct Line same-origin.
async function openHarness(page, query = '') {
  await page.route(`${SITE}/__conformance/**`, async (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop();
    const file = name === 'webchat.js'
      ? path.join(here, 'node_modules', 'botframework-webchat', 'dist', 'webchat.js')
      : path.join(here, 'webchat', name);
    await route.fulfill({ path: file, contentType: name.endsWith('.html') ? 'text/html' : 'text/javascript' });
  });
  await page.goto(`${SITE}/__conformance/index.html${query}`);
}

test('Web Chat connects, sends, renders the reply and a suggested action round-trips', async () => {
  const { page, context } = await signedInPage('admin@contoso.example');
  try {
    await openHarness(page);
    await page.waitForFunction(() => window.__actions?.includes('DIRECT_LINE/CONNECT_FULFILLED'), null, { timeout: 30000 });

    const box = page.locator('#webchat [data-id="webchat-sendbox-input"]');
    await box.fill('Why is my cancel button disabled?');
    await box.press('Enter');
    await page.waitForFunction(() => window.__actions.includes('DIRECT_LINE/POST_ACTIVITY_FULFILLED'), null, { timeout: 30000 });
    await page.locator('#webchat').getByText('Which order do you mean?').filter({ visible: true }).first().waitFor({ timeout: 30000 });

    const suggestion = page.locator('#webchat').getByRole('button', { name: /CT-1005/ }).filter({ visible: true }).first();
    await suggestion.waitFor({ timeout: 15000 });
    await suggestion.click();
    await page.locator('#webchat').getByText(/Only orders paid by credit card can be cancelled in self-serve/).filter({ visible: true }).first().waitFor({ timeout: 30000 });
    await page.locator('#webchat').getByRole('button', { name: 'Open a support ticket' }).filter({ visible: true }).first().waitFor({ timeout: 15000 });

    const actions = await page.evaluate(() => window.__actions);
    assert.ok(!actions.includes('DIRECT_LINE/POST_ACTIVITY_IMPEDED'), 'no impeded post');
    assert.ok(!actions.includes('DIRECT_LINE/POST_ACTIVITY_REJECTED'), 'no rejected post');
    assert.equal(await page.locator('#webchat').getByText(/send failed/i).count(), 0);
    await page.screenshot({ path: path.join(screenshots, 'bot-webchat.png') });
  } finally {
    await context.close();
  }
});

test('Web Chat over its default WebSocket transport sends and receives the reply', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sockets = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  try {
    await openHarness(page, '?ws=1');
    await page.waitForFunction(() => window.__actions?.includes('DIRECT_LINE/CONNECT_FULFILLED'), null, { timeout: 30000 });
    const box = page.locator('#webchat [data-id="webchat-sendbox-input"]');
    await box.fill('What are the refund criteria?');
    await box.press('Enter');
    await page.locator('#webchat').getByText(/no product key was viewed/).filter({ visible: true }).first().waitFor({ timeout: 30000 });
    assert.ok(sockets.some((url) => url.includes('/v3/directline/conversations/') && url.includes('/stream?t=')), 'used the stream');
    const actions = await page.evaluate(() => window.__actions);
    assert.ok(!actions.includes('DIRECT_LINE/POST_ACTIVITY_REJECTED'));
  } finally {
    await context.close();
  }
});

test('the site chat panel answers in the page culture, is keyboard usable and loads nothing from outside', async () => {
  const { page, context, outside } = await signedInPage('admin@contoso.example', 'sv');
  try {
    await page.goto(`${SITE}/sv`);
    const toggle = page.locator('.chat__toggle');
    await toggle.focus();
    await page.keyboard.press('Enter');
    await page.locator('#chat-panel').waitFor({ state: 'visible' });
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'chat-input');

    await page.keyboard.type('Varför är avbryt-knappen inaktiverad för CT-1005?');
    await page.keyboard.press('Enter');
    const answer = page.locator('.chat__msg--bot', { hasText: 'CT-1005' });
    await answer.waitFor({ timeout: 20000 });
    assert.equal(await answer.getAttribute('lang'), 'sv');
    await page.locator('.chat__links a[href$="/sv/tickets/new?order=CT-1005"]').waitFor();
    await page.screenshot({ path: path.join(screenshots, 'bot-chat-panel.png') });

    await page.keyboard.press('Escape');
    await page.locator('#chat-panel').waitFor({ state: 'hidden' });
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('chat__toggle')), true);

    // The memberships page renders "Ask why" buttons with data-ask-order; simulate one here.
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'ask-why';
      button.dataset.askOrder = 'CT-1002';
      button.textContent = 'Ask why';
      document.querySelector('main').appendChild(button);
    });
    await page.locator('button.ask-why').click();
    await page.locator('.chat__msg--user', { hasText: 'CT-1002' }).waitFor({ timeout: 20000 });
    await page.locator('.chat__msg--bot', { hasText: '45' }).waitFor({ timeout: 20000 });
    assert.deepEqual(outside, [], 'no request leaves the site');
  } finally {
    await context.close();
  }
});
