package io.mlopsradar.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The files of a folder on the class path (in the jar, or a build's classes folder) with each one's size and CRC-32.
 * In a jar both come from its directory, so nothing is decompressed: a start-up can tell whether bundled files
 * changed without reading them.
 */
public final class ClassPathFolder {
    /** A file's size in bytes and the CRC-32 of its content. */
    public record Entry(long size, long crc) {
    }

    private ClassPathFolder() {
    }

    /** The files directly in {@code folder} (e.g. "db/migration"), by name; empty when there is no such folder. */
    public static Map<String, Entry> entries(String folder) {
        return of(ClassPathFolder.class.getClassLoader().getResource(folder), folder, false);
    }

    /**
     * The files directly in {@code folder} (e.g. "catalog"), by name, of the class-path root that holds
     * {@code folder/knownFile} (a test's class path has a folder of the same name among its fixtures); empty when
     * there is no such file.
     */
    public static Map<String, Entry> entries(String folder, String knownFile) {
        return entries(ClassPathFolder.class.getClassLoader(), folder, knownFile);
    }

    /** As {@link #entries(String, String)}, on the class path of the given loader. */
    public static Map<String, Entry> entries(ClassLoader loader, String folder, String knownFile) {
        return of(loader.getResource(folder + "/" + knownFile), folder, true);
    }

    private static Map<String, Entry> of(URL url, String folder, boolean urlOfAFile) {
        var out = new TreeMap<String, Entry>();
        if (url == null) return out;
        try {
            if (url.getProtocol().equals("jar")) {
                // the JVM's cached copy of the jar: its directory is read once for every folder asked about
                var jar = ((JarURLConnection) url.openConnection()).getJarFile();
                String prefix = folder + "/";
                jar.stream().filter(e -> e.getName().startsWith(prefix) && !e.isDirectory()
                                && e.getName().indexOf('/', prefix.length()) < 0)
                        .forEach(e -> out.put(e.getName().substring(prefix.length()), new Entry(e.getSize(), e.getCrc())));
            } else {
                Path path = Path.of(url.toURI());
                try (Stream<Path> files = Files.list(urlOfAFile ? path.getParent() : path)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        out.put(file.getFileName().toString(), read(Files.newInputStream(file)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    private static Entry read(InputStream in) throws IOException {
        try (in) {
            byte[] bytes = in.readAllBytes();
            var crc = new CRC32();
            crc.update(bytes);
            return new Entry(bytes.length, crc.getValue());
        }
    }
}
