package id.okoce.adapter.http.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads a JSON body into a request record, and says exactly where it is wrong: malformed JSON,
 * an unknown field, a value of the wrong type, or a required field left out — each with a JSON
 * pointer. Error messages never echo the input (it may hold a NIK).
 */
public final class Bodies {

    private Bodies() {
    }

    /** The body as {@code type}, or an {@link InvalidRequestException} listing what is wrong. */
    public static <T> T read(Context ctx, Class<T> type) {
        byte[] body = ctx.bodyAsBytes();
        return parse(body, type);
    }

    /** Parses {@code body} as {@code type}; see {@link #read}. */
    public static <T> T parse(byte[] body, Class<T> type) {
        if (body.length == 0) {
            throw new InvalidRequestException(FieldError.body("", "BODY_REQUIRED", "a JSON body is required"));
        }
        T value;
        try {
            value = Json.mapper().readValue(body, type);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(classify(e));
        } catch (IOException e) {
            throw new InvalidRequestException(FieldError.body("", "JSON_MALFORMED", "the body cannot be read"));
        }
        if (value == null) {
            throw new InvalidRequestException(FieldError.body("", "BODY_REQUIRED", "a JSON object is required"));
        }
        List<FieldError> missing = new ArrayList<>();
        requireFields(value, "", missing);
        if (!missing.isEmpty()) {
            throw new InvalidRequestException(missing);
        }
        return value;
    }

    private static FieldError classify(JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (e instanceof JsonMappingException m && cause instanceof InputCoercionException) {
            return FieldError.body(pointer(m), "FIELD_OUT_OF_RANGE", "this number is too large for the field");
        }
        if (e instanceof JsonMappingException && cause instanceof JsonProcessingException inner
                && !(cause instanceof JsonMappingException)) {
            return classify(inner);
        }
        if (e instanceof InputCoercionException coercion) {
            return FieldError.body(pointer(coercion), "FIELD_OUT_OF_RANGE", "this number is too large for the field");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return FieldError.body(pointer(u), "FIELD_UNKNOWN", "unknown field '" + u.getPropertyName() + "'; this request does not accept it");
        }
        if (e instanceof MismatchedInputException m && !(e.getCause() instanceof JsonProcessingException)) {
            return FieldError.body(pointer(m), "FIELD_TYPE", "must be " + expected(m.getTargetType()));
        }
        if (e instanceof JsonMappingException m) {
            return FieldError.body(pointer(m), "FIELD_INVALID", "this value cannot be read");
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return FieldError.body("", "JSON_MALFORMED", "the body is not valid JSON" + where);
    }

    /** Where the parser was when a number did not fit: the pointer of the field being read. */
    private static String pointer(InputCoercionException e) {
        JsonParser parser = e.getProcessor();
        return parser == null ? "" : parser.getParsingContext().pathAsPointer().toString();
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            pointer.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()));
        }
        return pointer.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == LocalDate.class) {
            return "a date like 2018-09-10";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /**
     * Finds every required field left out, and every text holding a NUL character (which no field
     * takes, and which the database could not store), walking the record and its nested records.
     */
    private static void requireFields(Object value, String at, List<FieldError> missing) {
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        for (Component component : COMPONENTS.get(value.getClass())) {
            Object field = component.read(value);
            String pointer = at + "/" + component.name();
            if (field == null) {
                if (!component.optional()) {
                    missing.add(FieldError.body(pointer, "FIELD_REQUIRED", component.name() + " is required"));
                }
            } else if (field instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) == null) {
                        missing.add(FieldError.body(pointer + "/" + i, "FIELD_REQUIRED", "null is not allowed here"));
                    }
                    refuseNul(list.get(i), pointer + "/" + i, missing);
                    requireFields(list.get(i), pointer + "/" + i, missing);
                }
            } else {
                refuseNul(field, pointer, missing);
                requireFields(field, pointer, missing);
            }
        }
    }

    private static void refuseNul(Object value, String pointer, List<FieldError> errors) {
        if (value instanceof String text && text.indexOf('\u0000') >= 0) {
            errors.add(FieldError.body(pointer, "FIELD_INVALID_CHARACTER", "must not contain the NUL character (U+0000)"));
        }
    }

    /**
     * The components of each request record, read once per class: asking a class for its record
     * components builds them (and parses their annotations) anew on every call.
     */
    private static final ClassValue<List<Component>> COMPONENTS = new ClassValue<>() {
        @Override
        protected List<Component> computeValue(Class<?> type) {
            List<Component> components = new ArrayList<>();
            for (RecordComponent c : type.getRecordComponents()) {
                ApiField doc = c.getAnnotation(ApiField.class);
                Method accessor = c.getAccessor();
                accessor.setAccessible(true);
                components.add(new Component(c.getName(), accessor, doc != null && doc.optional()));
            }
            return List.copyOf(components);
        }
    };

    /** One record component: its name, how to read it, and whether it may be left out. */
    private record Component(String name, Method accessor, boolean optional) {

        Object read(Object record) {
            try {
                return accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }
    }
}
