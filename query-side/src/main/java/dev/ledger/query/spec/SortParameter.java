package dev.ledger.query.spec;

import dev.ledger.kernel.InvalidValue;
import java.util.Map;

/**
 * Reads a client's sort parameter such as {@code -createdAt,amount} (a minus sorts descending) against the names a
 * read model exposes, so clients sort by API field names and never name a column.
 */
public final class SortParameter {

    private SortParameter() {
    }

    public static Sort parse(String text, Map<String, Column<?>> sortable, Sort otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        Sort sort = Sort.unsorted();
        for (String part : text.split(",")) {
            String field = part.strip();
            boolean descending = field.startsWith("-");
            String name = descending ? field.substring(1) : field;
            Column<?> column = sortable.get(name);
            if (column == null) {
                throw new InvalidValue("sort", "cannot sort by '" + name + "'; sortable fields are "
                        + String.join(", ", sortable.keySet().stream().sorted().toList()));
            }
            sort = sort.then(new Sort.Order(column, descending ? Sort.Direction.DESC : Sort.Direction.ASC));
        }
        return sort;
    }
}
