/**
 * The adapter contract kit: one abstract JUnit 5 class per outbound port. An adapter proves itself
 * by extending each class and returning its ports from {@link id.okoce.application.contract.PortContract#adapters()}.
 * The contracts never assume empty storage: they use fresh ids, random NIKs and before/after
 * differences, so they also run against a database other tests share.
 */
package id.okoce.application.contract;
