/** Use cases for bulk imports of members: run one now, or start a job and follow it. */
package id.okoce.application.port.in.imports;
