package id.okoce.application.port.out;

import id.okoce.domain.financing.FinancingProduct;
import id.okoce.domain.financing.ProductId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Stores financing products, which are versions and never edited: a new rule is a new product.
 * Reads return empty results for unknown ids, never {@code null}.
 */
public interface FinancingProductRepository {

    /**
     * Inserts a product.
     *
     * @return true if inserted, false if a product with this id already exists (nothing is changed)
     */
    boolean add(FinancingProduct product);

    /** The product with this id, or empty. */
    Optional<FinancingProduct> findById(ProductId id);

    /** Every product, ordered by id. */
    List<FinancingProduct> findAll();

    /** The versions of a family, ordered by the day they begin; empty for an unknown family. */
    List<FinancingProduct> findFamily(String family);

    /**
     * Sets the last day of a version (ending it early), joining the current transaction.
     *
     * @return false if no product has this id (nothing is changed)
     */
    boolean end(ProductId id, LocalDate lastDay);
}
