package dev.ledger.query.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DDL of a rebuild: shadow copies of live tables (same columns, indexes, policies and grants), and the swap that
 * puts them in place under the live names, index names included, so later migrations still find what they expect.
 * A shadow is filled unlogged, with its key and unique indexes only (what conflicts and lookups need); once it is full
 * it is set logged and its other indexes are built, as a bulk load does, instead of being updated row by row through
 * the whole replay.
 */
final class ShadowTables {

    /**
     * How full inserts leave a shadow's pages. A replay updates rows it inserted moments before, in the same
     * transaction; an update that finds room on its row's page stays there (HOT) instead of adding an entry to every
     * index, and three quarters of a page left free hold an order's three later versions. Measured on a copy of
     * payment_order_view, 125 orders and their 375 updates a transaction: 0 of the updates HOT at 100, 68 % at 50, all
     * at 25, for about as many pages. The shadow is reset to the default before the rewrite that sets it logged.
     */
    private static final int FILL_FACTOR = 25;

    private static final Pattern INDEX_AND_TABLE_NAME = Pattern.compile("^CREATE (UNIQUE )?INDEX \\S+ ON \\S+ ");

    private final JdbcClient jdbc;

    ShadowTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(List<String> liveTables) {
        for (String live : liveTables) {
            String shadow = TableNames.shadowName(live);
            jdbc.sql("DROP TABLE IF EXISTS " + shadow).update();
            // Unlogged while it fills: no WAL for each of the replay's row versions, one pass of the table at the end.
            jdbc.sql("CREATE UNLOGGED TABLE " + shadow + " (LIKE " + live + " INCLUDING ALL) WITH (fillfactor = "
                    + FILL_FACTOR + ")").update();
            jdbc.sql("SELECT ledger_copy_table_security(?::regclass, ?::regclass)")
                    .params(live, shadow).query((row, n) -> 1).single();
            for (String index : deferrableIndexes(shadow).keySet()) {
                jdbc.sql("DROP INDEX " + quote(index)).update();
            }
        }
    }

    /**
     * Sets each shadow logged, then builds the indexes {@link #create} left out, from the live table's definitions;
     * returns how many it built.
     */
    int buildDeferredIndexes(List<String> liveTables) {
        int built = 0;
        for (String live : liveTables) {
            String shadow = TableNames.shadowName(live);
            // Logged before it is swapped in, so it survives a crash and reaches replicas; the rewrite also leaves the
            // replay's dead row versions behind, and the lookup indexes are built after it rather than rewritten.
            jdbc.sql("ALTER TABLE " + shadow + " RESET (fillfactor)").update();
            jdbc.sql("ALTER TABLE " + shadow + " SET LOGGED").update();
            Map<String, String> present = indexesByShape(shadow);
            for (Map.Entry<String, String> index : deferrableIndexes(live).entrySet()) {
                String shape = shapeOf(index.getValue());
                if (!present.containsKey(shape)) {
                    jdbc.sql(shape.replaceFirst("INDEX ", "INDEX ON " + shadow + " ")).update();
                    built++;
                }
            }
        }
        return built;
    }

    /** Name to definition of a table's indexes that back no constraint and enforce nothing: plain lookup indexes. */
    private Map<String, String> deferrableIndexes(String table) {
        Map<String, String> byName = new HashMap<>();
        jdbc.sql("""
                        SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
                          FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                         WHERE i.indrelid = ?::regclass AND NOT i.indisunique AND NOT i.indisprimary
                           AND NOT i.indisexclusion
                           AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)
                        """)
                .param(table)
                .query((row, n) -> byName.put(row.getString("name"), row.getString("definition")))
                .list();
        return byName;
    }

    void dropQuietly(List<String> liveTables) {
        for (String live : liveTables) {
            jdbc.sql("DROP TABLE IF EXISTS " + TableNames.shadowName(live)).update();
        }
    }

    /** Blocks live writers and readers until the surrounding transaction ends; in-flight writers finish first. */
    void lockLive(List<String> liveTables) {
        jdbc.sql("LOCK TABLE " + String.join(", ", liveTables) + " IN ACCESS EXCLUSIVE MODE").update();
    }

    void swap(List<String> liveTables) {
        for (String live : liveTables) {
            String shadow = TableNames.shadowName(live);
            String retired = live + "__retired";
            Map<String, String> liveIndexByShape = indexesByShape(live);
            Map<String, String> shadowIndexByShape = indexesByShape(shadow);
            jdbc.sql("ALTER TABLE " + live + " RENAME TO " + retired).update();
            jdbc.sql("ALTER TABLE " + shadow + " RENAME TO " + live).update();
            jdbc.sql("DROP TABLE " + retired).update();
            shadowIndexByShape.forEach((shape, shadowIndex) -> {
                String liveIndex = liveIndexByShape.get(shape);
                if (liveIndex != null && !liveIndex.equals(shadowIndex)) {
                    jdbc.sql("ALTER INDEX " + quote(shadowIndex) + " RENAME TO " + quote(liveIndex)).update();
                }
            });
        }
    }

    /** Index definitions with the index and table names taken out, so a live index and its copy compare equal. */
    private Map<String, String> indexesByShape(String table) {
        Map<String, String> byShape = new HashMap<>();
        jdbc.sql("""
                        SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
                          FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                         WHERE i.indrelid = ?::regclass
                        """)
                .param(table)
                .query((row, n) -> byShape.put(shapeOf(row.getString("definition")), row.getString("name")))
                .list();
        return byShape;
    }

    /** {@code CREATE [UNIQUE] INDEX USING ...}: a definition without its index and table names. */
    private static String shapeOf(String definition) {
        return INDEX_AND_TABLE_NAME.matcher(definition).replaceFirst("CREATE $1INDEX ");
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
