package id.okoce.application.port.out;

import id.okoce.domain.financing.Financing;
import id.okoce.domain.financing.FinancingId;
import id.okoce.domain.financing.FinancingRefusal;
import id.okoce.domain.financing.ProductId;
import id.okoce.domain.member.MemberId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores the financing granted to members; records are never changed. Writes join the current
 * {@link Transactions} transaction.
 */
public interface FinancingRepository {

    /** Inserts a record; {@link StaleVersionException} if its id already exists (no upsert). */
    void add(Financing financing);

    /** Inserts a refusal; {@link StaleVersionException} if its id already exists. Joins the current transaction. */
    void addRefusal(FinancingRefusal refusal);

    /** The member's refusals, ordered by decision day then id; empty for an unknown member. */
    List<FinancingRefusal> refusalsOf(MemberId member);

    /** The member's financing, ordered by grant date then id; empty for an unknown member. */
    List<Financing> findByMember(MemberId member);

    /** Up to {@code limit} financing records of these products, in id order, after {@code after} when given. */
    List<Financing> findByProducts(Set<ProductId> products, Optional<FinancingId> after, int limit);

    /**
     * Destroys the bank's references of the member's financing and the notes of its refusals (an
     * erasure): references read back as {@code ""} and notes as empty from then on; amounts, products,
     * dates, terms and reasons stay. Joins the current transaction.
     */
    void forgetReferences(MemberId member);
}
