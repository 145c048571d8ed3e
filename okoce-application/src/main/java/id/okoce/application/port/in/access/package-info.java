/** Use cases about API tokens: issuing and revoking them, and telling who a secret belongs to. */
package id.okoce.application.port.in.access;
