/** Use cases about members and their 7PAS stages. */
package id.okoce.application.port.in.member;
