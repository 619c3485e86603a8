#!/usr/bin/env python3
"""Whole-process benchmark of QingdaoReader, with the anchors a user might pick instead, measured in the same run.

    python3 tests/QingdaoReader.Benchmarks/scripts/whole_process.py [--runs 5] [--sizes 100,300,1000] [--no-anchors]
        [--r2r] [--native] [--qreader PATH]

Builds the CLI in Release once (framework-dependent; also ReadyToRun with --r2r, the Native AOT executable with
--native, or measures the executable given with --qreader), then measures, median of --runs:
the seed site built cold (process start to exit), generated corpora of the seed's paragraphs reshuffled (wall, Han
characters per second, peak RSS from /usr/bin/time), one edit rebuilt in `qreader serve` (its "Rebuilt … in N ms"
line), the seed page's gzip size with its CSS and JS; and the same text, at every corpus size, through @node-rs/jieba +
pinyin-pro (npm, installed here into node_modules/) and Python jieba (apt-get install python3-jieba). The corpora, the
serve rebuilds and the anchors' ratios use the last executable built (native, else ReadyToRun, else the plain build).
Prints a Markdown table. Work files go to /tmp/qreader-bench/.
"""
import argparse, gzip, json, os, random, re, shutil, socket, statistics, subprocess, sys, time
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
HERE = Path(__file__).resolve().parent
WORK = Path("/tmp/qreader-bench")
SEED = REPO / "content/readings/shandong-inspection-qingdao/index.md"
HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf]")


def run_timed(cmd, **kw):
    """Runs cmd under /usr/bin/time; returns (wall s, cpu s, peak RSS MB, stdout)."""
    t0 = time.perf_counter()
    p = subprocess.run(["/usr/bin/time", "-f", "%U %S %M", *cmd], capture_output=True, text=True, **kw)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}\n{p.stdout}\n{p.stderr}")
    user, sys_, rss = p.stderr.strip().splitlines()[-1].split()
    return wall, float(user) + float(sys_), int(rss) / 1024, p.stdout


def median_of(runs, fn):
    results = [fn() for _ in range(runs)]
    return [statistics.median(col) for col in zip(*[r[:3] for r in results])], results[-1]


def build_cli(kind):
    """kind: "build" (framework-dependent), "r2r" (ReadyToRun publish) or "native" (Native AOT publish)."""
    out = WORK / f"cli-{kind}"
    cmd = ["dotnet", "build" if kind == "build" else "publish", str(REPO / "src/QingdaoReader.Cli"), "-c", "Release", "-o", str(out), "-nologo", "-v", "q"]
    if kind == "r2r":
        cmd += ["-r", "linux-x64", "--self-contained", "false", "-p:PublishReadyToRun=true", "-p:PublishAot=false"]
    if kind == "native":
        cmd += ["-r", "linux-x64"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return out / "qreader"


def split_seed():
    """The seed's front matter, and its body as units: a block with the containers (::: en, note …) that follow it."""
    text = SEED.read_text(encoding="utf-8")
    _, front, body = text.split("---\n", 2)
    units, depth = [], 0
    for block in re.split(r"\n[ \t]*\n", body.strip()):
        if units and (depth > 0 or block.startswith(":::")):
            units[-1] += "\n\n" + block
        else:
            units.append(block)
        for line in block.splitlines():
            if re.match(r"^:::\s*\S", line):
                depth += 1
            elif line.strip() == ":::":
                depth -= 1
    return front, units


def make_site(dest, readings):
    """A copy of the repo's site (config, templates, glossary, overrides) with `readings` reshuffled copies of the seed."""
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(REPO / "templates", dest / "templates")
    shutil.copy(REPO / "site.config.yml", dest / "site.config.yml")
    (dest / "content/readings").mkdir(parents=True)
    for f in (REPO / "content").iterdir():
        if f.is_file():
            shutil.copy(f, dest / "content" / f.name)
    front, units = split_seed()
    questions = [u for u in units if u.startswith("::: questions") or "\n::: questions" in u]
    body_units = [u for u in units if u not in questions]
    han = 0
    for i in range(readings):
        rnd = random.Random(i)
        shuffled = body_units[:] if i == 0 else rnd.sample(body_units, len(body_units))
        fm = re.sub(r'(?m)^title: "?(.*?)"?$', lambda m: f'title: "{m.group(1)}（{i + 1}）"', front, count=1)
        body = "\n\n".join(shuffled + questions)
        han += len(HAN.findall(body)) + len(HAN.findall(fm))
        d = dest / f"content/readings/reading-{i + 1:04d}"
        d.mkdir()
        (d / "index.md").write_text(f"---\n{fm}---\n\n{body}\n", encoding="utf-8")
    corpus_text = "\n".join(p.read_text(encoding="utf-8") for p in sorted((dest / "content/readings").glob("*/index.md")))
    (dest.parent / f"{dest.name}.txt").write_text(corpus_text, encoding="utf-8")
    return han


def serve_rebuild(qreader, site, runs):
    """Median of the serve's own "Rebuilt … in N ms" for one edit of the seed reading, and the wall time to that line."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    p = subprocess.Popen([str(qreader), "serve", "--site", str(site), "--port", str(port)], stdout=subprocess.PIPE, text=True)
    try:
        line = p.stdout.readline()
        while line and not line.startswith("Serving"):
            line = p.stdout.readline()
        # The server optimises its rebuild path in the background first (as a teacher's first edit comes seconds later).
        while line and not line.startswith(("Warmed up", "Warm-up skipped")):
            line = p.stdout.readline()
        page = next((site / "content/readings").glob("*/index.md"))
        original = page.read_text(encoding="utf-8")
        ms, walls = [], []
        for i in range(runs + 1):
            edited = original.replace("实体经济是现代化产业体系的根基。", f"实体经济是现代化产业体系的根基{'。' * (i % 2 + 1)}", 1)
            time.sleep(0.3)
            t0 = time.perf_counter()
            page.write_text(edited, encoding="utf-8")
            line = p.stdout.readline()
            while line and not line.startswith("Rebuilt"):
                line = p.stdout.readline()
            wall = (time.perf_counter() - t0) * 1000
            m = re.search(r"in (\d+) ms", line)
            if i > 0:  # the first rebuild after start-up also pays for JIT of the rebuild path
                ms.append(int(m.group(1)))
                walls.append(wall)
        return statistics.median(ms), statistics.median(walls), ms
    finally:
        p.terminate()
        p.wait()


def anchors(text_file, runs):
    rows = {}
    if shutil.which("node"):
        if not (HERE / "node_modules/pinyin-pro").exists():
            subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--silent"], cwd=HERE, check=True)
        def node():
            wall, cpu, rss, out = run_timed(["node", str(HERE / "anchor-node.mjs"), str(text_file)])
            return wall, cpu, rss, json.loads(out)
        rows["Node: @node-rs/jieba + pinyin-pro"] = median_of(runs, node)
    # Debian's python3-jieba lives in the system Python, which need not be the python3 running this script.
    python = next((p for p in ["/usr/bin/python3", sys.executable]
                   if subprocess.run([p, "-c", "import jieba"], capture_output=True).returncode == 0), None)
    if python:
        def py():
            wall, cpu, rss, out = run_timed([python, str(HERE / "anchor-python.py"), str(text_file)])
            return wall, cpu, rss, json.loads(out.strip().splitlines()[-1])
        rows["Python jieba (posseg; no pinyin)"] = median_of(runs, py)
    else:
        print("python3-jieba missing: apt-get install -y python3-jieba", file=sys.stderr)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--sizes", default="100,300,1000")
    ap.add_argument("--no-anchors", action="store_true")
    ap.add_argument("--r2r", action="store_true", help="also measure a ReadyToRun publish of the CLI")
    ap.add_argument("--native", action="store_true", help="also measure the Native AOT executable (needs clang)")
    ap.add_argument("--qreader", help="measure this qreader executable instead of building one")
    a = ap.parse_args()
    WORK.mkdir(exist_ok=True)
    if a.qreader:
        clis = {Path(a.qreader).name: Path(a.qreader).resolve()}
    else:
        clis = {"build": build_cli("build")}
        if a.r2r:
            clis["ReadyToRun"] = build_cli("r2r")
        if a.native:
            clis["Native AOT"] = build_cli("native")
    out = WORK / "out"
    rows = []
    cpus = os.cpu_count()
    load = os.getloadavg()[0]

    seed_site = WORK / "seed-site"
    seed_han = make_site(seed_site, 1)
    for name, q in clis.items():
        (wall, cpu, rss), _ = median_of(a.runs, lambda: run_timed([str(q), "build", "--site", str(seed_site), "--output", str(out), "-q"]))
        rows.append((f"seed site, cold `qreader build` ({name})", f"{wall:.2f} s", f"{cpu:.2f} s", f"{rss:.0f} MB", f"{seed_han / wall / 1e3:.0f} k", "≤ 1.0× Node's time"))
    qreader = list(clis.values())[-1]

    page = out / "readings/reading-0001/index.html"
    # The word data is words.js beside the page since issue 15 (loaded when idle): counted when present.
    files = [page, out / "assets/reader.css", out / "assets/reader.js"] + [f for f in [page.parent / "words.js"] if f.exists()]
    gz = sum(len(gzip.compress(f.read_bytes(), 6)) for f in files)
    rows.append(("seed page + CSS + JS + word data, gzip -6", f"{gz / 1024:.1f} KB", "", "", "", "≤ 100 KB"))

    corpus = {}
    for n in [int(s) for s in a.sizes.split(",")]:
        site = WORK / f"corpus-{n}"
        han = make_site(site, n)
        runs = a.runs if n < 1000 else max(3, a.runs // 2)
        (wall, cpu, rss), _ = median_of(runs, lambda: run_timed([str(qreader), "build", "--site", str(site), "--output", str(out), "-q"]))
        corpus[n] = (han, wall)
        rows.append((f"corpus of {n} readings ({han / 1e6:.2f} M Han)", f"{wall:.2f} s", f"{cpu:.2f} s", f"{rss:.0f} MB",
                     f"{han / wall / 1e6:.2f} M", "≥ 2× Node's Han/s; linear; ≤ 300 MB at 1,000"))

    ms, wall_ms, all_ms = serve_rebuild(qreader, seed_site, a.runs)
    rows.append(("serve: one edit of the seed rebuilt", f"{ms:.0f} ms", "", "", "", "≤ 30 ms"))
    rows.append(("serve: file written → \"Rebuilt\" line (incl. 30 ms debounce)", f"{wall_ms:.0f} ms", "", "", "", ""))
    if corpus:
        n = max(corpus)
        big_ms, big_wall, _ = serve_rebuild(qreader, WORK / f"corpus-{n}", a.runs)
        rows.append((f"serve: one edit of one reading of {n} rebuilt (saved → \"Rebuilt\": {big_wall:.0f} ms)", f"{big_ms:.0f} ms", "", "", "", ""))

    # The anchors read every corpus (start-up weighs most in the smallest, throughput in the largest).
    for n in (sorted(corpus) if not a.no_anchors else []):
        text = WORK / f"corpus-{n}.txt"
        han, ours = corpus[n]
        anchor_rows = anchors(text, 3)
        for name, ((wall, cpu, rss), last) in anchor_rows.items():
            rows.append((f"{name}, same {n} readings", f"{wall:.2f} s", f"{cpu:.2f} s", f"{rss:.0f} MB",
                         f"{last[3]['han'] / wall / 1e6:.2f} M", f"QingdaoReader's full build takes {ours / wall:.2f}× its time"))

    print(f"\nMachine: {cpus} cores, load average {load:.1f} at start; medians of {a.runs} runs (3 at 1,000 readings); CPU = user + sys.\n")
    print("| measure | wall | CPU | peak RSS | Han chars/s | target / ratio |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        print("| " + " | ".join(r) + " |")
    if len(corpus) > 1:
        ns = sorted(corpus)
        per = [f"{n}: {corpus[n][1] / corpus[n][0] * 1e6:.0f} µs" for n in ns]
        print(f"\nCost per 1,000 Han characters (linearity): {', '.join(per)}")
        # What each further 1,000 Han characters cost between two sizes (start-up cancels out).
        marginal = [f"{a} → {b}: {(corpus[b][1] - corpus[a][1]) / (corpus[b][0] - corpus[a][0]) * 1e6:.1f} µs"
                    for a, b in zip(ns, ns[1:])]
        print(f"Marginal cost per further 1,000 Han characters: {', '.join(marginal)}")
    print(f"serve rebuild samples (ms): {all_ms}")


if __name__ == "__main__":
    main()
