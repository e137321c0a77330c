"""Scale benchmark for thiduua (issue 7): ratios measured in one run on one machine.

Usage (from the repository root)::

    /work/venv/bin/python benchmarks/bench.py               # 1,000 and 10,000 people
    /work/venv/bin/python benchmarks/bench.py --sizes 1000  # quick run
    /work/venv/bin/python benchmarks/bench.py --profile 10000  # cProfile of the generator
    /work/venv/bin/python benchmarks/bench.py --fuzz          # the hypothesis tests at nightly counts

Shared machines are noisy, so every figure that has a target is a *ratio* between two
things measured back to back, never an absolute time: for (1), the median over ``--repeat``
rounds of the ratio within each round; for (2), the median of ``--repeat - 1`` interleaved pairs.

1. generator (load + validate + derive + render Markdown, ``generator.pipeline.generate``)
   vs a bare ``yaml.load(..., CSafeLoader)`` of the same files (printed; since issue 17 the
   targets are (1a) below and (2)); each run is
   cold (the in-memory cache of compiled templates is cleared), as a one-shot ``thiduua build``.
   Also printed, stage by stage: (1a) load + validate vs the bare parse (the part that does
   what the parse does), derive, and (1b) render time per page vs plain MkDocs' time per page;
2. full ``thiduua build`` vs plain ``mkdocs build`` of the *reference*: the Markdown that the
   generator of :data:`REFERENCE_COMMIT` (where issue 17 started) writes for the same data, built
   with that commit's mkdocs.yml (without the thiduua plugin) and theme overrides — target ≤ 0.5×
   wall time (the CPU-time ratio is printed too), and (4) peak RSS ≤ 1.2×; the two sites have the
   same pages, and the pages whose visible text differs are listed;
3. output bytes per person at the smallest vs the largest size — target: within 10 %;
4. peak memory (max RSS of the ``thiduua build`` / ``thiduua generate`` processes, each
   started from a small launcher: see ``_LAUNCHER``);
5. ``thiduua serve`` rebuild after editing one person's ``position`` — targets (issue 17)
   ≤ 1 s at 1,000 people, ≤ 3 s at 10,000 (median of ``--serve-rounds``): a real
   ``thiduua serve`` is started, one person file is edited, and the time from the write
   to MkDocs' "Reloading browsers" log line is measured (file-watch latency included;
   ``--serve-only`` measures only this);
plus the size of ``search/search_index.json``.

Synthetic data comes from ``thiduua synth`` (seeded, so every run measures the same data).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import json
import os
import pstats
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.derive import derive  # noqa: E402
from generator.options import Options  # noqa: E402
from generator.pipeline import generate, rarer_garbage_collection  # noqa: E402
from generator.render import render_site  # noqa: E402
from generator.render.environment import TEMPLATE_CODE, make_environment  # noqa: E402
from generator.validate.records import load_and_validate  # noqa: E402

PY = sys.executable
TARGETS = {"generator": 2.0, "build": 0.5, "memory": 1.2, "bytes": 0.10}
SERVE_TARGETS = {1000: 1.0, 10000: 3.0}
"""(5) issue 17: seconds from saving one person file to the browser reload, by number of people."""


def best_of(repeat: int, fn: Callable[[], object]) -> float:
    """Smallest wall time of ``repeat`` calls (the least disturbed by other processes)."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


_LAUNCHER = """
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[2:])
_, status, usage = os.wait4(proc.pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(f"{usage.ru_maxrss} {usage.ru_utime + usage.ru_stime}")
sys.exit(os.waitstatus_to_exitcode(status))
"""
"""Starts the measured command from a small process. Linux counts in a child's max RSS the
memory of the process it was forked from (kept across exec), so a command started straight
from this benchmark, which holds several generations' worth of memory, reported the
benchmark's own peak (``python -c pass`` "used" 311 MiB next to a 300 MiB parent)."""


@dataclass(frozen=True)
class Usage:
    wall: float
    """Seconds from start to exit."""
    cpu: float
    """User + system CPU seconds of the process (and its children): steadier than wall time
    when other processes compete for the two cores."""
    rss_mib: int
    """Peak resident memory of that process alone."""


def run(args: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> Usage:
    """Run a command and measure it (see :class:`Usage`)."""
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    full_env.pop("THIDUUA_DATA", None)
    with tempfile.NamedTemporaryFile("r", suffix=".rss") as rss:
        start = time.perf_counter()
        proc = subprocess.run([PY, "-c", _LAUNCHER, rss.name, *map(str, args)], check=False, cwd=cwd, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        elapsed = time.perf_counter() - start
        if proc.returncode != 0:
            raise SystemExit(f"command failed ({proc.returncode}): {' '.join(map(str, args))}\n{proc.stdout.decode(errors='replace')[-3000:]}")
        rss_kib, cpu = rss.read().split()
        return Usage(elapsed, float(cpu), int(rss_kib) // 1024)  # Linux reports KiB


def bare_parse(data_dir: Path) -> int:
    """What any YAML-reading tool must at least do: read and parse every record file."""
    count = 0
    for path in sorted(data_dir.rglob("*")):
        if path.suffix in (".yaml", ".yml"):
            yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
        elif path.suffix == ".md":
            text = path.read_text(encoding="utf-8")
            front = text.split("\n---\n", 1)[0].removeprefix("---\n")
            yaml.load(front, Loader=yaml.CSafeLoader)
        else:
            continue
        count += 1
    return count


def run_generator(data_dir: Path) -> int:
    """One cold generation, as ``thiduua build`` does it: templates are compiled again."""
    TEMPLATE_CODE.clear()
    generation = generate(Options(data_dir=data_dir, site_src=ROOT / "site_src"))
    if not generation.ok:
        raise SystemExit(generation.report.text("en"))
    return len(generation.pages)


def stage_times(data_dir: Path) -> dict[str, float]:
    """What ``generate`` does, timed stage by stage (cold templates), plus compiling them alone."""
    options = Options(data_dir=data_dir, site_src=ROOT / "site_src")
    TEMPLATE_CODE.clear()
    times: dict[str, float] = {}
    with rarer_garbage_collection():
        start = time.perf_counter()
        dataset, report = load_and_validate(data_dir)
        times["load_validate"] = time.perf_counter() - start
        if report.errors:
            raise SystemExit(report.text("en"))
        start = time.perf_counter()
        site = derive(dataset, options)
        times["derive"] = time.perf_counter() - start
        start = time.perf_counter()
        render_site(site)
        times["render"] = time.perf_counter() - start
    TEMPLATE_CODE.clear()
    env = make_environment(options.site_src / "templates")
    start = time.perf_counter()
    for name in env.list_templates(filter_func=lambda name: name.endswith(".j2")):
        env.get_template(name)
    times["compile"] = time.perf_counter() - start
    return times


class _PythonTag(str):
    """A ``!!python/name:…`` value in mkdocs.yml, kept as written (MkDocs resolves it, not us)."""


class _ConfigLoader(yaml.SafeLoader):
    pass


class _ConfigDumper(yaml.SafeDumper):
    pass


_ConfigLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: _PythonTag(f"python/{suffix}"))
_ConfigDumper.add_representer(_PythonTag, lambda dumper, value: dumper.represent_scalar(f"tag:yaml.org,2002:{value}", ""))


def plain_mkdocs_config(docs: Path, site: Path, out: Path, root: Path = ROOT) -> Path:
    """``root``'s mkdocs.yml with the generated docs tree and without the thiduua plugin."""
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)
    config["docs_dir"] = str(docs)
    config["site_dir"] = str(site)
    theme = config.get("theme") or {}
    if isinstance(theme, dict) and theme.get("custom_dir"):
        theme["custom_dir"] = str(root / theme["custom_dir"])
    if config.get("hooks"):
        config["hooks"] = [str(root / h) for h in config["hooks"]]
    plugins = []
    for plugin in config.get("plugins", []):
        name = plugin if isinstance(plugin, str) else next(iter(plugin))
        if name != "thiduua":
            plugins.append(plugin)
    config["plugins"] = plugins
    out.write_text(yaml.dump(config, Dumper=_ConfigDumper, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return out


REFERENCE_COMMIT = "f97a099942d175669626b9823c41e81c571f56cf"
"""The commit the build-speed work (issue 17) started from. Its generator's Markdown, built by
plain ``mkdocs build`` with that commit's mkdocs.yml and theme overrides, is the reference (2)
compares ``thiduua build`` with, whatever the generator has become since."""


def reference_source(work: Path) -> Path:
    """The files of :data:`REFERENCE_COMMIT` (``git archive``); ``python -m generator`` run in
    this folder imports that commit's package, not the installed one."""
    src = work / "reference-src"
    if not (src / "generator" / "__init__.py").is_file():
        src.mkdir(parents=True, exist_ok=True)
        archive = subprocess.run(["git", "archive", REFERENCE_COMMIT], cwd=ROOT, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    return src


_NOT_SHOWN = re.compile(r"<(script|style|template)\b.*?</\1>|<!--.*?-->", re.S)
_TAG = re.compile(r"<[^>]+>")


def visible_text(html: str) -> str:
    """What a reader sees of a page, whitespace collapsed (scripts, styles and markup left out)."""
    return " ".join(unescape(_TAG.sub(" ", _NOT_SHOWN.sub(" ", html))).split())


@dataclass
class Sameness:
    """The pages of two built sites compared: which exist, and whether a reader sees the same."""

    pages: int = 0
    only_left: list[str] = field(default_factory=list)
    only_right: list[str] = field(default_factory=list)
    text_differs: list[str] = field(default_factory=list)


_ARTICLE = re.compile(r'<article class="md-content__inner md-typeset">(.*?)</article>', re.S)


def content_text(html: str) -> str:
    """The visible text of the page's article (its content), or of the whole page if it has none."""
    article = _ARTICLE.search(html)
    return visible_text(article.group(1) if article else html)


def compare_sites(left: Path, right: Path) -> Sameness:
    """Pages and content text; the theme around the content is left out: plain MkDocs does not run
    the plugin, which puts the agency of the data in the header and footer."""
    pages_left = {p.relative_to(left).as_posix() for p in left.rglob("*.html")}
    pages_right = {p.relative_to(right).as_posix() for p in right.rglob("*.html")}
    same = Sameness(len(pages_left & pages_right), sorted(pages_left - pages_right), sorted(pages_right - pages_left))
    for page in sorted(pages_left & pages_right):
        if content_text((left / page).read_text(encoding="utf-8")) != content_text((right / page).read_text(encoding="utf-8")):
            same.text_differs.append(page)
    return same


def tree_bytes(root: Path) -> dict[str, int]:
    """Sizes of the built site; ``theme`` is the fixed part (Material's and our static assets)."""
    sizes = {"total": 0, "html": 0, "search_index": 0, "files": 0, "theme": 0}
    for path in root.rglob("*"):
        if path.is_file():
            size = path.stat().st_size
            sizes["total"] += size
            sizes["files"] += 1
            rel = path.relative_to(root).as_posix()
            if rel.startswith("assets/") or (rel.startswith("search/") and path.name != "search_index.json"):
                sizes["theme"] += size
            if path.suffix == ".html":
                sizes["html"] += size
            if path.name == "search_index.json":
                sizes["search_index"] += size
    return sizes


def search_index_summary(site: Path) -> dict[str, object]:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    docs = index.get("docs", [])
    by_section: dict[str, int] = {}
    for doc in docs:
        section = doc["location"].split("/", 1)[0] or "(home)"
        by_section[section] = by_section.get(section, 0) + len(doc.get("title", "")) + len(doc.get("text", ""))
    top = sorted(by_section.items(), key=lambda item: -item[1])[:6]
    return {"entries": len(docs), "chars_by_section": top}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Rebuild:
    total: float
    """Seconds from writing the file to MkDocs' "Reloading browsers"."""
    noticed: float
    """Seconds from writing the file to "Building documentation" (file watch and MkDocs' build delay)."""


def serve_rebuild(data_dir: Path, repeat: int) -> list[Rebuild]:
    """Edit one person file under a running ``thiduua serve``; time write -> "Reloading browsers"."""
    port = free_port()
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONUNBUFFERED": "1"}
    env.pop("THIDUUA_DATA", None)
    proc = subprocess.Popen(
        # --lang en: MkDocs' own log lines ("Serving on", "Reloading browsers") are matched below
        [PY, "-m", "generator", "serve", "--data", str(data_dir), "--dev-addr", f"127.0.0.1:{port}", "--lang", "en"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8",
    )
    lines: list[tuple[float, str]] = []
    ready = threading.Event()

    def reader() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append((time.perf_counter(), line))
            if "Serving on" in line:
                ready.set()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    person = sorted((data_dir / "people").glob("*.yaml"))[len(list((data_dir / "people").glob("*.yaml"))) // 2]
    original = person.read_text(encoding="utf-8")
    results: list[Rebuild] = []
    try:
        if not ready.wait(1200):  # the first build at 10,000 people takes minutes on a busy machine
            raise SystemExit("thiduua serve did not start:\n" + "".join(line for _, line in lines[-30:]))
        time.sleep(2)  # let the file watcher settle
        for k in range(repeat):
            seen = len(lines)
            start = time.perf_counter()
            person.write_text(original.replace("position: ", f"position: Sửa lần {k + 1} – ", 1), encoding="utf-8")
            deadline = start + 120
            while time.perf_counter() < deadline:
                done = [t for t, line in lines[seen:] if "Reloading browsers" in line]
                errors = [line for _, line in lines[seen:] if "ERROR" in line or "Traceback" in line]
                if errors:
                    raise SystemExit("rebuild failed:\n" + "".join(line for _, line in lines[seen:]))
                if done:
                    building = [t for t, line in lines[seen:] if "Building documentation" in line]
                    results.append(Rebuild(done[0] - start, (building or done)[0] - start))
                    break
                time.sleep(0.02)
            else:
                raise SystemExit("no rebuild within 120 s:\n" + "".join(line for _, line in lines[seen:]))
            time.sleep(1.5)
    finally:
        person.write_text(original, encoding="utf-8")
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    return results


@dataclass
class Round:
    """One interleaved measurement of (1): a bare parse, a cold generation, then its stages.

    Ratios are taken within a round and the median round is reported: this machine's speed
    drifts by up to ~1.7x over minutes (the same bare parse took 0.12 s, then 0.20 s), so the
    best parse and the best generation of different rounds may not be comparable.
    """

    parse: float
    generate: float
    stages: dict[str, float]
    """load_validate, derive, render (cold, compile included), compile."""


@dataclass
class SizeResult:
    people: int
    files: int = 0
    rounds: list[Round] = field(default_factory=list)
    pages: int = 0
    markdown_pages: int = 0
    """Markdown pages plain MkDocs builds (generated and hand-written), for its time per page."""
    builds: list[tuple[Usage, Usage]] = field(default_factory=list)
    """(thiduua build, plain mkdocs build of the reference), measured back to back."""
    generate_rss_mib: int = 0
    sameness: Sameness | None = None
    bytes: dict[str, int] = field(default_factory=dict)
    search: dict[str, object] = field(default_factory=dict)

    def ratios(self, seconds: Callable[[Round], float]) -> list[float]:
        """``seconds(round) / round.parse`` for every round."""
        return [seconds(r) / r.parse for r in self.rounds]

    def median(self, seconds: Callable[[Round], float]) -> float:
        return statistics.median(seconds(r) for r in self.rounds)

    @property
    def generator_ratio(self) -> float:
        return statistics.median(self.ratios(lambda r: r.generate))

    def build_ratios(self, measure: Callable[[Usage], float]) -> list[float]:
        """``measure(build) / measure(plain)`` of every interleaved pair."""
        return [measure(build) / measure(plain) for build, plain in self.builds]

    @property
    def mkdocs_s(self) -> float:
        return min(plain.wall for _, plain in self.builds) if self.builds else 0.0


def measure(people: int, work: Path, repeat: int, build: bool) -> SizeResult:
    result = SizeResult(people)
    data = work / f"data-{people}"
    if not data.is_dir():
        subprocess.run([PY, "-m", "generator", "synth", "--people", str(people), "--out", str(data)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    result.files = bare_parse(data)
    # (1) generator vs bare parse, back to back in each round; then stage by stage.
    for _ in range(repeat):
        parse = best_of(1, lambda: bare_parse(data))
        generation = best_of(1, lambda: run_generator(data))
        gc.collect()
        result.rounds.append(Round(parse, generation, stage_times(data)))
        last = result.rounds[-1]
        print(f"  [{people}] parse {last.parse:.2f} s, generate {last.generate:.2f} s; stages "
              + ", ".join(f"{stage} {seconds:.2f} s" for stage, seconds in last.stages.items()), flush=True)
    result.pages = run_generator(data)
    if not build:
        return result
    # (2) thiduua build vs plain mkdocs build of the reference commit's Markdown, interleaved.
    site, docs, plain_site = work / f"site-{people}", work / f"docs-{people}", work / f"plain-{people}"
    result.generate_rss_mib = run([PY, "-m", "generator", "generate", "--data", str(data), "--out", str(work / f"docs-now-{people}")]).rss_mib
    reference = reference_source(work)
    run([PY, "-m", "generator", "generate", "--data", str(data), "--out", str(docs)], cwd=reference)
    config = plain_mkdocs_config(docs, plain_site, work / f"mkdocs-plain-{people}.yml", root=reference)
    result.markdown_pages = sum(1 for _ in docs.rglob("*.md"))
    for _ in range(max(1, repeat - 1)):
        build = run([PY, "-m", "generator", "build", "--data", str(data), "--out", str(site)])
        plain = run([PY, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config)], cwd=reference, env={"SOURCE_DATE_EPOCH": "0"})
        result.builds.append((build, plain))
        print(f"  [{people}] thiduua build {build.wall:.2f} s ({build.cpu:.2f} s CPU, {build.rss_mib} MiB), "
              f"plain mkdocs build of the reference {plain.wall:.2f} s ({plain.cpu:.2f} s CPU, {plain.rss_mib} MiB)", flush=True)
    result.sameness = compare_sites(plain_site, site)
    # (3) output size and the search index.
    result.bytes = tree_bytes(site)
    result.search = search_index_summary(site)
    return result


def mib(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB"


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSES TARGET"


def report(results: list[SizeResult], serve_times: dict[int, list[Rebuild]]) -> None:
    print("\n== thiduua scale benchmark ==")
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    for r in results:
        print(f"\n-- {r.people:,} people: {r.files:,} record files, {r.pages:,} generated pages")
        print(f"(1) generator / bare CSafeLoader parse: {r.generator_ratio:.2f}x, median of {spread(r.ratios(lambda x: x.generate))} "
              f"(median times {r.median(lambda x: x.generate):.2f} s / {r.median(lambda x: x.parse):.2f} s; "
              "no target of its own since issue 17: (1a) and (2) replace it)")
        report_stages(r)
        if r.builds:
            wall, cpu = r.build_ratios(lambda u: u.wall), r.build_ratios(lambda u: u.cpu)
            memory = max(b.rss_mib for b, _ in r.builds) / max(p.rss_mib for _, p in r.builds)
            print(f"(2) thiduua build / plain mkdocs build of the reference ({REFERENCE_COMMIT[:8]}'s Markdown): "
                  f"{statistics.median(wall):.3f}x wall ({', '.join(f'{x:.3f}' for x in wall)}), "
                  f"{statistics.median(cpu):.3f}x CPU ({', '.join(f'{x:.3f}' for x in cpu)}) "
                  f"(target <= {TARGETS['build']}x: {verdict(statistics.median(wall) <= TARGETS['build'])})")
            print("    times: " + "; ".join(f"{b.wall:.1f} s ({b.cpu:.1f} s CPU) vs {p.wall:.1f} s ({p.cpu:.1f} s CPU)" for b, p in r.builds))
            print(f"(4) peak memory (max RSS): thiduua build {max(b.rss_mib for b, _ in r.builds)} MiB, plain mkdocs build "
                  f"{max(p.rss_mib for _, p in r.builds)} MiB = {memory:.2f}x (target <= {TARGETS['memory']}x: "
                  f"{verdict(memory <= TARGETS['memory'])}); thiduua generate {r.generate_rss_mib} MiB")
            if r.sameness is not None:
                same = r.sameness
                print(f"    pages: {same.pages:,} in both, {len(same.only_left)} only in the reference {same.only_left[:5]}, "
                      f"{len(same.only_right)} only in the build {same.only_right[:5]}; content text differs on "
                      f"{len(same.text_differs)}, by section {dict(Counter(page.split('/')[0] for page in same.text_differs))} "
                      f"(an honour row shows the position written on its decision since issue 17.2)")
            print(f"    site: {mib(r.bytes['total'])} in {r.bytes['files']:,} files = {r.bytes['total'] / r.people / 1024:.1f} KiB per person; "
                  f"search_index.json {mib(r.bytes['search_index'])} ({r.search['entries']:,} entries)")
            print(f"    search text by section (chars): {r.search['chars_by_section']}")
    built = [r for r in results if r.bytes]
    if len(built) >= 2:
        small, large = built[0], built[-1]
        a = (small.bytes["total"] - small.bytes["theme"]) / small.people
        b = (large.bytes["total"] - large.bytes["theme"]) / large.people
        change = b / a - 1
        print(f"\n(3) bytes per person {small.people:,} -> {large.people:,} (site minus the {mib(small.bytes['theme'])} of fixed theme assets): "
              f"{a / 1024:.1f} KiB -> {b / 1024:.1f} KiB ({change:+.1%}; target within ±10 %: {verdict(abs(change) <= TARGETS['bytes'])})")
        ta, tb = small.bytes["total"] / small.people, large.bytes["total"] / large.people
        print(f"    whole site: {ta / 1024:.1f} KiB -> {tb / 1024:.1f} KiB ({tb / ta - 1:+.1%}); marginal cost "
              f"{(large.bytes['total'] - small.bytes['total']) / (large.people - small.people) / 1024:.1f} KiB per extra person")
        ha, hb = small.bytes["html"] / small.people, large.bytes["html"] / large.people
        print(f"    HTML only: {ha / 1024:.1f} KiB -> {hb / 1024:.1f} KiB ({hb / ha - 1:+.1%})")
    report_serve(serve_times)


def report_serve(serve_times: dict[int, list[Rebuild]]) -> None:
    """(5): the median of the rounds against the target; every round shown (the machine is shared)."""
    for people, rounds in sorted(serve_times.items()):
        if not rounds:
            continue
        median = statistics.median(r.total for r in rounds)
        target = SERVE_TARGETS.get(people)
        goal = f"target <= {target} s: {verdict(median <= target)}" if target else "no target at this size"
        print(f"\n(5) serve: save one person file -> browser reload ({people:,} people): median {median:.2f} s, "
              f"range {min(r.total for r in rounds):.2f}-{max(r.total for r in rounds):.2f} s over {len(rounds)} rounds ({goal})")
        print(f"    rounds: {', '.join(f'{r.total:.2f}' for r in rounds)} s; of which until MkDocs started rebuilding "
              f"(file watch, build delay): {', '.join(f'{r.noticed:.2f}' for r in rounds)} s")


def spread(values: list[float]) -> str:
    """``3 rounds: 7.9x, 8.1x, 8.5x``."""
    return f"{len(values)} rounds: " + ", ".join(f"{v:.2f}x" for v in sorted(values))


def report_stages(r: SizeResult) -> None:
    """The decomposition of (1): what compares with a parse, and what compares with MkDocs."""
    st = {stage: statistics.median(x.stages[stage] for x in r.rounds) for stage in r.rounds[0].stages}
    print(f"    stages (medians; cold): load + validate {st['load_validate']:.2f} s, derive {st['derive']:.2f} s, "
          f"render {st['render']:.2f} s (of which compiling the templates ≈ {st['compile']:.2f} s)")
    lv = statistics.median(r.ratios(lambda x: x.stages["load_validate"]))
    print(f"    (1a) load + validate / bare parse: {lv:.2f}x, median of {spread(r.ratios(lambda x: x.stages['load_validate']))} "
          f"(aim <= {TARGETS['generator']}x: {verdict(lv <= TARGETS['generator'])})")
    per_page = (st["render"] - st["compile"]) / r.pages * 1000
    line = f"    (1b) render: {per_page:.2f} ms per page ({r.pages:,} pages, compile excluded)"
    if r.mkdocs_s and r.markdown_pages:
        mkdocs_per_page = r.mkdocs_s / r.markdown_pages * 1000
        line += (f" vs plain mkdocs build {mkdocs_per_page:.2f} ms per Markdown page ({r.mkdocs_s:.2f} s / {r.markdown_pages:,}): "
                 f"{per_page / mkdocs_per_page:.1%} of it")
    print(line)


def profile(people: int, work: Path) -> None:
    data = work / f"data-{people}"
    if not data.is_dir():
        subprocess.run([PY, "-m", "generator", "synth", "--people", str(people), "--out", str(data)], cwd=ROOT, check=True)
    run_generator(data)  # warm caches and imports
    profiler = cProfile.Profile()
    profiler.runcall(run_generator, data)
    stats = pstats.Stats(profiler).sort_stats("cumulative")
    stats.print_stats(35)
    stats.sort_stats("tottime").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the best is kept")
    parser.add_argument("--no-build", action="store_true", help="only the generator ratio (fast)")
    parser.add_argument("--no-serve", action="store_true")
    parser.add_argument("--serve-people", type=int, nargs="+", default=[1000, 10000], help="sizes of the serve measurement (5)")
    parser.add_argument("--serve-rounds", type=int, default=5, help="person edits timed per size (5)")
    parser.add_argument("--serve-only", action="store_true", help="only the serve measurement (5)")
    parser.add_argument("--work", type=Path, default=None, help="keep data and sites here (default: a temp dir, removed)")
    parser.add_argument("--profile", type=int, default=None, metavar="N", help="cProfile the generator at N people and exit")
    parser.add_argument("--fuzz", action="store_true", help="run tests/test_fuzz.py with THIDUUA_HYPOTHESIS=nightly and exit")
    args = parser.parse_args()
    if args.fuzz:  # every input that validates must also build: many more examples than the suite's
        started = time.perf_counter()
        code = subprocess.run([PY, "-m", "pytest", "-q", "tests/test_fuzz.py"], cwd=ROOT, env={**os.environ, "THIDUUA_HYPOTHESIS": "nightly"}, check=False).returncode
        print(f"fuzz (THIDUUA_HYPOTHESIS=nightly): exit {code} in {time.perf_counter() - started:.0f} s")
        sys.exit(code)
    work = args.work or Path(tempfile.mkdtemp(prefix="thiduua-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        if args.profile:
            profile(args.profile, work)
            return
        results = []
        for people in [] if args.serve_only else sorted(args.sizes):
            print(f"measuring {people:,} people…", flush=True)
            results.append(measure(people, work, args.repeat, build=not args.no_build))
        serve_times: dict[int, list[Rebuild]] = {}
        if args.serve_only or not (args.no_serve or args.no_build):
            for people in sorted(args.serve_people):
                data = work / f"data-{people}"
                if not data.is_dir():
                    subprocess.run([PY, "-m", "generator", "synth", "--people", str(people), "--out", str(data)], cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
                print(f"measuring serve rebuild at {people:,} people…", flush=True)
                serve_times[people] = serve_rebuild(data, args.serve_rounds)
        report(results, serve_times)
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
