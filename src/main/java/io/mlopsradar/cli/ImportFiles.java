package io.mlopsradar.cli;

import io.mlopsradar.formats.registry.Format;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files an import names on the command line: several files, or the files of a folder. */
final class ImportFiles {
    private ImportFiles() {
    }

    /** The files to read: a folder stands for its regular files (not links, not hidden), in name order. */
    static List<Path> expand(List<Path> paths, Format format) {
        var files = new ArrayList<Path>();
        for (Path p : paths) {
            if (!format.isFolder() && Files.isDirectory(p)) {
                int before = files.size();
                try (Stream<Path> in = Files.list(p)) {
                    in.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS) && !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new BadInputException("cannot list folder " + p + ": " + e.getMessage());
                }
                if (files.size() == before) throw new BadInputException(p + ": a folder with no files to import");
            } else {
                FormatOptions.requireInput(p, format);
                files.add(p);
            }
        }
        if (files.isEmpty()) throw new BadInputException("no files to import in " + paths);
        return files;
    }
}
