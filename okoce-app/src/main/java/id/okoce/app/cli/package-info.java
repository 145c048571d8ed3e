/** The {@code okoce} command line: {@code serve}, {@code migrate}, {@code token create|revoke}, each with {@code --help}. */
package id.okoce.app.cli;
