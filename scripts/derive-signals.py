#!/usr/bin/env python3
"""Derives dated signal snapshots for the catalogue's tools from best-of-ml-python's history files, or from the
LF AI & Data landscape's processed_landscape.yml as it stood over the years.

Usage: scripts/derive-signals.py BEST_OF_ML_PYTHON_GIT_DIR > src/main/resources/catalog/signals-best-of-ml-python.yaml
       scripts/derive-signals.py --lfai LFAI_LANDSCAPE_GIT_DIR > src/main/resources/catalog/signals-lfai-landscape.yaml

Reads history/<date>_projects.csv at the last snapshot of every half-year (git show, no work tree needed) and keeps,
for each catalogue tool (tools.yaml and the files it includes) whose repository the list tracks: stars, last commit pushed, latest stable release,
repository creation date and contributor count. Facts only; the output stays under CC BY-SA 4.0 like its source.
"""
import csv, datetime, io, re, subprocess, sys
import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

CATALOG = "src/main/resources/catalog/"
# Repositories the list tracks under an older id than the catalogue's (the project moved; same project).
LIST_IDS = {"kedro": "quantumblacklabs/kedro", "feature-engine": "solegalli/feature_engine"}


def catalogue_tools():
    """The tools of tools.yaml and of every file its `include:` names, in order."""
    root = yaml.safe_load(open(CATALOG + "tools.yaml"))
    tools = list(root["tools"])
    for name in root.get("include", []):
        tools += yaml.safe_load(open(CATALOG + name))["tools"]
    return tools


def repo_key(url):
    m = re.match(r"https?://github\.com/([^/]+)/([^/#?]+)", url or "")
    return (m.group(1) + "/" + m.group(2)).lower().removesuffix(".git") if m else None


def history_files(git_dir):
    names = subprocess.run(["git", "--git-dir", git_dir, "ls-tree", "--name-only", "HEAD", "history/"],
                           capture_output=True, text=True, check=True).stdout.split()
    dates = sorted(n.split("/")[1][:10] for n in names if n.endswith("_projects.csv"))
    last_of_half = {}
    for d in dates:
        last_of_half[(d[:4], int(d[5:7]) > 6)] = d
    backtest_days = {d for d in dates if d == "2021-05-13"}  # the day before the backtest's first as-of date
    chosen = sorted(set(last_of_half.values()) | {dates[0]} | backtest_days)
    return chosen


def rows(git_dir, date):
    text = subprocess.run(["git", "--git-dir", git_dir, "show", f"HEAD:history/{date}_projects.csv"],
                          capture_output=True, text=True, check=True).stdout
    return list(csv.DictReader(io.StringIO(text)))


def day(value):
    return value[:10] if value and re.match(r"\d{4}-\d{2}-\d{2}", value) else None


def number(value):
    try:
        return int(float(value))
    except (TypeError, ValueError):
        return None


def main(git_dir):
    tools = catalogue_tools()
    dates = history_files(git_dir)
    table = {date: rows(git_dir, date) for date in dates}
    # a tool is matched by its repository (in the newest file that lists it, so projects the list later dropped
    # keep their history), by the older id the list tracks it under, or by its name in the latest file
    by_id = {}
    for date in reversed(dates):
        for r in table[date]:
            for key in ((r.get("github_id") or "").lower(), (r.get("updated_github_id") or "").lower(),
                        repo_key(r.get("github_url"))):
                if key:
                    by_id.setdefault(key, r)
    by_name = {r["name"].lower(): r for r in table[dates[-1]]}
    tracked = {}
    for t in tools:
        k = repo_key(t.get("repository"))
        r = by_id.get(LIST_IDS.get(t["id"], k)) if k else None
        if r is None and k and t["name"].lower() in by_name:
            r = by_name[t["name"].lower()]
        if r is not None:
            tracked[t["id"]] = (r["name"].lower(), {r["github_id"].lower(), k})
    out = []
    for date in dates:
        for r in table[date]:
            for tool, (name, ids) in tracked.items():
                if (r.get("github_id") or "").lower() in ids or (r.get("updated_github_id") or "").lower() in ids \
                        or r["name"].lower() == name:
                    snap = {"tool": tool, "as_of": date, "source": f"best-of-ml-python {date}"}
                    for key, value in (("stars", number(r.get("star_count"))),
                                       ("last_commit", day(r.get("last_commit_pushed_at"))),
                                       ("latest_release", day(r.get("latest_stable_release_published_at"))),
                                       ("created", day(r.get("created_at"))),
                                       ("contributors", number(r.get("contributor_count")))):
                        if value is not None and (not isinstance(value, str) or value <= date):
                            snap[key] = value
                    out.append(snap)
                    break
    emit(out, ["Dated snapshots of the catalogue's tools, derived from best-of-ml-python's history files",
               "(https://github.com/ml-tooling/best-of-ml-python, history/<date>_projects.csv, commit edd2a13).",
               "Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), like its source; only facts",
               "were kept (stars, last commit pushed, latest stable release, repository creation, contributors)."])


def emit(out, header):
    """Prints the snapshots as a signals file, one per tool and day, after a header crediting the source."""
    for line in header + ["Regenerate with scripts/derive-signals.py; see SOURCES.md and NOTICE.md."]:
        print("# " + line)
    print("snapshots:")
    seen = set()
    for s in sorted(out, key=lambda s: (s["tool"], s["as_of"])):
        if (s["tool"], s["as_of"]) in seen:
            continue
        seen.add((s["tool"], s["as_of"]))
        print("  - {" + ", ".join(f"{k}: " + (f'"{v}"' if k == "source" else str(v)) for k, v in s.items()) + "}")


def landscape_versions(git_dir):
    """The last commit of processed_landscape.yml in every half-year, oldest first."""
    log = subprocess.run(["git", "--git-dir", git_dir, "log", "--diff-filter=AM", "--format=%H %cs", "--",
                          "processed_landscape.yml"],
                         capture_output=True, text=True, check=True).stdout.split("\n")
    last_of_half = {}
    for line in reversed([l for l in log if l]):
        commit, date = line.split()
        last_of_half[(date[:4], int(date[5:7]) > 6)] = commit
    return [last_of_half[k] for k in sorted(last_of_half)]


def landscape_items(node):
    """Every item of a processed landscape that carries GitHub data."""
    if isinstance(node, dict):
        if isinstance(node.get("github_data"), dict) and node.get("repo_url"):
            yield node
        for value in node.values():
            yield from landscape_items(value)
    elif isinstance(node, list):
        for value in node:
            yield from landscape_items(value)


def lfai(git_dir):
    """Snapshots from the landscape's GitHub data, each dated by the end of the 52 weeks of contributions it covers."""
    tools = {}
    for t in catalogue_tools():
        tools.setdefault(repo_key(t.get("repository")), t["id"])  # one repository, its first catalogue id
    out = []
    for commit in landscape_versions(git_dir):
        text = subprocess.run(["git", "--git-dir", git_dir, "show", f"{commit}:processed_landscape.yml"],
                              capture_output=True, text=True, check=True).stdout
        for item in landscape_items(yaml.load(text, Loader=LOADER)):
            tool, data = tools.get(repo_key(item["repo_url"])), item["github_data"]
            first_week = str(data.get("firstWeek") or "")[:10]
            if tool is None or not re.match(r"\d{4}-\d{2}-\d{2}$", first_week) or number(data.get("stars")) is None:
                continue
            as_of = str(datetime.date.fromisoformat(first_week) + datetime.timedelta(weeks=52))
            snap = {"tool": tool, "as_of": as_of, "source": f"lfai-landscape {as_of[:7]}", "stars": number(data["stars"])}
            for key, value in (("last_commit", day(str(data.get("latest_commit_date") or ""))),
                               ("latest_release", day(str(data.get("release_date") or ""))),
                               ("contributors", number(data.get("contributors_count")))):
                if value is not None and (not isinstance(value, str) or value <= as_of):
                    snap[key] = value
            out.append(snap)
    emit(out, ["Dated snapshots of the catalogue's tools, derived from the GitHub data of the LF AI & Data landscape's",
               "processed_landscape.yml (https://github.com/lfai/lfai-landscape) at the last version of every half-year.",
               "Each is dated by the end of the 52 weeks of contributions its GitHub data covers.",
               "Licence: the landscape's data is CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/); only facts",
               "were kept (stars, latest commit, latest release, contributors)."])

if __name__ == "__main__":
    if sys.argv[1] == "--lfai":
        lfai(sys.argv[2])
    else:
        main(sys.argv[1])
