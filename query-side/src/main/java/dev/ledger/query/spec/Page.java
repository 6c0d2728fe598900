package dev.ledger.query.spec;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of rows. {@code nextCursor} is present exactly when more rows follow, whichever way the page was asked
 * for; {@code total} only when the request asked for it.
 */
public record Page<T>(List<T> items, Optional<String> nextCursor, OptionalLong total) {

    public Page {
        items = List.copyOf(items);
        Objects.requireNonNull(nextCursor, "nextCursor");
        Objects.requireNonNull(total, "total");
    }

    public boolean hasNext() {
        return nextCursor.isPresent();
    }
}
