package id.okoce.domain.member;

import id.okoce.domain.shared.DomainException;
import java.util.Objects;

/**
 * A search for members by name: the text as typed and its {@link PersonNames#searchKey key}.
 * Members are found when their key is like the query's ({@link #SIMILAR} or more) or holds it
 * whole (a search for one name of several), ranked by {@link PersonNames#similarity}.
 *
 * @param text the text as typed
 */
public record NameQuery(String text) {

    /** The least similarity for a name to be found (PostgreSQL's {@code pg_trgm.similarity_threshold} default). */
    public static final double SIMILAR = 0.3;

    /** Checks the query: 2–150 characters, at least two letters once titles and punctuation are dropped. */
    public NameQuery {
        Objects.requireNonNull(text, "text");
        if (text.strip().length() > 150 || PersonNames.searchKey(text).replace(" ", "").length() < 2) {
            throw new DomainException(MemberError.NAME_QUERY_INVALID, "name",
                    "name must hold at least two letters besides titles, and at most 150 characters");
        }
    }

    /** The key searched for. */
    public String key() {
        return PersonNames.searchKey(text);
    }

    /** Whether a member with name key {@code key} is found by this query. */
    public boolean finds(String key) {
        String mine = key();
        return PersonNames.similarity(mine, key) >= SIMILAR || key.contains(mine);
    }

    /** The rank of a name key among the results, 0–10000 (the similarity, in ten-thousandths). */
    public int score(String key) {
        return (int) Math.round(PersonNames.similarity(key(), key) * 10_000);
    }
}
