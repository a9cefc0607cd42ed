#!/usr/bin/env python3
"""Derives dated signal snapshots for the catalogue's tools from best-of-ml-python's history files.

Usage: scripts/derive-signals.py BEST_OF_ML_PYTHON_GIT_DIR > src/main/resources/catalog/signals-best-of-ml-python.yaml

Reads history/<date>_projects.csv at the last snapshot of every half-year (git show, no work tree needed) and keeps,
for each catalogue tool whose repository the list tracks: stars, last commit pushed, latest stable release,
repository creation date and contributor count. Facts only; the output stays under CC BY-SA 4.0 like its source.
"""
import csv, io, re, subprocess, sys
import yaml

CATALOG = "src/main/resources/catalog/tools.yaml"


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
    tools = yaml.safe_load(open(CATALOG))["tools"]
    dates = history_files(git_dir)
    latest = rows(git_dir, dates[-1])
    # a tool is matched by its repository, or by its name when the list tracks an older repository id
    by_id = {r["github_id"].lower(): r for r in latest if r.get("github_id")}
    for r in latest:
        by_id.setdefault(repo_key(r.get("github_url")), r)
    by_name = {r["name"].lower(): r for r in latest}
    tracked = {}
    for t in tools:
        k = repo_key(t.get("repository"))
        r = by_id.get(k) if k else None
        if r is None and k and t["name"].lower() in by_name:
            r = by_name[t["name"].lower()]
        if r is not None:
            tracked[t["id"]] = (r["name"].lower(), {r["github_id"].lower(), k})
    out = []
    for date in dates:
        for r in rows(git_dir, date):
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
    seen = set()
    print("# Dated snapshots of the catalogue's tools, derived from best-of-ml-python's history files")
    print("# (https://github.com/ml-tooling/best-of-ml-python, history/<date>_projects.csv, commit edd2a13).")
    print("# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/), like its source; only facts")
    print("# were kept (stars, last commit pushed, latest stable release, repository creation, contributors).")
    print("# Regenerate with scripts/derive-signals.py; see SOURCES.md and NOTICE.md.")
    print("snapshots:")
    for s in sorted(out, key=lambda s: (s["tool"], s["as_of"])):
        if (s["tool"], s["as_of"]) in seen:
            continue
        seen.add((s["tool"], s["as_of"]))
        print("  - {" + ", ".join(f"{k}: " + (f'"{v}"' if k == "source" else str(v)) for k, v in s.items()) + "}")


if __name__ == "__main__":
    main(sys.argv[1])
