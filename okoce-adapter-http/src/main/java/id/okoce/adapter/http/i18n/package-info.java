/**
 * The API's and the page's human texts in Bahasa Indonesia (the default) and English, chosen by
 * {@code Accept-Language}; stable codes, types and pointers never change with the language.
 */
package id.okoce.adapter.http.i18n;
