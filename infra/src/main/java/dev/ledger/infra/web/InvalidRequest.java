package dev.ledger.infra.web;

import dev.ledger.kernel.InvalidValue;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** All field errors of one request, gathered so a client can fix them in one round trip. */
final class InvalidRequest extends RuntimeException {

    private final List<InvalidValue> errors;

    private InvalidRequest(List<InvalidValue> errors) {
        super(errors.size() + " invalid field(s)");
        this.errors = List.copyOf(errors);
    }

    List<InvalidValue> errors() {
        return errors;
    }

    /** Converts a single request field, reporting an error under the field's name in the request. */
    static <T> T field(String requestField, Supplier<T> conversion) {
        Collector fields = new Collector();
        T value = fields.field(requestField, conversion);
        fields.throwIfAny();
        return value;
    }

    /** Collects {@link InvalidValue}s from converting each field; throws once at the end if any failed. */
    static final class Collector {

        private final List<InvalidValue> errors = new ArrayList<>();

        /** Converts one request field; an error is reported under the field's name in the request. */
        <T> T field(String requestField, Supplier<T> conversion) {
            try {
                return conversion.get();
            } catch (InvalidValue invalid) {
                errors.add(new InvalidValue(requestField, invalid.reason()));
                return null;
            }
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidRequest(errors);
            }
        }
    }
}
