/**
 * Test-data builders with safe defaults, one per aggregate, shipped in the domain test-jar so the
 * application's and adapters' tests read like sentences: {@code aMember().inKecamatan("32.73.01").build()}.
 */
package id.okoce.domain.testdata;
