package dev.ledger.query.spec;

import dev.ledger.kernel.InvalidValue;
import dev.ledger.kernel.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pages through one read table for one tenant. Built once per read model and shared; each call renders
 * {@code SELECT ... WHERE organization_id = ? AND (filter) AND (keyset) ORDER BY ... LIMIT ?} with every value bound.
 */
public final class ReadQuery<T> {

    /** Every read table has it, and no query may leave it out: the tenant filter is not the caller's to choose. */
    static final Column<UUID> TENANT = Column.uuid("organization_id");

    private final String table;
    private final Map<String, Column<?>> columns;
    private final List<Column<?>> selectList;
    private final Column<?> key;
    private final RowMapper<T> rows;

    private ReadQuery(String table, List<? extends Column<?>> columns, Column<?> key, RowMapper<T> rows) {
        this.table = Identifier.check("table name", table);
        this.key = Objects.requireNonNull(key, "key");
        this.rows = Objects.requireNonNull(rows, "rows");
        if (key.isNullable()) {
            throw new IllegalArgumentException("key column " + key.name() + " must not be nullable");
        }
        Map<String, Column<?>> byName = new LinkedHashMap<>();
        columns.forEach(column -> add(byName, column));
        add(byName, key);
        this.columns = Map.copyOf(byName);
        this.selectList = List.copyOf(byName.values());
    }

    /**
     * @param table   the read table, a plain identifier
     * @param columns what the row mapper reads; sort columns and the key are added to the select list as needed
     * @param key     a unique, non-null column: the final tie-breaker of every sort
     * @param rows    maps one row, typically with {@link Column#read}
     */
    public static <T> ReadQuery<T> of(
            String table, List<? extends Column<?>> columns, Column<?> key, RowMapper<T> rows) {
        return new ReadQuery<>(table, columns, key, rows);
    }

    public Page<T> find(JdbcClient jdbc, OrganizationId organization, Specification where, Sort sort, PageRequest page) {
        return find(jdbc, organization.value(), where, sort, page);
    }

    public Page<T> find(JdbcClient jdbc, UUID organizationId, Specification where, Sort sort, PageRequest page) {
        Sort keyed = sort.tieBrokenBy(key);
        SqlFragment select = pageSql(organizationId, where, sort, page);
        Slice<T> slice = jdbc.sql(select.sql())
                .params(select.parameters())
                .query((ResultSetExtractor<Slice<T>>) result -> slice(result, keyed, page.limit()));
        Optional<String> next = slice.lastValues()
                .map(values -> Cursor.encode(Cursor.fingerprint(table, keyed), keyed, values));
        return new Page<>(slice.items(), next, total(jdbc, organizationId, where, page, slice));
    }

    public long count(JdbcClient jdbc, OrganizationId organization, Specification where) {
        return count(jdbc, organization.value(), where);
    }

    public long count(JdbcClient jdbc, UUID organizationId, Specification where) {
        SqlFragment count = SqlFragment.of("SELECT count(*) FROM " + table).append(whereSql(organizationId, where));
        return jdbc.sql(count.sql()).params(count.parameters()).query(Long.class).single();
    }

    /** The page's statement, rendered but not run: for EXPLAIN and for tests. */
    SqlFragment pageSql(UUID organizationId, Specification where, Sort sort, PageRequest page) {
        Sort keyed = sort.tieBrokenBy(key);
        SqlFragment filter = whereSql(organizationId, where);
        if (page instanceof PageRequest.Keyset keyset && keyset.cursor().isPresent()) {
            List<Object> values = Cursor.decode(keyset.cursor().get(), Cursor.fingerprint(table, keyed), keyed);
            filter = filter.append(" AND ")
                    .append(KeysetPredicate.afterWithIndexBound(keyed.orders(), values).parenthesised());
        }
        // One row beyond the page tells whether another page follows, without a count.
        SqlFragment limit = page instanceof PageRequest.Offset offset
                ? SqlFragment.of(" LIMIT ? OFFSET ?", page.limit() + 1, offset.offset())
                : SqlFragment.of(" LIMIT ?", page.limit() + 1);
        return SqlFragment.of("SELECT " + selectListFor(keyed) + " FROM " + table)
                .append(filter)
                .append(" ORDER BY " + keyed.toSql())
                .append(limit);
    }

    private SqlFragment whereSql(UUID organizationId, Specification where) {
        Objects.requireNonNull(organizationId, "organizationId");
        SqlFragment tenant = SqlFragment.of(" WHERE " + TENANT.name() + " = ?", TENANT.toJdbc(organizationId));
        SqlFragment filter = Objects.requireNonNull(where, "where").toSql();
        return where == Specification.all() ? tenant : tenant.append(" AND ").append(filter.parenthesised());
    }

    private String selectListFor(Sort sort) {
        List<String> names = new ArrayList<>(selectList.stream().map(Column::name).toList());
        for (Sort.Order order : sort.orders()) {
            Column<?> known = columns.get(order.column().name());
            if (known == null) {
                names.add(order.column().name());
            } else if (!known.equals(order.column())) {
                throw new InvalidValue("sort", "column " + order.column().name() + " does not match " + known);
            }
        }
        return String.join(", ", names);
    }

    private Slice<T> slice(ResultSet result, Sort sort, int limit) throws SQLException {
        List<T> items = new ArrayList<>(limit);
        List<Object> lastValues = null;
        boolean more = false;
        while (result.next()) {
            if (items.size() == limit) {
                more = true;
                break;
            }
            items.add(rows.mapRow(result, items.size()));
            if (items.size() == limit) {
                lastValues = sortValues(result, sort);
            }
        }
        return new Slice<>(items, more ? Optional.of(lastValues) : Optional.empty(), more);
    }

    private static List<Object> sortValues(ResultSet row, Sort sort) throws SQLException {
        List<Object> values = new ArrayList<>(sort.orders().size());
        for (Sort.Order order : sort.orders()) {
            values.add(order.column().read(row));
        }
        return values;
    }

    private OptionalLong total(JdbcClient jdbc, UUID organizationId, Specification where, PageRequest page, Slice<T> slice) {
        if (!page.includeTotal()) {
            return OptionalLong.empty();
        }
        long skipped = page instanceof PageRequest.Offset offset ? offset.offset() : 0;
        boolean fromTheStart = page instanceof PageRequest.Offset
                ? skipped == 0 || !slice.items().isEmpty()
                : ((PageRequest.Keyset) page).cursor().isEmpty();
        // A last page reached from a known position already tells the total, read in the same snapshot as the rows.
        if (!slice.more() && fromTheStart) {
            return OptionalLong.of(skipped + slice.items().size());
        }
        return OptionalLong.of(count(jdbc, organizationId, where));
    }

    private static void add(Map<String, Column<?>> byName, Column<?> column) {
        Column<?> earlier = byName.putIfAbsent(column.name(), column);
        if (earlier != null && !earlier.equals(column)) {
            throw new IllegalArgumentException("column " + column.name() + " declared twice, differently");
        }
    }

    private record Slice<T>(List<T> items, Optional<List<Object>> lastValues, boolean more) {
    }
}
