// The page's texts in Bahasa Indonesia (default) and English, from the service's own catalogue
// (the same one the API's problems use), and the formats of numbers, rupiah and dates.
const version = document.body.dataset.version;
let texts = {};
let lang = 'id';

/** The language remembered, or the browser's on a first visit: English when it prefers English, else Indonesian. */
export function initialLanguage() {
  const saved = localStorage.getItem('okoce.lang');
  if (saved === 'id' || saved === 'en') {
    return saved;
  }
  const preferred = (navigator.languages && navigator.languages[0]) || navigator.language || 'id';
  return preferred.toLowerCase().startsWith('en') ? 'en' : 'id';
}

/** Loads the texts of {@code next} and remembers the choice. */
export async function useLanguage(next) {
  const response = await fetch(`/ui/${version}/i18n/${next}.json`);
  texts = await response.json();
  lang = next;
  localStorage.setItem('okoce.lang', next);
  document.documentElement.lang = next;
}

export function language() {
  return lang;
}

/** The text of {@code key}, with {0}, {1}… replaced by {@code args}; the key itself when missing. */
export function t(key, ...args) {
  const text = texts[key];
  if (text === undefined) {
    return key;
  }
  return text.replace(/\{(\d+)\}/g, (all, i) => (args[i] === undefined ? all : String(args[i])));
}

/** Whether there is a text for {@code key}. */
export function has(key) {
  return texts[key] !== undefined;
}

const locale = () => (lang === 'en' ? 'en-GB' : 'id-ID');

/** A whole number with the language's grouping: 10.000.000 or 10,000,000. */
export function number(n) {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 0 }).format(Number(n));
}

/** A decimal number with up to two places. */
export function decimal(n) {
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(Number(n));
}

/** Rupiah, whole: Rp 10.000.000. */
export function rupiah(n) {
  return 'Rp ' + number(n);
}

/** A day (YYYY-MM-DD) written out: 10 September 2018. */
export function date(iso) {
  if (!iso) {
    return '—';
  }
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(Date.UTC(y, m - 1, d)));
}

/** A moment (ISO instant) written out with its time, in the browser's time zone. */
export function moment(iso) {
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/** A month (YYYY-MM) written out: September 2018. */
export function month(iso) {
  const [y, m] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** The name of a stage by its code, in the page's language. */
export function stageName(code) {
  return t('stage.' + code);
}
