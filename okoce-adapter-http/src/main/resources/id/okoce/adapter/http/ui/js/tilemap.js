// The 38 provinces as a tile map laid out by geography (west to east, north to south); no map
// data from outside the service is needed.
import { h } from './ui.js';
import { number, t } from './i18n.js';

const TILES = {
  11: ['ACEH', 0, 0], 12: ['SUMUT', 1, 1], 13: ['SUMBAR', 1, 2], 14: ['RIAU', 2, 2], 21: ['KEPRI', 4, 1],
  15: ['JAMBI', 2, 3], 19: ['BABEL', 4, 3], 17: ['BKL', 2, 4], 16: ['SUMSEL', 3, 4], 18: ['LPG', 3, 5],
  36: ['BANTEN', 3, 6], 31: ['DKI', 4, 6], 32: ['JABAR', 5, 6], 33: ['JATENG', 6, 6], 35: ['JATIM', 7, 6],
  34: ['DIY', 6, 7], 51: ['BALI', 8, 7], 52: ['NTB', 9, 7], 53: ['NTT', 10, 7],
  65: ['KALTARA', 7, 0], 61: ['KALBAR', 6, 1], 64: ['KALTIM', 7, 1], 62: ['KALTENG', 6, 2], 63: ['KALSEL', 7, 2],
  71: ['SULUT', 11, 0], 75: ['GTLO', 10, 1], 76: ['SULBAR', 9, 2], 72: ['SULTENG', 10, 2], 73: ['SULSEL', 9, 3],
  74: ['SULTRA', 10, 3], 82: ['MALUT', 12, 1], 81: ['MALUKU', 12, 3],
  96: ['PBD', 13, 2], 92: ['PABAR', 14, 2], 91: ['PAPUA', 15, 2], 94: ['PATENG', 14, 3], 95: ['PAPEG', 15, 3],
  93: ['PASEL', 15, 4],
};

/** The tile map of {@code rows} ({code, name, members}); provinces out of the caller's scope are left blank. */
export function tileMap(rows) {
  const max = Math.max(1, ...rows.map((r) => r.members));
  const byCode = new Map(rows.map((r) => [String(r.code), r]));
  const tiles = Object.entries(TILES).map(([code, [short, col, row]]) => {
    const data = byCode.get(code);
    const share = data ? data.members / max : 0;
    const level = data ? Math.min(5, Math.ceil(share * 5)) : 'none';
    return h('div', {
      class: 'tile level-' + level,
      style: null,
      'data-col': col,
      'data-row': row,
      'data-code': code,
      title: data ? `${data.name}: ${number(data.members)}` : '',
    }, h('span', { class: 'short' }, short), h('span', { class: 'count' }, data ? number(data.members) : ''));
  });
  const map = h('div', { class: 'tilemap', role: 'img', 'aria-label': t('ui.dashboard.mapLabel') }, tiles);
  // Grid placement through CSSOM (allowed by the Content-Security-Policy, unlike style attributes in markup).
  map.querySelectorAll('.tile').forEach((tile) => {
    tile.style.gridColumn = String(Number(tile.dataset.col) + 1);
    tile.style.gridRow = String(Number(tile.dataset.row) + 1);
  });
  return map;
}
