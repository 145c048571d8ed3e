package id.okoce.adapter.http.api;

/**
 * A documented parameter of a route.
 *
 * @param name        its name
 * @param in          {@code path}, {@code query} or {@code header}
 * @param required    whether it must be given
 * @param description what it means
 * @param type        its JSON-schema type ({@code string}, {@code integer})
 * @param format      its JSON-schema format, or empty
 * @param allowed     its allowed values, or empty
 */
public record Param(String name, String in, boolean required, String description, String type, String format,
                    String[] allowed) {

    /** A path parameter. */
    public static Param path(String name, String description) {
        return new Param(name, "path", true, description, "string", name.equals("id") ? "uuid" : "", new String[0]);
    }

    /** An optional query parameter. */
    public static Param query(String name, String description) {
        return new Param(name, "query", false, description, "string", "", new String[0]);
    }

    /** An optional query parameter with a type and format. */
    public static Param query(String name, String description, String type, String format) {
        return new Param(name, "query", false, description, type, format, new String[0]);
    }

    /** This parameter, required. */
    public Param mandatory() {
        return new Param(name, in, true, description, type, format, allowed);
    }

    /** This parameter, restricted to {@code values}. */
    public Param allowing(String... values) {
        return new Param(name, in, required, description, type, format, values);
    }

    /** This parameter, restricted to the wire names of {@code type}'s constants. */
    public Param allowing(Class<? extends Enum<?>> type) {
        return allowing(WireNames.all(type).toArray(new String[0]));
    }

    /** A header. */
    public static Param header(String name, String description, boolean required) {
        return new Param(name, "header", required, description, "string", "", new String[0]);
    }
}
