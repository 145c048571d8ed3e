// The public API, called as any client calls it: the bearer token of this tab, the page's language,
// If-Match and Idempotency-Key on changes, and problems turned into errors that keep their fields.
import { language } from './i18n.js';

const TOKEN = 'okoce.token';

export function token() {
  return sessionStorage.getItem(TOKEN);
}

export function signIn(secret) {
  sessionStorage.setItem(TOKEN, secret);
}

export function signOut() {
  sessionStorage.removeItem(TOKEN);
}

/** A refusal: its status, code, sentence and field errors (pointer or parameter → message). */
export class Problem extends Error {
  constructor(status, body) {
    super(body && body.detail ? body.detail : 'HTTP ' + status);
    this.status = status;
    this.code = body && body.code;
    this.errors = (body && body.errors) || [];
  }
}

async function call(method, path, { body, headers = {}, raw = false } = {}) {
  const all = { 'Accept-Language': language(), ...headers };
  if (token()) {
    all.Authorization = 'Bearer ' + token();
  }
  if (body !== undefined) {
    all['Content-Type'] = 'application/json';
  }
  const response = await fetch(path, { method, headers: all, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) {
    let problem = null;
    try {
      problem = await response.json();
    } catch (ignored) {
      problem = null;
    }
    throw new Problem(response.status, problem);
  }
  if (raw) {
    return response;
  }
  const text = await response.text();
  return { json: text ? JSON.parse(text) : null, etag: response.headers.get('ETag') };
}

export async function get(path) {
  return (await call('GET', path)).json;
}

/** GET with the answer's ETag, for a change that follows. */
export function read(path) {
  return call('GET', path);
}

/** POST a change, with If-Match when the state read is named and a fresh Idempotency-Key. */
export async function post(path, body, etag) {
  const headers = { 'Idempotency-Key': crypto.randomUUID() };
  if (etag) {
    headers['If-Match'] = etag;
  }
  return (await call('POST', path, { body, headers })).json;
}

/** Downloads a CSV answer as a file (the token cannot ride on a plain link). */
export async function download(path, fileName) {
  const response = await call('GET', path, { headers: { Accept: 'text/csv' }, raw: true });
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
