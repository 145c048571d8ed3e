// The dashboard: progress towards the target, registrations per month, members by province (a tile
// map and a bar chart), the 7PAS funnel with drop-out, and coverage — each with its numbers as a
// table and, where the API offers one, a CSV download.
import * as api from './api.js';
import { h, table, figure, show } from './ui.js';
import { t, number, decimal, date, month, stageName, language } from './i18n.js';
import { tileMap } from './tilemap.js';

const STAGES = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'];
const COLOURS = ['#0b6e4f', '#1f8a70', '#3fa37a', '#76b852', '#bedc7f', '#f2c14e', '#f78154'];
const charts = [];

function chart(section, config) {
  if (!window.Chart) {
    return;
  }
  const canvas = section.querySelector('canvas');
  config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false,
    locale: language() === 'en' ? 'en-GB' : 'id-ID',
    plugins: { legend: { display: config.legend === true } } }, config.options || {});
  charts.push(new window.Chart(canvas, config));
}

function csvButton(path, fileName) {
  return h('button', { type: 'button', class: 'secondary', onclick: () => api.download(path, fileName) }, t('ui.downloadCsv'));
}

export async function dashboard(me) {
  charts.splice(0).forEach((c) => c.destroy());
  const [target, monthly, provinces, funnel, coverage] = await Promise.all([
    api.get('/api/v1/reports/target'),
    api.get('/api/v1/reports/monthly'),
    api.get('/api/v1/reports/members-by-province'),
    api.get('/api/v1/reports/stage-funnel'),
    api.get('/api/v1/regions/coverage'),
  ]);
  const area = me.role === 'PARTNER' ? [me.province.name, ...me.regencies.map((r) => r.name)].join(' · ') : null;
  show(t('ui.dashboard.title'),
    area ? h('p', { class: 'scope' }, t('ui.dashboard.scope', area)) : null,
    h('div', { class: 'grid' },
      targetCard(target, monthly),
      monthlyCard(monthly),
      funnelCard(funnel),
      provinceCard(provinces),
      coverageCard(coverage)));
}

function targetCard(target, monthly) {
  const stageIndex = STAGES.indexOf(target.countingStage);
  let running = 0;
  const cumulative = monthly.months.map((m) => {
    running += m.completions[stageIndex];
    return running;
  });
  const labels = monthly.months.map((m) => month(m.month));
  const section = h('section', { class: 'card wide', id: 'target', 'aria-labelledby': 'target-title' },
    h('h2', { id: 'target-title' }, t('ui.target.title', number(target.goal), date(target.deadline))),
    h('p', { class: 'big', id: 'target-count' }, number(target.count)),
    h('p', {}, t('ui.target.summary', decimal(target.percentDone), stageName(target.countingStage), date(target.on))),
    h('p', {}, t('ui.target.rate', decimal(target.ratePerDaySoFar))
      + (target.requiredRatePerDay !== null && target.requiredRatePerDay !== undefined ? ' ' + t('ui.target.required', decimal(target.requiredRatePerDay)) : '')),
    h('p', { class: target.onTrack ? 'ok' : 'warn' }, target.projectedCompletion
      ? t(target.onTrack ? 'ui.target.onTrack' : 'ui.target.offTrack', date(target.projectedCompletion))
      : t('ui.target.noProjection')),
    h('div', { class: 'chart' }, h('canvas', { role: 'img', 'aria-label': t('ui.target.chartLabel') })),
    h('details', { class: 'numbers' }, h('summary', {}, t('ui.numbers')),
      table(t('ui.target.tableCaption'), [t('ui.month'), t('ui.target.cumulative')],
        labels.map((label, i) => [label, number(cumulative[i])]), { numeric: [1] })),
    h('p', { class: 'actions' }, csvButton('/api/v1/reports/target?format=csv', 'target.csv')));
  chart(section, {
    type: 'line',
    legend: true,
    data: { labels, datasets: [
      { label: t('ui.target.cumulative'), data: cumulative, borderColor: COLOURS[0], backgroundColor: COLOURS[0], pointRadius: 0 },
      { label: t('ui.target.goal'), data: labels.map(() => target.goal), borderColor: COLOURS[6], borderDash: [6, 4], pointRadius: 0 },
    ] },
  });
  return section;
}

function monthlyCard(monthly) {
  const labels = monthly.months.map((m) => month(m.month));
  const registrations = monthly.months.map((m) => m.completions[0]);
  const section = figure('monthly', t('ui.monthly.title'), t('ui.monthly.chartLabel'),
    table(t('ui.monthly.title'), [t('ui.month'), ...STAGES.map(stageName)],
      monthly.months.map((m, i) => [labels[i], ...m.completions.map(number)]), { numeric: [1, 2, 3, 4, 5, 6, 7] }),
    csvButton('/api/v1/reports/monthly?format=csv', 'monthly.csv'));
  chart(section, { type: 'bar', data: { labels, datasets: [{ label: stageName('P1'), data: registrations, backgroundColor: COLOURS[1] }] } });
  return section;
}

function provinceCard(report) {
  const rows = report.provinces.map((p) => ({ code: p.code, name: p.name, members: p.members }));
  const sorted = [...rows].sort((a, b) => b.members - a.members);
  const section = h('section', { class: 'card wide', id: 'provinces', 'aria-labelledby': 'provinces-title' },
    h('h2', { id: 'provinces-title' }, t('ui.provinces.title', number(report.total))),
    h('div', { class: 'side-by-side' },
      tileMap(rows),
      h('div', { class: 'chart tall' }, h('canvas', { role: 'img', 'aria-label': t('ui.provinces.chartLabel') }))),
    h('details', { class: 'numbers' }, h('summary', {}, t('ui.numbers')),
      table(t('ui.provinces.caption'), [t('ui.province'), t('ui.members')], rows.map((r) => [r.name, number(r.members)]),
        { numeric: [1] })),
    h('p', { class: 'actions' }, csvButton('/api/v1/reports/members-by-province?format=csv', 'members-by-province.csv')));
  chart(section, { type: 'bar', options: { indexAxis: 'y' },
    data: { labels: sorted.slice(0, 15).map((r) => r.name), datasets: [{ label: t('ui.members'), data: sorted.slice(0, 15).map((r) => r.members), backgroundColor: COLOURS[2] }] } });
  return section;
}

function funnelCard(funnel) {
  const rows = funnel.stages.map((s, i) => {
    const previous = i === 0 ? null : funnel.stages[i - 1].members;
    const dropped = previous === null || previous === 0 ? null : 100 * (previous - s.members) / previous;
    return [s.code + ' ' + stageName(s.code), number(s.members), decimal(s.percentOfAll) + ' %',
      dropped === null ? '—' : decimal(dropped) + ' %'];
  });
  const section = figure('funnel', t('ui.funnel.title'), t('ui.funnel.chartLabel'),
    table(t('ui.funnel.title'), [t('ui.stage'), t('ui.members'), t('ui.funnel.share'), t('ui.funnel.dropOut')], rows, { numeric: [1, 2, 3] }),
    csvButton('/api/v1/reports/stage-funnel?format=csv', 'stage-funnel.csv'));
  chart(section, { type: 'bar', data: { labels: funnel.stages.map((s) => s.code + ' ' + stageName(s.code)),
    datasets: [{ label: t('ui.members'), data: funnel.stages.map((s) => s.members), backgroundColor: COLOURS }] } });
  return section;
}

function coverageCard(coverage) {
  const rows = coverage.map((c) => {
    const everywhere = new Set(c.stages.map((s) => s.code));
    const inPart = new Map(c.inPart.map((p) => [p.stage.code, p.regencies.map((r) => r.name).join(', ')]));
    return [c.province.name, ...STAGES.map((code) => {
      if (everywhere.has(code)) {
        return h('span', { class: 'yes', title: t('ui.coverage.everywhere') }, '✓', h('span', { class: 'sr' }, ' ' + t('ui.coverage.everywhere')));
      }
      if (inPart.has(code)) {
        return h('span', { class: 'part', title: inPart.get(code) }, '◐', h('span', { class: 'sr' }, ' ' + t('ui.coverage.inPart', inPart.get(code))));
      }
      return h('span', { class: 'no', title: t('ui.coverage.none') }, '–', h('span', { class: 'sr' }, ' ' + t('ui.coverage.none')));
    })];
  });
  return h('section', { class: 'card wide', id: 'coverage', 'aria-labelledby': 'coverage-title' },
    h('h2', { id: 'coverage-title' }, t('ui.coverage.title')),
    h('p', { class: 'hint' }, t('ui.coverage.legend')),
    h('div', { class: 'scroll' }, table(t('ui.coverage.caption'), [t('ui.province'), ...STAGES], rows)));
}
