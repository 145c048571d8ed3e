package id.okoce.adapter.http.member;

import id.okoce.adapter.http.api.ApiField;
import java.util.List;

/**
 * One page of a member search.
 *
 * @param members    the members, in member-number order
 * @param nextCursor pass as {@code cursor} for the next page; null on the last page
 */
public record MemberPageResponse(@ApiField("members, in member-number order") List<MemberResponse> members,
                                 @ApiField(value = "cursor of the next page; null on the last page", optional = true)
                                 String nextCursor) {
}
