/**
 * Identity data of people, which is personal data under UU PDP (Law 27/2022): the NIK with its
 * encoded birth date and sex (always masked when shown), mobile numbers and e-mail addresses.
 */
package id.okoce.domain.identity;
