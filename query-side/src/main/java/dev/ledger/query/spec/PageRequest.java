package dev.ledger.query.spec;

import dev.ledger.kernel.InvalidValue;
import java.util.Optional;

/**
 * Which page to fetch: by keyset ({@link #first}, {@link #after}), which stays fast and stable however deep the
 * client goes, or by offset, for screens that jump to page numbers.
 */
public sealed interface PageRequest permits PageRequest.Keyset, PageRequest.Offset {

    int MAX_LIMIT = 500;
    /** Cursors carry a handful of sort values; anything longer is not one of ours. */
    int MAX_CURSOR_LENGTH = 4096;

    int limit();

    /** Whether to also count every matching row: one more query, so only when the client shows a total. */
    boolean includeTotal();

    PageRequest withTotal();

    static PageRequest first(int limit) {
        return new Keyset(Optional.empty(), limit, false);
    }

    /** The page after the row the cursor points at; the cursor comes from a previous {@link Page#nextCursor()}. */
    static PageRequest after(String cursor, int limit) {
        return new Keyset(Optional.of(InvalidValue.required("cursor", cursor)), limit, false);
    }

    static PageRequest offset(long offset, int limit) {
        return new Offset(offset, limit, false);
    }

    record Keyset(Optional<String> cursor, int limit, boolean includeTotal) implements PageRequest {

        public Keyset {
            InvalidValue.required("cursor", cursor);
            cursor.ifPresent(text -> {
                if (text.isEmpty() || text.length() > MAX_CURSOR_LENGTH) {
                    throw new InvalidValue("cursor", "is malformed");
                }
            });
            checkLimit(limit);
        }

        @Override
        public Keyset withTotal() {
            return new Keyset(cursor, limit, true);
        }
    }

    record Offset(long offset, int limit, boolean includeTotal) implements PageRequest {

        public Offset {
            if (offset < 0) {
                throw new InvalidValue("offset", "must not be negative");
            }
            checkLimit(limit);
        }

        @Override
        public Offset withTotal() {
            return new Offset(offset, limit, true);
        }
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidValue("limit", "must be between 1 and " + MAX_LIMIT);
        }
    }
}
