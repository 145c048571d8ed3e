// Small DOM helpers: elements without innerHTML (no markup from data ever reaches the page as HTML),
// tables, field errors beside their fields, and notices.
import { t } from './i18n.js';

/** An element with attributes (on… become listeners) and children (strings become text). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'class') {
      element.className = value;
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, value);
    }
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** A table with a caption, column headers and rows of cells (text or nodes). */
export function table(caption, headers, rows, { numeric = [] } = {}) {
  return h('table', { class: 'data' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, headers.map((name, i) => h('th', { scope: 'col', class: numeric.includes(i) ? 'num' : null }, name)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, row.map((cell, i) => (i === 0
      ? h('th', { scope: 'row' }, cell)
      : h('td', { class: numeric.includes(i) ? 'num' : null }, cell)))))));
}

/** A figure: a chart canvas and, folded beneath it, the same numbers as a table. */
export function figure(id, title, chartLabel, dataTable, ...actions) {
  return h('section', { class: 'card', id, 'aria-labelledby': id + '-title' },
    h('h2', { id: id + '-title' }, title),
    h('div', { class: 'chart' }, h('canvas', { role: 'img', 'aria-label': chartLabel })),
    h('details', { class: 'numbers' }, h('summary', {}, t('ui.numbers')), dataTable),
    actions.length ? h('p', { class: 'actions' }, actions) : null);
}

/** A labelled input whose error, if any, shows beneath it. */
export function field(id, label, input, hint) {
  input.id = id;
  const error = h('p', { class: 'field-error', id: id + '-error', hidden: true });
  input.setAttribute('aria-describedby', id + '-error');
  return h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('p', { class: 'hint' }, hint) : null, error);
}

/**
 * Shows a refusal: each field error next to the input whose data-pointer (or data-parameter) it
 * names, the rest (and the sentence) in the form's alert.
 */
export function showProblem(form, problem) {
  clearProblem(form);
  const alert = form.querySelector('.form-alert');
  const loose = [];
  for (const error of problem.errors || []) {
    const key = error.pointer !== undefined && error.pointer !== null ? error.pointer : error.parameter;
    const input = form.querySelector(`[data-pointer="${CSS.escape(key || '')}"]`)
      || (key ? form.querySelector(`[data-pointer^="${CSS.escape(key + '/')}"]`) : null);
    if (input) {
      const box = document.getElementById(input.id + '-error');
      box.textContent = error.message;
      box.hidden = false;
      input.setAttribute('aria-invalid', 'true');
    } else {
      loose.push(error.message);
    }
  }
  const placed = (problem.errors || []).length - loose.length;
  if (alert && (placed === 0 || loose.length > 0)) {
    alert.textContent = [placed === 0 ? problem.message : null, ...loose].filter(Boolean).join(' ');
    alert.hidden = false;
  }
}

export function clearProblem(form) {
  form.querySelectorAll('.field-error').forEach((box) => {
    box.hidden = true;
    box.textContent = '';
  });
  form.querySelectorAll('[aria-invalid]').forEach((input) => input.removeAttribute('aria-invalid'));
  const alert = form.querySelector('.form-alert');
  if (alert) {
    alert.hidden = true;
    alert.textContent = '';
  }
}

/** The alert a form shows its refusals in. */
export function formAlert() {
  return h('p', { class: 'form-alert', role: 'alert', hidden: true });
}

/** A short notice for screen readers and eyes. */
export function notify(text) {
  const notice = document.getElementById('notice');
  notice.textContent = text;
}

/** Replaces the main area with {@code nodes}, titled {@code title}. */
export function show(title, ...nodes) {
  const main = document.getElementById('main');
  main.replaceChildren(h('h1', {}, title), ...nodes.filter((node) => node !== null && node !== undefined));
  document.title = title + ' — OK OCE Network';
}
