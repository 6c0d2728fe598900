package dev.ledger.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What can stall every request of a latency window at once, seen while it ran: this JVM's garbage collections and
 * PostgreSQL's checkpoints. A p99 over a few thousand records moves with one stall of a few hundred milliseconds, so a
 * high one needs its cause next to it.
 */
final class Stalls implements AutoCloseable {

    /** One collection: its name, the action (minor or major), when it started after the window opened, how long. */
    record Collection(String name, String action, long atMillis, long durationMillis) {
    }

    /** PostgreSQL's checkpointer counters, cumulative. */
    record Checkpoints(long timed, long requested, double writeMillis, double syncMillis) {

        Checkpoints since(Checkpoints before) {
            return new Checkpoints(timed - before.timed, requested - before.requested, writeMillis - before.writeMillis,
                    syncMillis - before.syncMillis);
        }
    }

    /** What the window saw: collections (the five longest), their total, and checkpoints begun or finished. */
    record Seen(int collections, long collectionMillis, List<Collection> longest, Checkpoints checkpoints) {
    }

    private final long openedAt = System.currentTimeMillis();
    private final long jvmStartedAt = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final List<Collection> collections = new ArrayList<>();
    private final NotificationListener listener = this::collected;
    private final JdbcClient database;
    private final Checkpoints before;

    Stalls(JdbcClient database) {
        this.database = database;
        this.before = checkpoints();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long at = jvmStartedAt + info.getGcInfo().getStartTime() - openedAt;
        synchronized (collections) {
            collections.add(new Collection(info.getGcName(), info.getGcAction(), at, info.getGcInfo().getDuration()));
        }
    }

    /** Stops listening and tells what was seen. */
    Seen seen() {
        close();
        synchronized (collections) {
            long total = collections.stream().mapToLong(Collection::durationMillis).sum();
            List<Collection> longest = collections.stream()
                    .sorted(Comparator.comparingLong(Collection::durationMillis).reversed()).limit(5).toList();
            return new Seen(collections.size(), total, longest, checkpoints().since(before));
        }
    }

    private Checkpoints checkpoints() {
        // The embedded server is PostgreSQL 17, whose checkpointer has a view of its own.
        return database.sql("SELECT num_timed, num_requested, write_time, sync_time FROM pg_stat_checkpointer")
                .query((row, index) -> new Checkpoints(row.getLong(1), row.getLong(2), row.getDouble(3), row.getDouble(4)))
                .single();
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) collector).removeNotificationListener(listener);
            } catch (ListenerNotFoundException alreadyRemoved) {
                // closed twice: nothing left to remove
            }
        }
    }
}
