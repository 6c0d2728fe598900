package dev.ledger.infra.web;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.query.spec.Page;
import dev.ledger.query.spec.PageRequest;
import java.util.List;

/** One page of a list: the items, the cursor of the next page (absent on the last), the total when asked for. */
record PageResponse<T>(List<T> items, String nextCursor, Long total) {

    static final int DEFAULT_LIMIT = 50;

    static <T> PageResponse<T> of(Page<T> page) {
        return new PageResponse<>(page.items(), page.nextCursor().orElse(null),
                page.total().isPresent() ? page.total().getAsLong() : null);
    }

    /** Keyset paging by default (stable under inserts); offset paging only when the client asks for an offset. */
    static PageRequest request(String cursor, Integer limit, Long offset, boolean includeTotal) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (cursor != null && offset != null) {
            throw new InvalidValue("cursor", "cannot be combined with offset");
        }
        PageRequest page = offset != null ? PageRequest.offset(offset, size)
                : cursor != null ? PageRequest.after(cursor, size) : PageRequest.first(size);
        return includeTotal ? page.withTotal() : page;
    }
}
