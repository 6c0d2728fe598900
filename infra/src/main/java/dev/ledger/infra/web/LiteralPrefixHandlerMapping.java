package dev.ledger.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring's request mapping, except that a path with a variable in it is no longer tried against every mapping's
 * methods, media types and pattern: a mapping whose patterns' literal start the path does not begin with is passed
 * over first. That start is a condition the pattern itself would check, so what matches (and what answers 404, 405
 * or 415) is unchanged; paths with escapes, which patterns match after decoding, take Spring's way throughout.
 */
final class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

    private static final ThreadLocal<String> LOOKUP_PATH = new ThreadLocal<>();
    private static final String[] NO_PREFIXES = {};

    /** Each mapping's patterns' literal starts; none when one of its patterns has no literal start to check. */
    private final Map<RequestMappingInfo, String[]> prefixes = new ConcurrentHashMap<>();

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        if (lookupPath.indexOf('%') >= 0) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        LOOKUP_PATH.set(lookupPath);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            LOOKUP_PATH.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        String path = LOOKUP_PATH.get();
        if (path != null && !startsWithAnyOf(path, prefixes.computeIfAbsent(info, LiteralPrefixHandlerMapping::prefixesOf))) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    private static boolean startsWithAnyOf(String path, String[] prefixes) {
        if (prefixes.length == 0) {
            return true;
        }
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static String[] prefixesOf(RequestMappingInfo info) {
        PathPatternsRequestCondition condition = info.getPathPatternsCondition();
        if (condition == null || condition.getPatterns().isEmpty()) {
            return NO_PREFIXES;
        }
        String[] starts = new String[condition.getPatterns().size()];
        int i = 0;
        for (PathPattern pattern : condition.getPatterns()) {
            String start = literalStartOf(pattern.getPatternString());
            if (start.isEmpty()) {
                return NO_PREFIXES;
            }
            starts[i++] = start;
        }
        return starts;
    }

    /** The pattern up to its first variable, wildcard or escape: text a matching path must begin with, as written. */
    static String literalStartOf(String pattern) {
        int end = pattern.length();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{' || c == '*' || c == '?' || c == '%' || c == ';' || c == '\\') {
                end = i;
                break;
            }
        }
        // "/x/**" and "/x/{*rest}" match "/x" too: the slash before them is not required.
        boolean restOfPath = pattern.startsWith("**", end) || pattern.startsWith("{*", end);
        if (restOfPath && end > 0 && pattern.charAt(end - 1) == '/') {
            end--;
        }
        return pattern.substring(0, end);
    }
}
