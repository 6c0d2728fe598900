package dev.ledger.infra.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The contract files checked in under the repository's {@code docs/events}, read and (on request) written, never deleted. */
final class ShippedContracts {

    private final Path directory;

    private ShippedContracts(Path directory) {
        this.directory = directory;
    }

    /** Maven runs tests in the module directory ({@code infra/}), an IDE maybe at the root: look upwards for the root. */
    static ShippedContracts inRepository() {
        return at(Path.of(System.getProperty("user.dir")));
    }

    /** The {@code docs/events} of the repository holding {@code start}. */
    static ShippedContracts at(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isRegularFile(dir.resolve("infra/pom.xml"))) {
                return new ShippedContracts(dir.resolve("docs/events"));
            }
        }
        throw new IllegalStateException("no repository root (pom.xml beside infra/pom.xml) at or above " + start.toAbsolutePath());
    }

    Path directory() {
        return directory;
    }

    /** Every shipped JSON file by its path relative to {@code docs/events}, with "/" separators. */
    SortedMap<String, String> read() {
        SortedMap<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".json")).toList()) {
                String relative = directory.relativize(path).toString().replace('\\', '/');
                files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
        return files;
    }

    /** Writes (or overwrites) the given files; files not given, such as superseded revisions, stay as they are. */
    void write(Map<String, String> files) {
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = directory.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write under " + directory, e);
        }
    }
}
