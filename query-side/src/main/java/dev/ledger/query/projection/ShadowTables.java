package dev.ledger.query.projection;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * DDL of a rebuild: shadow copies of live tables (same columns, indexes, policies and grants), and the swap that
 * puts them in place under the live names, index names included, so later migrations still find what they expect.
 */
final class ShadowTables {

    private final JdbcClient jdbc;

    ShadowTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void create(List<String> liveTables) {
        for (String live : liveTables) {
            String shadow = TableNames.shadowName(live);
            jdbc.sql("DROP TABLE IF EXISTS " + shadow).update();
            jdbc.sql("CREATE TABLE " + shadow + " (LIKE " + live + " INCLUDING ALL)").update();
            jdbc.sql("SELECT ledger_copy_table_security(?::regclass, ?::regclass)")
                    .params(live, shadow).query((row, n) -> 1).single();
        }
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
                        SELECT c.relname AS name,
                               regexp_replace(pg_get_indexdef(i.indexrelid), '^CREATE (UNIQUE )?INDEX \\S+ ON \\S+ ', 'CREATE \\1INDEX ') AS shape
                          FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
                         WHERE i.indrelid = ?::regclass
                        """)
                .param(table)
                .query((row, n) -> byShape.put(row.getString("shape"), row.getString("name")))
                .list();
        return byShape;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
