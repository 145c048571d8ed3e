// A bank officer's desk: find an applicant by member number or NIK, then judge a product and amount
// on a day, every rule's outcome shown.
import * as api from './api.js';
import { h, table, field, show, showProblem, clearProblem, formAlert } from './ui.js';
import { t, date, rupiah, stageName, has } from './i18n.js';

export async function bank() {
  const products = await api.get('/api/v1/financing-products');
  const result = h('div', { id: 'eligibility', 'aria-live': 'polite' });
  const form = h('form', { class: 'card', id: 'eligibility-form', 'aria-labelledby': 'eligibility-title' },
    h('h2', { id: 'eligibility-title' }, t('ui.bank.check')),
    formAlert(),
    h('div', { class: 'row' },
      field('applicant-number', t('ui.search.number'), h('input', { type: 'text', 'data-pointer': 'number', placeholder: 'OKOCE-31-0000001' })),
      field('applicant-nik', t('ui.search.nik'), h('input', { type: 'text', 'data-pointer': 'nik', inputmode: 'numeric', autocomplete: 'off' }))),
    h('div', { class: 'row' },
      field('product', t('ui.financing.product'), h('select', { 'data-pointer': 'product' },
        products.map((p) => h('option', { value: p.id }, p.name + ' — ' + p.bank + ' (' + p.id + ')')))),
      field('amount', t('ui.financing.amount'), h('input', { type: 'number', min: '1', step: '1', value: '10000000', 'data-pointer': 'amount' })),
      field('on', t('ui.bank.on'), h('input', { type: 'date', 'data-pointer': 'on', value: new Date().toISOString().slice(0, 10) }))),
    h('button', { type: 'submit' }, t('ui.bank.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const number = form.querySelector('#applicant-number').value.trim();
    const nik = form.querySelector('#applicant-nik').value.trim();
    try {
      const applicant = await api.get('/api/v1/financing-applicants?' + new URLSearchParams(number ? { number } : { nik }));
      const params = new URLSearchParams({ product: form.querySelector('#product').value,
        amount: form.querySelector('#amount').value, on: form.querySelector('#on').value });
      const decision = await api.get(`/api/v1/members/${applicant.id}/financing-eligibility?` + params);
      result.replaceChildren(applicantCard(applicant), decisionCard(decision));
    } catch (problem) {
      result.replaceChildren();
      showProblem(form, problem);
    }
  });
  show(t('ui.bank.title'), form, result);
}

function applicantCard(a) {
  return h('section', { class: 'card' },
    h('h2', {}, a.memberNumber),
    h('p', {}, 'NIK ' + a.nik + ' · ' + t('ui.member.registeredOn') + ' ' + date(a.registeredOn)),
    table(t('ui.member.stages'), [t('ui.stage'), t('ui.member.done')],
      (a.stages || []).map((s) => [s.code + ' ' + stageName(s.code), date(s.on || s.completedOn)])));
}

function decisionCard(d) {
  const status = d.status;
  return h('section', { class: 'card', id: 'decision' },
    h('h2', {}, t('ui.bank.decision', d.productId, rupiah(d.amount), date(d.on))),
    h('p', { class: 'verdict ' + status.toLowerCase(), id: 'decision-status' }, t('decision.' + status)),
    table(t('ui.bank.rules'), [t('ui.bank.rule'), t('ui.bank.outcome'), t('ui.bank.why')],
      d.outcomes.map((o) => [has('rule.' + o.code) ? t('rule.' + o.code) : o.code,
        h('span', { class: 'verdict ' + o.verdict.toLowerCase() }, t('verdict.' + o.verdict)), o.message])));
}
