package io.mlopsradar.cli;

import io.mlopsradar.editions.EditionDates;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.formats.registry.Format;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.formats.RadarDocument;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files of one import (several files, or the files of a folder), each read on its own into one radar's shape,
 * their editions merged. Every file is read before anything is stored, and the problems of all files are reported
 * together, each naming its file, line and field.
 */
final class ImportFiles {
    /** The editions read from every file, in the shape of the radar they go into. */
    record Read(Radar shape, List<Edition> editions, List<Problem> skipped) {
    }

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

    /** The edition date a pattern finds in a file's name: its first group (else the match), a date or a month. */
    static LocalDate editionFromName(Pattern pattern, Path file) {
        String name = file.getFileName().toString();
        Matcher m = pattern.matcher(name);
        if (!m.find()) throw new BadInputException("--edition-from-name '" + pattern + "' does not match the file name");
        String text = m.groupCount() > 0 ? m.group(1) : m.group();
        return EditionDates.readDayOrMonth(text).orElseThrow(() ->
                new BadInputException("--edition-from-name found '" + text + "', not a date as YYYY-MM-DD or YYYY-MM"));
    }

    /**
     * Reads every file. {@code existing} finds a stored radar by name; {@code radarName} (may be null: the files'
     * own) is the radar to import into. A new radar takes the widest segments and rings of its files.
     */
    static Read read(List<Path> files, Format format, ImportOptions options, Pattern editionFromName, String radarName,
            Function<String, Optional<Radar>> existing) {
        var problems = new ArrayList<Problem>();
        var fileOptions = new LinkedHashMap<Path, ImportOptions>();
        for (Path file : files) {
            attempt(file, problems, () -> fileOptions.put(file, editionFromName == null ? options
                    : options.withEdition(editionFromName(editionFromName, file))));
        }
        failIfAny(problems);
        Radar shape = radarName == null ? null : existing.apply(radarName).orElse(null);
        var docs = new LinkedHashMap<Path, RadarDocument>();
        if (shape == null) { // read each file as it stands to learn the radar
            for (Path file : files) attempt(file, problems, () -> docs.put(file, format.reader().orElseThrow().read(file, fileOptions.get(file))));
            failIfAny(problems);
            String name = radarName != null ? radarName : commonName(docs);
            shape = existing.apply(name).orElseGet(() -> RadarShapes.widest(name, docs, problems));
            failIfAny(problems);
        }
        Radar target = shape;
        var byDate = new LinkedHashMap<LocalDate, Edition>();
        var source = new LinkedHashMap<LocalDate, Path>();
        var skipped = new ArrayList<Problem>();
        for (Path file : files) {
            attempt(file, problems, () -> {
                RadarDocument doc = docs.get(file);
                if (doc == null || !RadarShapes.same(doc.radar(), target)) {
                    doc = format.reader().orElseThrow().read(file, fileOptions.get(file).into(target));
                }
                doc = doc.requireBlips(file.toString());
                for (Edition e : doc.editions()) {
                    Path before = source.putIfAbsent(e.date(), file);
                    if (before != null) throw new BadInputException("edition " + e.date() + " comes from " + before + " already");
                    byDate.put(e.date(), e);
                }
                skipped.addAll(doc.skipped());
            });
        }
        failIfAny(problems);
        var editions = new ArrayList<>(byDate.values());
        editions.sort(java.util.Comparator.comparing(Edition::date));
        return new Read(target, editions, skipped);
    }

    private static String commonName(Map<Path, RadarDocument> docs) {
        var names = docs.values().stream().map(d -> d.radar().name().toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        if (names.size() > 1) {
            throw new BadInputException("the files name different radars (" + String.join(", ", names)
                    + "); give --radar to import them into one");
        }
        return docs.values().iterator().next().radar().name();
    }

    /** Runs one file's step, turning its refusal into problems that name the file. */
    private static void attempt(Path file, List<Problem> problems, Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
        } catch (BadInputException e) {
            problems.add(new Problem(file.toString(), 0, "", e.getMessage()));
        }
    }

    private static void failIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
    }

    static Map<String, Object> fileKeys(List<Path> files) {
        var m = new LinkedHashMap<String, Object>();
        m.put("file", files.size() == 1 ? files.get(0).toString() : null);
        m.put("files", files.stream().map(Path::toString).toList());
        return m;
    }
}
