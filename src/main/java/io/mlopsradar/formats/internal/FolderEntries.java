package io.mlopsradar.formats.internal;

import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The entries of an input folder an import may read: real folders and regular files inside the folder it was given,
 * and links to regular files that stay inside it. Links leaving the folder, linked folders, hidden entries (a name
 * starting with '.') and devices are refused, each listed with its reason for the import report.
 */
public final class FolderEntries {
    private final Path root;
    private final List<Problem> refused = new ArrayList<>();

    public FolderEntries(Path root) {
        try {
            this.root = root.toRealPath();
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(root.toString(), 0, null, "cannot read folder (" + e.getMessage() + ")"));
        }
    }

    /** The folders directly in dir, sorted by name; links to folders are refused. */
    public List<Path> folders(Path dir) {
        return list(dir).stream().filter(p -> accepted(p, true)).toList();
    }

    /** The files directly in dir whose name ends with the suffix, sorted by name. */
    public List<Path> files(Path dir, String suffix) {
        return list(dir).stream().filter(p -> p.getFileName().toString().endsWith(suffix) || isHidden(p))
                .filter(p -> accepted(p, false)).toList();
    }

    /** Every entry in dir that is neither a hidden entry nor a link, folder or file this class refuses; sorted by name. */
    public List<Path> entries(Path dir) {
        return list(dir).stream().filter(p -> isHidden(p) ? accepted(p, false) : !Files.isSymbolicLink(p) || accepted(p, false)).toList();
    }

    /** True when the path, if it exists, may be read as a file: a regular file, or a link to one inside the folder. */
    public boolean readable(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS) && accepted(file, false);
    }

    /** The entries refused so far, with their reasons. */
    public List<Problem> refused() {
        return List.copyOf(refused);
    }

    private boolean accepted(Path p, boolean folder) {
        if (isHidden(p)) return refuse(p, "a hidden entry (its name starts with '.'); not read");
        if (Files.isSymbolicLink(p)) {
            Path target;
            try {
                target = p.toRealPath();
            } catch (IOException e) {
                return refuse(p, "a symbolic link to nothing that exists; not read");
            }
            if (!target.startsWith(root)) return refuse(p, "a symbolic link leading outside the folder (to " + target + "); not read");
            if (Files.isDirectory(target)) return refuse(p, "a symbolic link to a folder; only real folders are read");
            if (folder) return false;
            return Files.isRegularFile(target) || refuse(p, "a link to something that is not a regular file; not read");
        }
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return folder;
        if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) return !folder;
        return refuse(p, "not a regular file (a device, pipe or socket); not read");
    }

    private boolean refuse(Path p, String why) {
        refused.add(new Problem(p.toString(), 0, null, "refused: " + why));
        return false;
    }

    private static boolean isHidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(dir.toString(), 0, null, "cannot read folder (" + e.getMessage() + ")"));
        }
    }
}
