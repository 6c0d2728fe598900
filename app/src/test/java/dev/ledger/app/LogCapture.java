package dev.ledger.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;

/**
 * Every log event of every thread, rendered in full (message, arguments, MDC, stack traces with causes), from
 * {@link #start} until {@link #close}; chosen loggers run at a lower level meanwhile and are restored after.
 */
final class LogCapture extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    private final Map<String, Level> previousLevels = new HashMap<>();
    private final List<String> lines = new ArrayList<>();

    static LogCapture start(Map<String, Level> levels) {
        LogCapture capture = new LogCapture();
        capture.setContext(capture.context);
        capture.setName("pii-scan");
        levels.forEach((name, level) -> {
            Logger logger = capture.context.getLogger(name);
            capture.previousLevels.put(name, logger.getLevel());
            logger.setLevel(level);
        });
        capture.start();
        capture.context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(capture);
        return capture;
    }

    @Override
    protected void append(ILoggingEvent event) {
        StringBuilder line = new StringBuilder()
                .append(event.getLevel()).append(' ').append(event.getLoggerName()).append(' ')
                .append(event.getFormattedMessage());
        if (event.getArgumentArray() != null) {
            for (Object argument : event.getArgumentArray()) {
                line.append(" | ").append(argument);
            }
        }
        if (!event.getMDCPropertyMap().isEmpty()) {
            line.append(" mdc=").append(event.getMDCPropertyMap());
        }
        if (event.getKeyValuePairs() != null) {
            line.append(" kv=").append(event.getKeyValuePairs());
        }
        if (event.getThrowableProxy() != null) {
            line.append('\n').append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
        }
        synchronized (lines) {
            lines.add(line.toString());
        }
    }

    List<String> lines() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Each forbidden string that occurs, with the first line it occurs in. */
    Map<String, String> leaks(List<String> forbidden) {
        Map<String, String> leaks = new HashMap<>();
        for (String line : lines()) {
            for (String secret : forbidden) {
                if (line.toLowerCase().contains(secret.toLowerCase())) {
                    leaks.putIfAbsent(secret, line.length() > 2000 ? line.substring(0, 2000) : line);
                }
            }
        }
        return leaks;
    }

    @Override
    public void close() {
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(this);
        stop();
        previousLevels.forEach((name, level) -> context.getLogger(name).setLevel(level));
    }
}
