// Shared helpers: the site under test (SITE_URL, started by the xunit runner) and a real form sign-in.
import assert from 'node:assert/strict';

export const SITE = (process.env.SITE_URL || 'http://127.0.0.1:5080').replace(/\/$/, '');
export const DOMAIN = `${SITE}/v3/directline`;
export const PASSWORD = 'PartnerHelp!1';

/** Signs in through the sign-in page (antiforgery token and all); returns the Cookie header value. */
export async function signIn(email, culture = 'en') {
  const jar = new Map();
  const remember = (response) => {
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      const index = pair.indexOf('=');
      jar.set(pair.slice(0, index), pair.slice(index + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  const page = await fetch(`${SITE}/${culture}/account/sign-in`);
  remember(page);
  const html = await page.text();
  const token = /name="__RequestVerificationToken" type="hidden" value="([^"]+)"/.exec(html)?.[1];
  assert.ok(token, 'antiforgery token on the sign-in page');
  const form = new URLSearchParams({ 'Input.Email': email, 'Input.Password': PASSWORD, __RequestVerificationToken: token });
  const response = await fetch(`${SITE}/${culture}/account/sign-in`, {
    method: 'POST', body: form, redirect: 'manual', headers: { cookie: header() }
  });
  assert.equal(response.status, 302, `sign-in as ${email}`);
  remember(response);
  return header();
}

/** POST /v3/directline/tokens/generate, with the sign-in cookie when given. */
export async function generateToken(cookie) {
  const response = await fetch(`${DOMAIN}/tokens/generate`, { method: 'POST', headers: cookie ? { cookie } : {} });
  assert.equal(response.status, 200);
  const body = await response.json();
  assert.equal(typeof body.token, 'string');
  assert.equal(typeof body.conversationId, 'string');
  assert.equal(typeof body.expires_in, 'number');
  return body;
}

/** Resolves when predicate() is true, polling every 50 ms; rejects after timeoutMs. */
export async function until(predicate, timeoutMs = 15000, what = 'condition') {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await predicate();
    if (value) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Timed out waiting for ${what}`);
}
