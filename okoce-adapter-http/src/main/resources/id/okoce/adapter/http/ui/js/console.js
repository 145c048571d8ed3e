// The console, the daily work: member search → member detail → complete a stage; the hub's queue of
// partners waiting for validation. Every action goes through the public API with If-Match and an
// Idempotency-Key, and a refusal shows its message beside the field it concerns.
import * as api from './api.js';
import { h, table, field, show, showProblem, clearProblem, formAlert, notify } from './ui.js';
import { t, number, date, moment, stageName, has } from './i18n.js';

const STAGES = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'];
const LICENCES = ['NIB', 'SKU', 'IUMK', 'SIUP', 'SP_PIRT'];

function input(pointer, attributes = {}) {
  return h('input', { type: 'text', 'data-pointer': pointer, ...attributes });
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

export async function members(query) {
  const form = h('form', { class: 'search', id: 'member-search', role: 'search' },
    formAlert(),
    h('div', { class: 'row' },
      field('q-nik', t('ui.search.nik'), input('nik', { inputmode: 'numeric', autocomplete: 'off', 'data-parameter': 'nik' })),
      field('q-number', t('ui.search.number'), input('number', { placeholder: 'OKOCE-31-0000001' })),
      field('q-phone', t('ui.search.phone'), input('phone', { inputmode: 'tel' })),
      field('q-name', t('ui.search.name'), input('name'))),
    h('button', { type: 'submit' }, t('ui.search.submit')));
  const results = h('div', { id: 'results', 'aria-live': 'polite' });
  // The search lives in the address (#/members?name=…), so it survives a language switch, a reload and
  // the way back from a member.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const name of ['nik', 'number', 'phone', 'name']) {
      const value = form.querySelector(`[data-pointer="${name}"]`).value.trim();
      if (value) {
        params.set(name, value);
      }
    }
    location.hash = '#/members?' + params;
  });
  show(t('ui.members.title'), form, results);
  if (query && [...query.keys()].length > 0) {
    for (const [name, value] of query) {
      const input = form.querySelector(`[data-pointer="${CSS.escape(name)}"]`);
      if (input) {
        input.value = value;
      }
    }
    query.set('limit', '50');
    await search(form, results, query);
  }
}

async function search(form, results, params) {
  clearProblem(form);
  try {
    const page = await api.get('/api/v1/members?' + params);
    results.replaceChildren(page.members.length === 0 ? h('p', {}, t('ui.search.none'))
      : table(t('ui.search.caption', number(page.members.length)),
        [t('ui.member.number'), t('ui.member.name'), t('ui.member.kecamatan'), t('ui.member.highest'), ''],
        page.members.map((m) => [m.memberNumber, m.fullName, m.kecamatan.name + ', ' + m.kabupaten.name,
          m.highestStage.code + ' ' + stageName(m.highestStage.code),
          h('a', { href: '#/members/' + m.id }, t('ui.open'), h('span', { class: 'sr' }, ' ' + m.fullName))])));
  } catch (problem) {
    showProblem(form, problem);
  }
}

export async function member(id, me) {
  const { json: m, etag } = await api.read('/api/v1/members/' + id);
  const facts = h('dl', { class: 'facts' },
    h('dt', {}, t('ui.member.number')), h('dd', { id: 'member-number' }, m.memberNumber),
    h('dt', {}, 'NIK'), h('dd', { id: 'member-nik' }, m.nik),
    h('dt', {}, t('ui.member.phone')), h('dd', {}, m.phone),
    h('dt', {}, t('ui.member.domicile')), h('dd', {}, [m.kecamatan.name, m.kabupaten.name, m.province.name].join(', ')),
    h('dt', {}, t('ui.member.business')), h('dd', {}, m.business.name + ' (' + t('sector.' + m.business.sector) + ')'),
    h('dt', {}, t('ui.member.registeredOn')), h('dd', {}, date(m.registeredOn)));
  const stages = table(t('ui.member.stages'), [t('ui.stage'), t('ui.member.done'), t('ui.member.evidence')],
    m.stages.map((s) => [s.code + ' ' + stageName(s.code), s.done ? date(s.completedOn) : '—', evidence(s.evidence)]));
  stages.id = 'member-stages';
  const sections = [h('section', { class: 'card' }, h('h2', {}, m.fullName), facts),
    h('section', { class: 'card' }, stages)];
  const next = m.stages.find((s) => !s.done);
  if (next && me.role !== 'BANK') {
    sections.push(completeForm(m, next.code, etag));
  }
  const extras = await Promise.allSettled([api.get(`/api/v1/members/${id}/financings`), api.get(`/api/v1/members/${id}/history`)]);
  if (extras[0].status === 'fulfilled') {
    sections.push(h('section', { class: 'card' }, table(t('ui.member.financings'), [t('ui.financing.product'), t('ui.financing.amount'),
      t('ui.financing.grantedOn'), t('ui.financing.reference')],
    extras[0].value.map((f) => [f.productId, f.amount !== undefined ? rupiahOf(f.amount) : '—', date(f.grantedOn), f.reference || '—']))));
  }
  if (extras[1].status === 'fulfilled') {
    const changes = extras[1].value.changes || [];
    sections.push(h('section', { class: 'card' }, table(t('ui.member.history'), [t('ui.history.at'), t('ui.history.action'), t('ui.history.by'),
      t('ui.history.fields')],
    changes.map((c) => [moment(c.at), c.action, c.by.label,
      c.fields.map((f) => f.field + (f.after !== undefined && f.after !== null ? ': ' + f.after : '')).join('; ')]))));
  }
  show(m.fullName, h('p', {}, h('a', { href: '#/members', onclick: (event) => {
    if (history.length > 1) {
      event.preventDefault();
      history.back();
    }
  } }, t('ui.back'))), ...sections);
}

function rupiahOf(amount) {
  return 'Rp ' + number(amount);
}

function evidence(e) {
  if (!e) {
    return '—';
  }
  return [e.certificateNumber, e.licenceType, e.licenceNumber, e.financingReference, e.note].filter(Boolean).join(' ');
}

function completeForm(m, stage, etag) {
  const evidenceFields = [];
  if (stage === 'P2') {
    evidenceFields.push(field('ev-certificate', t('ui.evidence.certificate'), input('evidence/certificateNumber')));
  } else if (stage === 'P4') {
    evidenceFields.push(field('ev-licence-type', t('ui.evidence.licenceType'),
      h('select', { 'data-pointer': 'evidence/licenceType' }, LICENCES.map((l) => h('option', { value: l }, t('licence.' + l))))));
    evidenceFields.push(field('ev-licence-number', t('ui.evidence.licenceNumber'), input('evidence/licenceNumber')));
  } else if (stage === 'P7') {
    evidenceFields.push(field('ev-reference', t('ui.evidence.reference'), input('evidence/financingReference')));
  } else {
    evidenceFields.push(field('ev-note', t('ui.evidence.note'), input('evidence/note')));
  }
  const form = h('form', { class: 'card', id: 'complete-stage', 'aria-labelledby': 'complete-title' },
    h('h2', { id: 'complete-title' }, t('ui.complete.title', stage + ' ' + stageName(stage))),
    formAlert(),
    field('completed-on', t('ui.complete.on'), h('input', { type: 'date', 'data-pointer': '/completedOn', value: today() })),
    ...evidenceFields,
    h('button', { type: 'submit' }, t('ui.complete.submit')));
  // Field errors come back as JSON pointers: the evidence fields answer to /evidence/….
  form.querySelectorAll('[data-pointer^="evidence/"]').forEach((el) => el.setAttribute('data-pointer', '/' + el.dataset.pointer));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const body = { stage, completedOn: form.querySelector('#completed-on').value, evidence: {} };
    form.querySelectorAll('[data-pointer^="/evidence/"]').forEach((el) => {
      if (el.value.trim()) {
        body.evidence[el.dataset.pointer.slice('/evidence/'.length)] = el.value.trim();
      }
    });
    try {
      await api.post(`/api/v1/members/${m.id}/stages`, body, etag);
      notify(t('ui.complete.done', stage));
      await member(m.id, await api.get('/api/v1/me'));
      notify(t('ui.complete.done', stage));
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return form;
}

export async function partners() {
  const waiting = await api.get('/api/v1/partners?status=REGISTERED');
  const list = h('div', { id: 'partner-queue' });
  const render = (items) => {
    list.replaceChildren(items.length === 0 ? h('p', {}, t('ui.partners.none'))
      : h('ul', { class: 'queue' }, items.map((p) => partnerItem(p, () => render(items.filter((x) => x.id !== p.id))))));
  };
  render(waiting);
  show(t('ui.partners.title'), h('p', { class: 'hint' }, t('ui.partners.hint')), list);
}

function partnerItem(p, remove) {
  const area = p.regencies.length ? p.regencies.map((r) => r.name).join(', ') : p.province.name;
  const reasonId = 'reason-' + p.id;
  const form = h('form', { class: 'decision', 'aria-label': t('ui.partners.decide', p.name) },
    formAlert(),
    field(reasonId, t('ui.partners.reason'), input('/reason')),
    h('div', { class: 'row' },
      h('button', { type: 'submit', name: 'decision', value: 'APPROVE' }, t('ui.partners.approve')),
      h('button', { type: 'submit', name: 'decision', value: 'REJECT', class: 'secondary' }, t('ui.partners.reject'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    const decision = event.submitter ? event.submitter.value : 'APPROVE';
    const reason = form.querySelector('#' + CSS.escape(reasonId)).value.trim();
    try {
      const { etag } = await api.read('/api/v1/partners/' + p.id);
      await api.post(`/api/v1/partners/${p.id}/validation`, reason ? { decision, reason } : { decision }, etag);
      notify(t(decision === 'APPROVE' ? 'ui.partners.approved' : 'ui.partners.rejected', p.name));
      remove();
    } catch (problem) {
      showProblem(form, problem);
    }
  });
  return h('li', { class: 'card', 'data-partner': p.id },
    h('h2', {}, p.name), h('p', {}, [area, p.contact.email, p.contact.phone].filter(Boolean).join(' · ')),
    h('p', {}, t('ui.partners.registeredOn', date(p.registeredOn))), form);
}

export { STAGES, has };
