package io.mlopsradar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds project types written out in full in code where an import would do (no other type of that simple name is in use). */
final class QualifiedNames {
    private static final Pattern QUALIFIED = Pattern.compile("\\bio\\.mlopsradar\\.(?:[a-z0-9_]+\\.)*([A-Z]\\w*)");
    private static final Pattern IMPORT = Pattern.compile("^\\s*@?import\\s+(?:static\\s+)?([\\w.]+)\\.(\\w+);?\\s*$", Pattern.MULTILINE);
    private static final Pattern DECLARED = Pattern.compile("\\b(?:class|record|enum|interface)\\s+(\\w+)");

    private QualifiedNames() {
    }

    /** "file:line: name" for each needless fully qualified name in the source, comments and strings left out. */
    static List<String> needlessIn(String file, String source) {
        String code = Pattern.compile("(?s)/\\*.*?\\*/").matcher(source).replaceAll(c -> c.group().replaceAll("[^\\n]", ""));
        Map<String, String> inUse = new HashMap<>();
        Matcher m = IMPORT.matcher(code);
        while (m.find()) inUse.put(m.group(2), m.group(1) + "." + m.group(2));
        Matcher d = DECLARED.matcher(code);
        while (d.find()) inUse.putIfAbsent(d.group(1), "(declared here)");
        var found = new ArrayList<String>();
        String[] lines = code.split("\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//.*", "");
            if (line.matches("\\s*(@?import|package)\\b.*")) continue;
            Matcher q = QUALIFIED.matcher(line);
            while (q.find()) {
                String other = inUse.get(q.group(1));
                if (other == null || other.equals(q.group())) found.add(file + ":" + (i + 1) + ": " + q.group());
            }
        }
        return found;
    }
}
