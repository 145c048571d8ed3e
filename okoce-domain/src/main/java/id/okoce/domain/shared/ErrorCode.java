package id.okoce.domain.shared;

/**
 * A stable, machine-readable refusal code such as {@code NIK_LENGTH}. Codes are part of the public
 * contract: once published, a code keeps its name and meaning. Each area of the model declares its
 * codes as an enum implementing this interface, so a fork can add its own without editing ours.
 */
public interface ErrorCode {

    /** The code itself, e.g. {@code STAGE_OUT_OF_ORDER}. */
    String name();

    /** How the refusal should be treated by an adapter. */
    ErrorKind kind();
}
