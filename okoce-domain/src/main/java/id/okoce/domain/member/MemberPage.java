package id.okoce.domain.member;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of members.
 *
 * @param members the members, in the search's order (member numbers, or likeness of name)
 * @param next    the cursor for the next page; empty on the last page
 */
public record MemberPage(List<Member> members, Optional<MemberCursor> next) {

    /** Copies the list. */
    public MemberPage {
        members = List.copyOf(members);
        Objects.requireNonNull(next, "next");
    }
}
