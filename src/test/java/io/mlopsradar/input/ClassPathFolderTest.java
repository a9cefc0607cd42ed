package io.mlopsradar.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A class-path folder's files with their sizes and CRC-32s, alike from a jar's directory and from a folder. */
class ClassPathFolderTest {

    @Test
    void aJarsFolderListsItsOwnFilesWithTheirSizeAndCrcWithoutSubFolders(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("bundle.jar");
        try (OutputStream file = Files.newOutputStream(jar); var out = new JarOutputStream(file)) {
            put(out, "data/a.yaml", "tools: []\n");
            put(out, "data/b.yaml", "naïve, not ASCII\n");
            put(out, "data/deeper/c.yaml", "not listed\n");
            put(out, "other/d.yaml", "not listed either\n");
        }
        try (var loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            var entries = ClassPathFolder.entries(loader, "data", "a.yaml");
            assertThat(entries).containsOnlyKeys("a.yaml", "b.yaml");
            assertThat(entries.get("a.yaml")).isEqualTo(expected("tools: []\n"));
            assertThat(entries.get("b.yaml")).isEqualTo(expected("naïve, not ASCII\n"));
            assertThat(ClassPathFolder.entries(loader, "absent", "a.yaml")).isEmpty();
        }
    }

    @Test
    void aFoldersFilesGiveTheSameSizesAndCrcsAsAJarWould(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("data/deeper"));
        Files.writeString(dir.resolve("data/a.yaml"), "tools: []\n");
        Files.writeString(dir.resolve("data/deeper/c.yaml"), "not listed\n");
        try (var loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(ClassPathFolder.entries(loader, "data", "a.yaml")).containsOnlyKeys("a.yaml")
                    .containsEntry("a.yaml", expected("tools: []\n"));
        }
    }

    private static void put(JarOutputStream out, String name, String text) throws Exception {
        out.putNextEntry(new JarEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static ClassPathFolder.Entry expected(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        var crc = new CRC32();
        crc.update(bytes);
        return new ClassPathFolder.Entry(bytes.length, crc.getValue());
    }
}
