"""Writes bench/run.sh's measurements as Markdown: bench/results.md, or with earlier builds a table of each build side by side.

bench/results.md keeps everything from its "## Fixes" heading on (the hand-written before/after log) and replaces the rest.
"""
import os
import platform
import sys
from datetime import datetime, timezone

RESULTS = os.path.join(os.path.dirname(__file__), "results.md")
SHARE, AIM, P95_32, P95_8, RSS = 0.10, 0.25, 50.0, 25.0, 300


def read(path: str) -> list[dict]:
    rows = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            at32, at8 = line.rstrip("\n").split(" | ")
            role, page, rps, p50, p95, p99, *codes = at32.split()
            rps8, _, p95_8, _, *_ = at8.split()
            rows.append({"role": role, "page": page, "rps": float(rps), "p50": float(p50), "p95": float(p95), "p99": float(p99),
                         "codes": " ".join(codes), "rps8": float(rps8), "p95_8": float(p95_8)})
    return rows


def ms(value: float) -> str:
    """hey leaves out a percentile it has too few samples for."""
    return f"{value:.1f}" if value else "–"


def mark(ok: bool) -> str:
    return "pass" if ok else "**FAIL**"


def table(rows: list[dict]) -> list[str]:
    ceiling = next(row["rps"] for row in rows if row["role"] == "ceiling")
    out = ["| role | page | req/s (32) | p50 ms | p95 ms | p99 ms | ÷ ceiling | ≥ 10 % | p95 < 50 ms | req/s (8) | p95 ms (8) | p95 < 25 ms (8) | statuses (32) |",
           "|---|---|---:|---:|---:|---:|---:|---|---|---:|---:|---|---|"]
    for row in rows:
        share = row["rps"] / ceiling
        targets = ["", "", ""] if row["role"] == "ceiling" else [mark(share >= SHARE), mark(row["p95"] < P95_32), mark(row["p95_8"] < P95_8)]
        out.append(f"| {row['role']} | `{row['page']}` | {row['rps']:.0f} | {ms(row['p50'])} | {ms(row['p95'])} | {ms(row['p99'])} | {share:.1%} | "
                   f"{targets[0]} | {targets[1]} | {row['rps8']:.0f} | {row['p95_8']:.1f} | {targets[2]} | {row['codes']} |")
    return out


def main(after: str, peak: str, befores: str, duration: str, commit: str, data: str) -> None:
    now = datetime.now(timezone.utc)
    setup = (f"{now:%Y-%m-%d %H:%M} UTC, commit {commit}, {os.cpu_count()} cores ({platform.machine()}), Release build, SQLite, Production; "
             f"{data}. `hey` for {duration} per page after a 1 s warm-up, at 32 connections, then again at 8.")
    rows = read(after)
    if befores.strip():
        builds = [(name, {(row["role"], row["page"]): row for row in read(path)}) for name, path in (pair.split("=", 1) for pair in befores.split())]
        builds.append((commit, {(row["role"], row["page"]): row for row in rows}))
        names = [name for name, _ in builds]
        lines = [f"# {' → '.join(names)}, one run", "", setup, "", "req/s at 32 connections (p95 ms at 32 / at 8); the last column is the last build's req/s over the first's.", "",
                 "| role | page | " + " | ".join(names) + " | last ÷ first |", "|---|---|" + "---:|" * (len(names) + 1)]
        for row in rows:
            key = (row["role"], row["page"])
            cells = [f"{build[key]['rps']:.0f} ({ms(build[key]['p95'])} / {ms(build[key]['p95_8'])})" for _, build in builds]
            lines.append(f"| {row['role']} | `{row['page']}` | " + " | ".join(cells) + f" | {row['rps'] / max(builds[0][1][key]['rps'], 1):.2f}× |")
        lines += ["", f"Peak RSS of the last build: {peak} MB."]
        path = os.path.join(os.path.dirname(__file__), "results", f"before-after-{now:%Y-%m-%dT%H%M}.md")
        with open(path, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")
        print("\n".join(lines))
        return
    fixes = ""
    if os.path.exists(RESULTS):
        with open(RESULTS, encoding="utf-8") as existing:
            text = existing.read()
        fixes = text[text.index("## Fixes"):] if "## Fixes" in text else ""
    lines = ["# Load test results", "", "Written by `bench/run.sh` (see the README, \"Benchmark\"). " + setup, "",
             f"Targets (issue 8): every page at least {SHARE:.0%} of the bare-Kestrel ceiling's req/s (aim {AIM:.0%}), p95 under "
             f"{P95_32:.0f} ms at 32 connections and under {P95_8:.0f} ms at 8, peak RSS under {RSS} MB.", "",
             *table(rows), "", f"Peak RSS (VmHWM) of the site over the run: **{peak} MB** ({mark(int(peak) < RSS)}).", ""]
    with open(RESULTS, "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + ("\n" + fixes if fixes else ""))
    print("\n".join(lines))


if __name__ == "__main__":
    main(*sys.argv[1:7])
