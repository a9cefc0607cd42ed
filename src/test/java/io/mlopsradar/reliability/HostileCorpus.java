package io.mlopsradar.reliability;

import static io.mlopsradar.reliability.HostileFile.Lenient.NONE;
import static io.mlopsradar.reliability.HostileFile.Lenient.SAME;
import static io.mlopsradar.reliability.HostileFile.Lenient.SKIPS;

import io.mlopsradar.reliability.HostileFile.Lenient;
import io.mlopsradar.reliability.HostileFile.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The hostile-input corpus: every format, broken at the file level (encoding, size, kind) and in its own fields. */
final class HostileCorpus {
    static final String LONG_101 = "R".repeat(101);
    static final String LONG_301 = "N".repeat(301);

    /** A valid file of each format, the starting point of most cases. */
    static final Map<String, String> VALID = new LinkedHashMap<>();

    static {
        VALID.put("byor-csv", """
                name,ring,quadrant,isNew,description
                MLflow,adopt,Tools,TRUE,Tracks runs
                DVC,trial,Data,FALSE,Versions data
                Feast,assess,Platforms,FALSE,Serves features
                Evidently,hold,Monitoring,FALSE,Watches drift
                """);
        VALID.put("byor-json", """
                [
                  {"name": "MLflow", "ring": "adopt", "quadrant": "Tools", "isNew": "TRUE", "description": "Tracks"},
                  {"name": "DVC", "ring": "trial", "quadrant": "Data", "isNew": "FALSE", "description": "Versions"}
                ]
                """);
        VALID.put("zalando", """
                {"date": "2024-06-01", "entries": [
                  {"label": "MLflow", "quadrant": 1, "ring": 0, "moved": 0, "active": true},
                  {"label": "DVC", "quadrant": 2, "ring": 1, "moved": 1, "active": true}
                ]}
                """);
        VALID.put("backstage", """
                {"quadrants": [{"id": "tools", "name": "Tools"}, {"id": "data", "name": "Data"}],
                 "rings": [{"id": "adopt", "name": "Adopt"}, {"id": "hold", "name": "Hold"}],
                 "entries": [
                  {"id": "mlflow", "title": "MLflow", "quadrant": "tools", "timeline": [{"date": "2024-01-01", "ringId": "adopt"}]},
                  {"id": "dvc", "title": "DVC", "quadrant": "data", "timeline": [{"date": "2024-01-01", "ringId": "hold"}]}
                 ]}
                """);
        VALID.put("yaml", """
                format: mlops-radar/1
                radar:
                  name: hostile
                  title: Hostile radar
                  segments: [Tools, Data]
                  rings: [Adopt, Hold]
                editions:
                  - date: 2024-01-01
                    status: published
                    blips:
                      - name: MLflow
                        ring: Adopt
                        segment: Tools
                      - name: DVC
                        ring: Hold
                        segment: Data
                """);
        VALID.put("landscape", """
                categories:
                  - name: Machine Learning
                    subcategories:
                      - name: Framework
                        items:
                          - name: Hostile Tool One
                            homepage_url: https://one.example.org/
                            repo_url: https://github.com/example/one
                """);
        VALID.put("profile", """
                name: Hostile Org
                clouds: [aws]
                mlops_core_business: false
                team: { researchers: 2, engineers: 2, ml_engineers: 1 }
                stack: [Jupyter]
                pains: [train-tune]
                constraints: { budget: medium }
                """);
        VALID.put("catalogue", """
                tools:
                  - id: hostile-tool
                    name: Hostile Tool
                    homepage: https://hostile.example.org/
                    license: MIT
                    delivery: open-source
                    steward: Example
                    first_release: 2020
                    category: single-component-ml-tools
                    stages: [train-tune]
                    origin: community
                    community: small
                    status: active
                    description: A tool that exists only in a test.
                    checked: 2024-01-01
                """);
    }

    private HostileCorpus() {
    }

    static List<HostileFile> all() {
        var cases = new ArrayList<HostileFile>();
        for (String format : VALID.keySet()) cases.addAll(fileLevel(format));
        cases.addAll(byorCsv());
        cases.addAll(byorJson());
        cases.addAll(zalando());
        cases.addAll(backstage());
        cases.addAll(ownYaml());
        cases.addAll(landscape());
        cases.addAll(profile());
        cases.addAll(catalogue());
        cases.addAll(aoe());
        return cases;
    }

    private static HostileFile c(String format, String id, Writer w, String expect, int line, String field, Lenient lenient) {
        return new HostileFile(id, format, w, expect, line, field, lenient);
    }

    /** What every file format must refuse before it parses anything. */
    private static List<HostileFile> fileLevel(String f) {
        String valid = VALID.get(f);
        String firstLine = valid.substring(0, valid.indexOf('\n') + 1);
        String cafe = f.equals("byor-csv") ? "Café,adopt,Tools,TRUE,x\n" : "# Café\n";
        byte[] latin1 = HostileFile.latin1(firstLine + cafe + valid.substring(firstLine.length()));
        int nulAt = valid.indexOf(':') > 0 && !f.equals("byor-csv") ? valid.indexOf(':') : valid.indexOf(',');
        byte[] nul = (valid.substring(0, nulAt) + "\u0000" + valid.substring(nulAt)).getBytes(StandardCharsets.UTF_8);
        int nulLine = (int) valid.substring(0, nulAt).chars().filter(ch -> ch == '\n').count() + 1;
        byte[] invalidUtf8 = valid.getBytes(StandardCharsets.UTF_8).clone();
        int at = valid.indexOf('\n') + 2;
        invalidUtf8[at] = (byte) 0xFF;
        var list = new ArrayList<HostileFile>();
        list.add(c(f, "utf16-bom", HostileFile.bytes(valid.getBytes(StandardCharsets.UTF_16)), "UTF-16", 1, null, lenient(f, SAME)));
        list.add(c(f, "utf16le", HostileFile.bytes(valid.getBytes(StandardCharsets.UTF_16LE)), "UTF-16", 1, null, lenient(f, SAME)));
        list.add(c(f, "nul-byte", HostileFile.bytes(nul), "NUL", nulLine, null, lenient(f, SAME)));
        list.add(c(f, "invalid-utf8", HostileFile.bytes(invalidUtf8), "not UTF-8", 2, null, lenient(f, SAME)));
        if (!f.contains("json") && !f.equals("zalando") && !f.equals("backstage")) {
            list.add(c(f, "latin1", HostileFile.bytes(latin1), "not UTF-8", 2, null, lenient(f, SAME)));
        } else {
            list.add(c(f, "latin1-in-string", HostileFile.bytes(HostileFile.latin1(valid.replaceFirst("MLflow", "Café"))),
                    "not UTF-8", valid.startsWith("[") || f.equals("zalando") ? 2 : 4, null, lenient(f, SAME)));
        }
        list.add(c(f, "random-bytes", HostileFile.random(f.hashCode(), 4096), "not UTF-8", 1, null, lenient(f, SAME)));
        list.add(c(f, "a-directory", HostileFile.directory(), "folder", 0, null, lenient(f, SAME)));
        list.add(c(f, "missing", HostileFile.missing(), "no such file", 0, null, lenient(f, SAME)));
        list.add(c(f, "dev-zero", HostileFile.existing("/dev/zero"), "not a regular file", 0, null, lenient(f, SAME)));
        list.add(c(f, "huge", HostileFile.huge(33L * 1024 * 1024), "at most 32 MiB", 0, null, lenient(f, SAME)));
        return list;
    }

    /** Profiles and catalogues have no lenient mode: they run once. */
    private static Lenient lenient(String format, Lenient l) {
        return format.equals("profile") || format.equals("catalogue") ? NONE : l;
    }

    private static final String CSV_HEAD = "name,ring,quadrant,isNew,description\n";

    private static List<HostileFile> byorCsv() {
        String f = "byor-csv";
        return List.of(
                c(f, "open-quote-at-end", HostileFile.text(CSV_HEAD + "MLflow,adopt,Tools,TRUE,ok\nDVC,trial,Data,FALSE,\"Versions da"),
                        "never closed", 3, null, SKIPS),
                c(f, "name-longer-than-column", HostileFile.text(CSV_HEAD + "MLflow,adopt,Tools,TRUE,ok\n" + LONG_301 + ",adopt,Tools,TRUE,x\n"),
                        "at most 300", 3, "name", SKIPS),
                c(f, "ring-longer-than-column", HostileFile.text(CSV_HEAD + "MLflow,adopt,Tools,TRUE,ok\nDVC," + LONG_101 + ",Tools,TRUE,x\n"),
                        "at most 100", 3, "ring", SKIPS),
                c(f, "quadrant-longer-than-column", HostileFile.text(CSV_HEAD + "MLflow,adopt,Tools,TRUE,ok\nDVC,adopt," + LONG_101 + ",TRUE,x\n"),
                        "at most 100", 3, "quadrant", SKIPS),
                c(f, "key-longer-than-column", HostileFile.text("name,ring,quadrant,isNew,description,key\nMLflow,adopt,Tools,TRUE,ok,m\nDVC,adopt,Tools,TRUE,x,"
                        + "k".repeat(201) + "\n"), "at most 200", 3, "key", SKIPS),
                c(f, "every-row-bad", HostileFile.text(CSV_HEAD + "MLflow,adopt,Tools,maybe,ok\nDVC,trial,Data,perhaps,x\n"),
                        "is not TRUE or FALSE", 2, "isNew", SAME),
                c(f, "header-only", HostileFile.text(CSV_HEAD), "no blips", 0, null, SAME),
                c(f, "empty", HostileFile.text(""), "empty file", 1, null, SAME),
                c(f, "missing-column", HostileFile.text("name,ring,isNew,description\nMLflow,adopt,TRUE,x\n"), "missing column", 1, "quadrant", SAME),
                c(f, "five-quadrants", HostileFile.text(CSV_HEAD + "A,adopt,Q1,TRUE,x\nB,adopt,Q2,TRUE,x\nC,adopt,Q3,TRUE,x\nD,adopt,Q4,TRUE,x\nE,adopt,Q5,TRUE,x\n"),
                        "at most 4 quadrants", 6, "quadrant", SAME),
                c(f, "five-rings", HostileFile.text(CSV_HEAD + "A,r1,Q,TRUE,x\nB,r2,Q,TRUE,x\nC,r3,Q,TRUE,x\nD,r4,Q,TRUE,x\nE,r5,Q,TRUE,x\n"),
                        "at most 4", 6, "ring", SAME),
                c(f, "unquoted-commas", HostileFile.text(CSV_HEAD + "MLflow,adopt,Tools,TRUE,ok\nDVC,trial,Data,FALSE,one, two, three\n"),
                        "expected 5 columns", 3, null, SKIPS),
                c(f, "name-twice", HostileFile.text(CSV_HEAD + "MLflow,adopt,Tools,TRUE,ok\nmlflow,trial,Data,FALSE,x\n"), "appears twice", 3, "name", SKIPS),
                c(f, "bad-status", HostileFile.text("name,ring,quadrant,isNew,description,status\nMLflow,adopt,Tools,TRUE,ok,New\nDVC,trial,Data,FALSE,x,Sideways\n"),
                        "is not one of", 3, "status", SKIPS),
                c(f, "name-without-letters", HostileFile.text(CSV_HEAD + "MLflow,adopt,Tools,TRUE,ok\n!!!,trial,Data,FALSE,x\n"), "no letters", 3, "name", SKIPS));
    }

    private static List<HostileFile> byorJson() {
        String f = "byor-json";
        String deep = "[".repeat(200) + "]".repeat(200);
        return List.of(
                c(f, "deep-nesting", HostileFile.text(deep), "nest", 1, null, SAME),
                c(f, "truncated", HostileFile.text("[\n {\"name\": \"MLflow\",\n"), "not valid JSON", 3, null, SAME),
                c(f, "text-after-end", HostileFile.text("[]\n[]"), "text after the end", 2, null, SAME),
                c(f, "key-twice", HostileFile.text("[\n {\"name\": \"A\",\n  \"name\": \"B\", \"ring\": \"adopt\", \"quadrant\": \"Q\", \"isNew\": \"TRUE\", \"description\": \"\"}]"),
                        "appears twice", 3, "name", SAME),
                c(f, "name-longer-than-column", HostileFile.text("[\n{\"name\": \"MLflow\", \"ring\": \"adopt\", \"quadrant\": \"Q\", \"isNew\": \"TRUE\", \"description\": \"\"},\n"
                        + "{\"name\": \"" + LONG_301 + "\", \"ring\": \"adopt\", \"quadrant\": \"Q\", \"isNew\": \"TRUE\", \"description\": \"\"}]"),
                        "at most 300", 3, "name", SKIPS),
                c(f, "every-row-bad", HostileFile.text("[\n{\"name\": \"A\", \"ring\": \"adopt\", \"quadrant\": \"Q\", \"isNew\": \"no\", \"description\": \"\"}]"),
                        "not TRUE or FALSE", 2, "isNew", SAME),
                c(f, "empty-array", HostileFile.text("[]"), "no blips", 0, null, SAME),
                c(f, "huge-string", HostileFile.text("[{\"name\": \"" + "x".repeat(400_000) + "\"}]"), "at most 300", 1, "name", SAME));
    }

    private static String zalandoEntries(String... entries) {
        return "{\"date\": \"2024-06-01\", \"entries\": [\n" + String.join(",\n", entries) + "\n]}";
    }

    private static final String Z_OK = "{\"label\": \"MLflow\", \"quadrant\": 1, \"ring\": 0, \"moved\": 0, \"active\": true}";

    private static List<HostileFile> zalando() {
        String f = "zalando";
        return List.of(
                c(f, "quadrant-out-of-range", HostileFile.text(zalandoEntries(Z_OK, "{\"label\": \"DVC\", \"quadrant\": 9, \"ring\": 0, \"active\": true}")),
                        "not between 0 and 3", 3, "quadrant", SKIPS),
                c(f, "ring-negative", HostileFile.text(zalandoEntries(Z_OK, "{\"label\": \"DVC\", \"quadrant\": 0, \"ring\": -1, \"active\": true}")),
                        "not between", 3, "ring", SKIPS),
                c(f, "moved-seven", HostileFile.text(zalandoEntries(Z_OK, "{\"label\": \"DVC\", \"quadrant\": 0, \"ring\": 0, \"moved\": 7}")),
                        "is not -1, 0, 1 or 2", 3, "moved", SKIPS),
                c(f, "javascript-link", HostileFile.text(zalandoEntries(Z_OK, "{\"label\": \"DVC\", \"quadrant\": 0, \"ring\": 0, \"link\": \"javascript:alert(1)\"}")),
                        "not an http(s) URL", 3, "link", SKIPS),
                c(f, "data-link", HostileFile.text(zalandoEntries(Z_OK, "{\"label\": \"DVC\", \"quadrant\": 0, \"ring\": 0, \"link\": \"data:text/html,<script>x</script>\"}")),
                        "not an http(s) URL", 3, "link", SKIPS),
                c(f, "label-longer-than-column", HostileFile.text(zalandoEntries(Z_OK, "{\"label\": \"" + LONG_301 + "\", \"quadrant\": 0, \"ring\": 0}")),
                        "at most 300", 3, "label", SKIPS),
                c(f, "id-longer-than-column", HostileFile.text(zalandoEntries(Z_OK, "{\"label\": \"DVC\", \"id\": \"" + "i".repeat(201) + "\", \"quadrant\": 0, \"ring\": 0}")),
                        "at most 200", 3, "id", SKIPS),
                c(f, "bad-date", HostileFile.text("{\"date\": \"yesterday\", \"entries\": [" + Z_OK + "]}"), "not a date", 1, "date", SAME),
                c(f, "every-entry-bad", HostileFile.text(zalandoEntries("{\"label\": \"DVC\", \"quadrant\": 5, \"ring\": 0}")), "not between", 2, "quadrant", SAME));
    }

    private static String backstageWith(String entry) {
        return VALID.get("backstage").replace("\n ]}", ",\n  " + entry + "\n ]}");
    }

    private static List<HostileFile> backstage() {
        String f = "backstage";
        return List.of(
                c(f, "unknown-ring", HostileFile.text(backstageWith("{\"id\": \"x\", \"title\": \"X\", \"quadrant\": \"tools\", \"timeline\": [{\"date\": \"2024-01-01\", \"ringId\": \"maybe\"}]}")),
                        "not one of the declared ids", 6, "ringId", SKIPS),
                c(f, "empty-timeline", HostileFile.text(backstageWith("{\"id\": \"x\", \"title\": \"X\", \"quadrant\": \"tools\", \"timeline\": []}")),
                        "at least one timeline item", 6, "timeline", SKIPS),
                c(f, "title-longer-than-column", HostileFile.text(backstageWith("{\"id\": \"x\", \"title\": \"" + LONG_301
                        + "\", \"quadrant\": \"tools\", \"timeline\": [{\"date\": \"2024-01-01\", \"ringId\": \"adopt\"}]}")), "at most 300", 6, "title", SKIPS),
                c(f, "key-longer-than-column", HostileFile.text(backstageWith("{\"id\": \"x\", \"key\": \"" + "k".repeat(201)
                        + "\", \"title\": \"X\", \"quadrant\": \"tools\", \"timeline\": [{\"date\": \"2024-01-01\", \"ringId\": \"adopt\"}]}")), "at most 200", 6, "key", SKIPS),
                c(f, "ring-name-longer-than-column", HostileFile.text(VALID.get("backstage").replace("\"name\": \"Hold\"", "\"name\": \"" + LONG_101 + "\"")),
                        "at most 100", 0, null, SAME),
                c(f, "bad-date", HostileFile.text(backstageWith("{\"id\": \"x\", \"title\": \"X\", \"quadrant\": \"tools\", \"timeline\": [{\"date\": \"2024-13-45\", \"ringId\": \"adopt\"}]}")),
                        "is not a date", 6, "date", SKIPS));
    }

    private static String ownWith(String before, String after) {
        return VALID.get("yaml").replace(before, after);
    }

    private static List<HostileFile> ownYaml() {
        String f = "yaml";
        var bomb = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) bomb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            bomb.append("]\n");
        }
        var merges = new StringBuilder("base: &base {ring: Adopt}\nmany:\n");
        for (int i = 0; i < 200; i++) merges.append("  - <<: *base\n    name: n").append(i).append('\n');
        var deep = new StringBuilder();
        for (int i = 0; i < 80; i++) deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
        return List.of(
                c(f, "future-version", HostileFile.text(ownWith("mlops-radar/1", "mlops-radar/99")), "mlops-radar/1", 1, "format", SAME),
                c(f, "billion-laughs", HostileFile.text(bomb.toString()), "aliases", 7, null, SAME),
                c(f, "two-hundred-merges", HostileFile.text(merges.toString()), "aliases", 103, null, SAME),
                c(f, "deep-nesting", HostileFile.text(deep.toString()), "nest", 51, null, SAME),
                c(f, "recursive-alias", HostileFile.text("a: &a [*a]\n"), "YAML", 1, null, SAME),
                c(f, "radar-name-longer-than-column", HostileFile.text(ownWith("name: hostile", "name: " + "h".repeat(101))), "at most 100", 3, "radar.name", SAME),
                c(f, "segment-longer-than-column", HostileFile.text(ownWith("segments: [Tools, Data]", "segments: [Tools, " + LONG_101 + "]")),
                        "at most 100", 5, "radar.segments", SAME),
                c(f, "blip-name-longer-than-column", HostileFile.text(ownWith("- name: DVC", "- name: " + LONG_301)), "at most 300", 14, "name", SKIPS),
                c(f, "blip-key-longer-than-column", HostileFile.text(ownWith("- name: DVC", "- name: DVC\n        key: " + "k".repeat(201))),
                        "at most 200", 14, "key", SKIPS),
                c(f, "unknown-ring", HostileFile.text(ownWith("ring: Hold", "ring: Maybe")), "unknown ring 'Maybe'", 14, "ring", SKIPS),
                c(f, "tab-indent", HostileFile.text(ownWith("  name: hostile", "\tname: hostile")), "not valid YAML", 3, null, SAME),
                c(f, "unknown-top-key", HostileFile.text(VALID.get("yaml") + "extra: 1\n"), "unknown field", 17, "extra", SAME),
                c(f, "every-blip-bad", HostileFile.text(ownWith("ring: Hold", "ring: Maybe").replace("ring: Adopt", "ring: Never")),
                        "unknown ring", 11, "ring", SAME),
                c(f, "not-a-mapping", HostileFile.text("- just\n- a list\n"), "", 0, null, SAME));
    }

    private static List<HostileFile> landscape() {
        String f = "landscape";
        String valid = VALID.get("landscape");
        return List.of(
                c(f, "javascript-homepage-only", HostileFile.text(valid.replace("https://one.example.org/", "javascript:alert(1)")
                        .replace("repo_url: https://github.com/example/one\n", "")), "needs a homepage_url", 7, "homepage_url", SAME),
                c(f, "data-homepage-only", HostileFile.text(valid.replace("https://one.example.org/", "'data:text/html,<script>alert(1)</script>'")
                        .replace("repo_url: https://github.com/example/one\n", "")), "needs a homepage_url", 7, "homepage_url", SAME),
                c(f, "name-longer-than-column", HostileFile.text(valid.replace("Hostile Tool One", LONG_301)), "at most 300", 6, "name", SAME),
                c(f, "no-categories", HostileFile.text("items: []\n"), "missing list of categories", 0, "categories", SAME),
                c(f, "bomb", HostileFile.text("x: &x [a, a, a, a, a]\n" + "y: [*x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x, *x]\n"),
                        "aliases", 2, null, SAME));
    }

    private static List<HostileFile> profile() {
        String f = "profile";
        String valid = VALID.get("profile");
        var deep = new StringBuilder();
        for (int i = 0; i < 80; i++) deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
        return List.of(
                c(f, "unknown-field", HostileFile.text(valid + "colour: blue\n"), "unknown field", 8, "colour", NONE),
                c(f, "deep-nesting", HostileFile.text(deep.toString()), "nest", 51, null, NONE),
                c(f, "bomb", HostileFile.text("a: &a [x, x]\nb: [" + "*a, ".repeat(60) + "*a]\n"), "aliases", 2, null, NONE),
                c(f, "negative-team", HostileFile.text(valid.replace("researchers: 2", "researchers: -5")), "researchers", 4, null, NONE));
    }

    private static List<HostileFile> catalogue() {
        String f = "catalogue";
        String valid = VALID.get("catalogue");
        return List.of(
                c(f, "javascript-homepage", HostileFile.text(valid.replace("https://hostile.example.org/", "javascript:alert(1)")),
                        "not an http(s) URL", 4, "homepage", NONE),
                c(f, "data-homepage", HostileFile.text(valid.replace("https://hostile.example.org/", "'data:text/html,x'")),
                        "not an http(s) URL", 4, "homepage", NONE),
                c(f, "id-longer-than-column", HostileFile.text(valid.replace("id: hostile-tool", "id: " + "h".repeat(101))), "at most 100", 2, "id", NONE),
                c(f, "name-longer-than-column", HostileFile.text(valid.replace("name: Hostile Tool", "name: " + LONG_301)), "at most 300", 3, "name", NONE),
                c(f, "bomb", HostileFile.text("a: &a [x, x]\nb: [" + "*a, ".repeat(60) + "*a]\n"), "aliases", 2, null, NONE));
    }

    private static String md(String title, String ring, String quadrant) {
        return "---\ntitle: " + title + "\nring: " + ring + "\nquadrant: " + quadrant + "\n---\nA note.\n";
    }

    private static List<HostileFile> aoe() {
        String f = "aoe";
        String ok = md("MLflow", "adopt", "tools");
        return List.of(
                c(f, "no-front-matter", HostileFile.folder(Map.of("radar/2024-01-01/mlflow.md", ok, "radar/2024-01-01/dvc.md", "just text\n")),
                        "missing front matter", 1, "front matter", SKIPS),
                c(f, "title-longer-than-column", HostileFile.folder(Map.of("radar/2024-01-01/mlflow.md", ok, "radar/2024-01-01/dvc.md", md(LONG_301, "adopt", "tools"))),
                        "at most 300", 2, "title", SKIPS),
                c(f, "ring-longer-than-column", HostileFile.folder(Map.of("radar/2024-01-01/mlflow.md", ok, "radar/2024-01-01/dvc.md", md("DVC", LONG_101, "tools"))),
                        "at most 100", 3, "ring", SKIPS),
                c(f, "file-name-longer-than-column", HostileFile.folder(Map.of("radar/2024-01-01/mlflow.md", ok, "radar/2024-01-01/" + "d".repeat(201) + ".md",
                        md("DVC", "adopt", "tools"))), "at most 200", 1, "file name", SKIPS),
                c(f, "release-not-a-date", HostileFile.folder(Map.of("radar/2024-01-01/mlflow.md", ok, "radar/latest/dvc.md", ok)), "not a release folder", 0, null, SAME),
                c(f, "latin1-item", (dir, name) -> {
                    var root = HostileFile.folder(Map.of("radar/2024-01-01/mlflow.md", ok)).write(dir, name);
                    java.nio.file.Files.write(root.resolve("radar/2024-01-01/cafe.md"), HostileFile.latin1(md("Café", "adopt", "tools")));
                    return root;
                }, "not UTF-8", 2, null, SAME),
                c(f, "front-matter-bomb", HostileFile.folder(Map.of("radar/2024-01-01/mlflow.md", "---\ntitle: &t [a, a]\nring: [" + "*t, ".repeat(60) + "*t]\n---\n")),
                        "aliases", 3, null, SAME),
                c(f, "every-item-bad", HostileFile.folder(Map.of("radar/2024-01-01/a.md", "no front matter\n", "radar/2024-01-01/b.md", "nor here\n")),
                        "missing front matter", 1, "front matter", SAME),
                c(f, "empty-folder", HostileFile.folder(Map.of()), "no blips", 0, null, SAME),
                c(f, "a-file-not-a-folder", HostileFile.text("title: x\n"), "not a folder", 0, null, SAME),
                c(f, "missing", HostileFile.missing(), "no such folder", 0, null, SAME));
    }
}
