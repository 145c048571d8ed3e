package id.okoce.adapter.http.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * An RFC 9457 problem detail, with the domain's stable {@code code} and, for invalid input, every
 * error with its pointer.
 *
 * @param type     a URN naming the problem, {@code urn:okoce:problem:<code>}
 * @param title    a short summary of the kind of problem
 * @param status   the HTTP status
 * @param detail   what happened, for people
 * @param code     the stable code, e.g. {@code STAGE_OUT_OF_ORDER}
 * @param instance the request path
 * @param errors   for invalid input: each error
 * @param details  extra facts, e.g. {@code existingMemberNumber}
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(@ApiField("urn:okoce:problem:<code>") String type,
                      @ApiField("summary of the kind of problem") String title,
                      @ApiField("HTTP status") int status,
                      @ApiField("what happened") String detail,
                      @ApiField(value = "stable code", example = "STAGE_OUT_OF_ORDER") String code,
                      @ApiField(value = "the request path", optional = true) String instance,
                      @ApiField(value = "for invalid input, every error", optional = true) List<FieldError> errors,
                      @ApiField(value = "extra facts, e.g. existingMemberNumber", optional = true) Map<String, String> details,
                      @ApiField(value = "for POSSIBLE_DUPLICATE, the members the registration is likely to be (those outside the "
                              + "caller's area are only counted, in details.hiddenCandidates)", optional = true)
                      List<Explained.Candidate> candidates) {
}
