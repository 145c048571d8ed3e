package id.okoce.adapter.http.duplicate;

import id.okoce.adapter.http.api.Answers;
import id.okoce.adapter.http.api.ApiField;
import id.okoce.adapter.http.api.ApiRoute;
import id.okoce.adapter.http.api.Auth;
import id.okoce.adapter.http.api.Bodies;
import id.okoce.adapter.http.api.Explained;
import id.okoce.adapter.http.api.FieldError;
import id.okoce.adapter.http.api.InvalidRequestException;
import id.okoce.adapter.http.api.Param;
import id.okoce.adapter.http.api.Params;
import id.okoce.adapter.http.api.Views;
import id.okoce.application.port.in.duplicate.ReviewDuplicatesUseCase;
import id.okoce.domain.access.Role;
import id.okoce.domain.duplicate.DuplicatePair;
import id.okoce.domain.duplicate.DuplicateScore;
import id.okoce.domain.duplicate.KnownPerson;
import id.okoce.domain.member.MemberId;
import id.okoce.domain.stage.Stage;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The review queue: open pairs, most likely first; one pair; resolving one as two people. */
public final class DuplicateRoutes {

    /** Where the queue is. */
    public static final String BASE = "/api/v1/duplicates";
    private final ReviewDuplicatesUseCase review;

    private DuplicateRoutes(ReviewDuplicatesUseCase review) {
        this.review = review;
    }

    /**
     * One of the two members of a pair.
     *
     * @param id           the member id
     * @param memberNumber the member number
     * @param nik          the NIK, masked
     * @param kecamatan    where the member lives
     */
    public record Side(@ApiField(value = "member id", format = "uuid") UUID id,
                       @ApiField(value = "member number", example = "OKOCE-31-0000001") String memberNumber,
                       @ApiField(value = "the NIK, masked", example = "3171**********01") String nik,
                       @ApiField("where the member lives") Views.Region kecamatan) {

        static Side of(KnownPerson p) {
            return new Side(p.id().value(), p.number().toString(), p.facts().nik().masked(), Views.Region.of(p.facts().kecamatan()));
        }
    }

    /**
     * How a pair was resolved.
     *
     * @param at     when
     * @param by     who
     * @param reason why, if given
     */
    public record Resolution(@ApiField("when") Instant at, @ApiField("who") String by,
                             @ApiField(value = "why", optional = true) String reason) {
    }

    /**
     * A possible duplicate.
     *
     * @param id          the pair's id
     * @param score       the score
     * @param verdict     LIKELY_DUPLICATE or REVIEW, by the thresholds in force
     * @param status      OPEN or DISTINCT
     * @param foundBy     REGISTRATION, CONFIRMED_AT_REGISTRATION, SCAN or IMPORT
     * @param foundAt     when
     * @param members     the two members, the earlier-registered first
     * @param comparisons what each comparison found and added
     * @param resolution  how it was resolved, once it was
     */
    public record Pair(@ApiField(value = "the pair's id", format = "int64") long id,
                       @ApiField(value = "score: log2 of how much likelier one person than two", format = "double") double score,
                       @ApiField(value = "what the score means", allowedFrom = DuplicateScore.Verdict.class) String verdict,
                       @ApiField(value = "where the pair stands", allowedFrom = DuplicatePair.Status.class) String status,
                       @ApiField(value = "what found it: REGISTRATION, CONFIRMED_AT_REGISTRATION, SCAN or IMPORT", example = "SCAN") String foundBy,
                       @ApiField("when it was found") Instant foundAt,
                       @ApiField("the two members") List<Side> members,
                       @ApiField("what each comparison found and added") List<Explained.Comparison> comparisons,
                       @ApiField(value = "how it was resolved", optional = true) Resolution resolution) {

        static Pair of(DuplicatePair p, DuplicateScore.Thresholds thresholds) {
            return new Pair(p.id(), Explained.rounded(p.score().total()), p.score().verdict(thresholds).name(), p.status().name(), p.foundBy(), p.foundAt(),
                    List.of(Side.of(p.first()), Side.of(p.second())), Explained.of(p.score()),
                    p.resolution().map(r -> new Resolution(r.at(), r.by(), r.reason().orElse(null))).orElse(null));
        }
    }

    /**
     * A page of open pairs.
     *
     * @param pairs the pairs, highest score first
     * @param next  the id to pass as {@code after} for the next page; absent on the last
     */
    public record Page(@ApiField("the pairs, highest score first") List<Pair> pairs,
                       @ApiField(value = "pass as after to read on; absent on the last page", optional = true, format = "int64")
                       Long next) {
    }

    /**
     * The body of a resolution.
     *
     * @param outcome DISTINCT: two people, never proposed again
     * @param reason  why, recorded with the resolution
     */
    public record ResolutionRequest(@ApiField(value = "DISTINCT: two people, never proposed again", example = "DISTINCT") String outcome,
                                    @ApiField(value = "why (1–500 characters)", optional = true) String reason) {
    }

    /**
     * The body of a merge.
     *
     * @param reason why the two are one person, recorded with the merge
     */
    public record MergeRequest(@ApiField(value = "why the two are one person (1–500 characters)", optional = true) String reason) {
    }

    /**
     * A member of a merge, by id and number.
     *
     * @param id           the member id
     * @param memberNumber the member number
     */
    public record MemberRef(@ApiField(value = "member id", format = "uuid") UUID id,
                            @ApiField(value = "member number", example = "OKOCE-31-0000001") String memberNumber) {
    }

    /**
     * A merge done.
     *
     * @param survivor        the member that stays, with its number
     * @param merged          the member closed as merged into it
     * @param mergedOn        the day
     * @param stagesGained    the stages the survivor gained (or now has on an earlier day)
     * @param financingsMoved how many financings became the survivor's
     */
    public record MergeAnswer(@ApiField("the member that stays and keeps its number") MemberRef survivor,
                              @ApiField("the member closed as merged into it; its id answers 410 MEMBER_MERGED from now on")
                              MemberRef merged,
                              @ApiField("the day of the merge") LocalDate mergedOn,
                              @ApiField(value = "the stages the survivor gained or now has on an earlier day", example = "[\"P3\", \"P4\"]")
                              List<String> stagesGained,
                              @ApiField(value = "how many financings became the survivor's", format = "int32") int financingsMoved) {

        static MergeAnswer of(ReviewDuplicatesUseCase.Merged m) {
            return new MergeAnswer(new MemberRef(m.survivor().id().value(), m.survivor().number().toString()),
                    new MemberRef(m.closed().id().value(), m.closed().number().toString()), m.closed().mergedOn(),
                    m.stagesGained().stream().sorted().map(Stage::code).toList(), m.financingsMoved());
        }
    }

    /** The routes. */
    public static List<ApiRoute> of(ReviewDuplicatesUseCase review) {
        DuplicateRoutes r = new DuplicateRoutes(review);
        Param id = new Param("id", "path", true, "pair id", "integer", "int64", new String[0]);
        return List.of(
                ApiRoute.get(BASE, r::list).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("duplicates", "Open possible duplicates, most likely first (a partner: pairs whose two members both live in "
                                + "its area), each with its score and what every comparison added; reading them is recorded")
                        .params(Param.query("member", "only this member's pairs (member id)", "string", "uuid"),
                                Param.query("after", "the last pair id of the previous page", "integer", "int64"),
                                Param.query("limit", "at most this many, 1–200 (default 50)", "integer", ""))
                        .returns(200, Page.class).errors(404),
                ApiRoute.get(BASE + "/{id}", r::get).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("duplicates", "One possible duplicate, open or resolved").params(id).returns(200, Pair.class).errors(404),
                ApiRoute.post(BASE + "/{id}/resolution", r::resolve).roles(Role.HUB_ADMIN, Role.PARTNER)
                        .doc("duplicates", "Resolve a possible duplicate as two people: it is never proposed again; recorded in the "
                                + "audit trail")
                        .params(id).body(ResolutionRequest.class).returns(200, Pair.class).errors(404, 409),
                ApiRoute.post(BASE + "/{id}/merge", r::merge).roles(Role.HUB_ADMIN)
                        .doc("duplicates", "Resolve a possible duplicate as one person: the member registered first survives, keeps its "
                                + "number and gains the other's stages, financings and history; the other is closed as merged into it "
                                + "(its id answers 410 MEMBER_MERGED naming the survivor); the reports count one member; recorded in "
                                + "the audit trail as member.merged, an event")
                        .params(id).body(MergeRequest.class).returns(200, MergeAnswer.class).errors(404, 409));
    }

    private void list(Context ctx) {
        int limit = Params.integer(ctx, "limit", 1, ReviewDuplicatesUseCase.MAX_PAGE, "QUERY_LIMIT_INVALID").orElse(50);
        Optional<Long> after = Params.number(ctx, "after");
        Optional<MemberId> member = Params.query(ctx, "member", raw -> {
            try {
                return new MemberId(UUID.fromString(raw));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException(FieldError.parameter("member", "ID_MALFORMED", "member must be a UUID"));
            }
        });
        Answers.json(ctx, review.open(Auth.actor(ctx), member, limit, after), pairs -> new Page(pairs.stream().map(this::pair).toList(),
                pairs.size() < limit ? null : pairs.get(pairs.size() - 1).id()));
    }

    private void get(Context ctx) {
        Answers.json(ctx, review.pair(Auth.actor(ctx), id(ctx)), this::pair);
    }

    private void resolve(Context ctx) {
        long id = id(ctx);
        ResolutionRequest body = Bodies.read(ctx, ResolutionRequest.class);
        if (!"DISTINCT".equals(body.outcome())) {
            throw new InvalidRequestException(FieldError.body("/outcome", "RESOLUTION_INVALID",
                    "outcome must be DISTINCT (to merge the two as one person: POST " + BASE + "/{id}/merge)"));
        }
        ctx.json(pair(review.resolveDistinct(Auth.actor(ctx), id, Optional.ofNullable(body.reason()))));
    }

    private void merge(Context ctx) {
        long id = id(ctx);
        MergeRequest body = Bodies.read(ctx, MergeRequest.class);
        ReviewDuplicatesUseCase.Merged merged = review.merge(Auth.actor(ctx), id, Optional.ofNullable(body.reason()));
        ctx.header("Location", "/api/v1/members/" + merged.survivor().id());
        ctx.json(MergeAnswer.of(merged));
    }

    private Pair pair(DuplicatePair p) {
        return Pair.of(p, review.thresholds());
    }

    private static long id(Context ctx) {
        return Params.pathNumber(ctx, "id", "PAIR_ID_MALFORMED");
    }
}
