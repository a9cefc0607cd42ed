package io.mlopsradar.formats.landscape;

import io.mlopsradar.input.Fields;
import io.mlopsradar.input.Node;
import java.util.List;

/** One landscape item with the facts we import, and where it sits in the file. */
record LandscapeItem(String name, String homepage, String repo, String description, String license, String project,
                     List<String> secondPaths, String path, Integer stars, List<String> dates, int line) {

    LandscapeItem withLinks(String newHomepage, String newRepo) {
        return new LandscapeItem(name, newHomepage, newRepo, description, license, project, secondPaths, path, stars, dates, line);
    }

    static LandscapeItem read(Fields f, String path) {
        Node extra = f.node().get("extra");
        Node github = f.node().get("github_data");
        Node start = f.node().get("github_start_commit_data");
        var dates = new java.util.ArrayList<String>();
        if (extra != null) {
            for (String key : List.of("accepted", "incubating", "graduated", "archived")) {
                Node d = extra.get(key);
                if (d != null && d.text() != null) dates.add(d.text());
            }
        }
        if (start != null && start.get("start_date") != null && start.get("start_date").text() != null) dates.add(start.get("start_date").text());
        Integer stars = null;
        if (github != null && github.get("stars") != null && github.get("stars").text() != null) {
            try {
                stars = Integer.valueOf(github.get("stars").text());
            } catch (NumberFormatException e) {
                f.problem("github_data", "stars '" + github.get("stars").text() + "' is not a whole number");
            }
        }
        return new LandscapeItem(f.required("name"), f.optional("homepage_url"), f.optional("repo_url"), f.optional("description"),
                f.optional("license"), f.optional("project"), f.list("second_path"), path, stars, dates, f.node().line());
    }
}
