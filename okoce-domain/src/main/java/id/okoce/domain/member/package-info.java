/**
 * Members (anggota) of the network: entrepreneurs registered by region, each with a readable
 * member number, a NIK, a business and a 7PAS stage record.
 */
package id.okoce.domain.member;
