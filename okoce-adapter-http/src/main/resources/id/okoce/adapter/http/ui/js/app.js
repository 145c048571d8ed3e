// The page: sign-in with an API token (kept in this tab's session storage only), then the views the
// token's role may use, exactly as the API scopes them.
import * as api from './api.js';
import { h, show, field, formAlert, showProblem, notify } from './ui.js';
import { t, initialLanguage, useLanguage, language } from './i18n.js';
import { dashboard } from './dashboard.js';
import { members, member, partners } from './console.js';
import { bank } from './bank.js';

let me = null;

const VIEWS = {
  HUB_ADMIN: [['dashboard', 'ui.nav.dashboard'], ['members', 'ui.nav.members'], ['partners', 'ui.nav.partners'], ['bank', 'ui.nav.bank']],
  PARTNER: [['dashboard', 'ui.nav.dashboard'], ['members', 'ui.nav.members']],
  BANK: [['bank', 'ui.nav.bank']],
};

function chrome() {
  document.querySelector('.skip').textContent = t('ui.skip');
  document.getElementById('brand-title').textContent = t('ui.brand');
  document.getElementById('language-label').textContent = t('ui.language');
  document.getElementById('language').value = language();
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('ui.nav.label'));
  const signOut = document.getElementById('sign-out');
  signOut.textContent = t('ui.signOut');
  signOut.hidden = !me;
  document.getElementById('who').textContent = me ? t('ui.role.' + me.role) + (me.bank ? ' · ' + me.bank : '')
    + (me.province ? ' · ' + me.province.name : '') : '';
  const current = (location.hash.split('?')[0].split('/')[1]) || '';
  nav.replaceChildren(...(me ? VIEWS[me.role] : []).map(([view, key]) => h('a', {
    href: '#/' + view, 'aria-current': current === view ? 'page' : null }, t(key))));
}

function signInView() {
  const form = h('form', { class: 'card narrow', id: 'sign-in', 'aria-labelledby': 'sign-in-title' },
    h('h2', { id: 'sign-in-title' }, t('ui.signIn.title')),
    h('p', { class: 'hint' }, t('ui.signIn.hint')),
    formAlert(),
    field('token', t('ui.signIn.token'), h('input', { type: 'password', autocomplete: 'off', required: true, 'data-pointer': '' })),
    h('button', { type: 'submit' }, t('ui.signIn.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    api.signIn(form.querySelector('#token').value.trim());
    try {
      me = await api.get('/api/v1/me');
      location.hash = '#/' + VIEWS[me.role][0][0];
      await route();
    } catch (problem) {
      api.signOut();
      me = null;
      showProblem(form, problem);
    }
  });
  show(t('ui.signIn.heading'), form);
}

async function route() {
  chrome();
  if (!api.token()) {
    signInView();
    return;
  }
  if (!me) {
    try {
      me = await api.get('/api/v1/me');
    } catch (problem) {
      api.signOut();
      me = null;
      chrome();
      signInView();
      return;
    }
    chrome();
  }
  const [path, query] = location.hash.split('?');
  const [, view, id] = path.split('/');
  const allowed = VIEWS[me.role].map(([name]) => name);
  const target = allowed.includes(view) ? view : allowed[0];
  try {
    if (target === 'dashboard') {
      await dashboard(me);
    } else if (target === 'members' && id) {
      await member(id, me);
    } else if (target === 'members') {
      await members(new URLSearchParams(query || ''));
    } else if (target === 'partners') {
      await partners();
    } else if (target === 'bank') {
      await bank();
    }
  } catch (problem) {
    show(t('ui.error.title'), h('p', { role: 'alert' }, problem.message));
  }
  document.getElementById('main').focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

document.getElementById('language').addEventListener('change', async (event) => {
  await useLanguage(event.target.value);
  await route();
  notify(t('ui.language.changed'));
});
document.getElementById('sign-out').addEventListener('click', () => {
  api.signOut();
  me = null;
  location.hash = '';
  route();
});
window.addEventListener('hashchange', route);

await useLanguage(initialLanguage());
await route();
