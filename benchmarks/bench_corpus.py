"""Corpora: recording throughput with workers and Ray, storage, reading a large corpus, resume.

    python benchmarks/bench_corpus.py            # the issue's sizes (10,000 prompts, 10^6 nodes, 2,000-prompt resume)
    python benchmarks/bench_corpus.py --quick    # small sizes, a smoke run of every row

Rows (each measured here, side by side, on this machine; the table prints ratios):
- record: greedy, 32 tokens, top-10, the tiny model: ``--workers 1`` (all threads), ``--workers 2``
  (threads split) and Ray with 2 local actors; targets: workers 2 >= 1.6x workers 1, Ray within 20 %
  of workers 2. Each includes starting the workers (spawn, imports, model load).
- storage: bytes of the recorded corpus per recorded candidate (target <= 6), against the trace
  JSON and the exported page of the same runs.
- large corpus (10^6 nodes, written synthetically: top-10, 33-node runs): ``tracegen summarize``
  as a command (target <= 2 s, peak RSS <= 300 MB), the runs table's first page (<= 0.5 s) and
  opening one run (<= 0.5 s), each from a fresh ``load_corpus``.
- resume: ``tracegen record --corpus`` killed with SIGKILL at random moments (10 times) on a
  2,000-prompt corpus, then run to the end: every prompt exactly once, every shard readable.
- stream: ``tracegen rescore CORPUS -o DIR`` on a recorded corpus (2,000 runs; ``--stream N``):
  peak RSS of the whole corpus read as one trace, rescored and converted (what it did before)
  against run by run (what it does now); then ``tracegen compare`` of it and its rescoring (the
  text summary): both corpora read whole (before) against run by run (now). Ratios: before / now.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import orjson
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
TRACEGEN = str(Path(sys.executable).with_name("tracegen"))


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}


def tiny_dir(where: Path) -> Path:
    from tracegen.testing import tiny_model, tiny_tokenizer

    directory = where / "tiny"
    tiny_model().save_pretrained(directory)
    tiny_tokenizer().save_pretrained(directory)
    return directory


def prompt_file(where: Path, count: int) -> Path:
    rng = random.Random(0)
    words = "the cat dog sat ran on a mat hat big small red blue one two three four".split()
    path = where / f"prompts-{count}.jsonl"
    with open(path, "wb") as handle:
        for i in range(count):
            text = " ".join(rng.choice(words) for _ in range(rng.randint(4, 12)))
            handle.write(orjson.dumps({"prompt": text, "id": f"p{i}", "answer": str(i % 10)}) + b"\n")
    return path


def record_command(prompts: Path, corpus: Path, model: Path, *extra: str, tokens: int = 32) -> list[str]:
    return [TRACEGEN, "record", "--prompt", str(prompts), "--corpus", str(corpus), "--model", str(model),
            "--max-new-tokens", str(tokens), "--top-k", "10", "--quiet", *extra]


def timed_command(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, env=env(), stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def corpus_bytes(corpus: Path) -> int:
    return sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())


def recording_rows(where: Path, model: Path, count: int) -> list[dict]:
    """The recording and storage rows, each shown as soon as it is measured."""
    prompts = prompt_file(where, count)
    rows: list[dict] = []
    one = timed_command(record_command(prompts, where / "w1", model))
    rows.append({"row": f"record {count} prompts, --workers 1", "seconds": one, "prompts/s": count / one})
    show(rows[-1:])
    two = timed_command(record_command(prompts, where / "w2", model, "--workers", "2"))
    rows.append({"row": f"record {count} prompts, --workers 2", "seconds": two, "prompts/s": count / two,
                 "ratio": f"{one / two:.2f}x workers 1 (target >= 1.6x)"})
    show(rows[-1:])
    try:
        import ray  # noqa: F401

        on_ray = timed_command(record_command(prompts, where / "ray", model, "--workers", "2", "--ray", "auto"))
        rows.append({"row": f"record {count} prompts, Ray 2 actors", "seconds": on_ray, "prompts/s": count / on_ray,
                     "ratio": f"{two / on_ray:.2f}x workers 2 (target >= 0.8x)"})
        show(rows[-1:])
    except ImportError:
        rows.append({"row": "Ray", "ratio": "not installed (pip install 'tracegen[ray]')"})
    from tracegen.corpus import corpus_to_trace, load_corpus
    from tracegen.export import render_html

    candidates = load_corpus(where / "w1").query("SELECT count(*) FROM candidates").fetchall()[0][0]
    size = corpus_bytes(where / "w1")
    trace = corpus_to_trace(where / "w1")
    json_size = len(trace.dumps())
    page = len(render_html(trace).encode()) - len(render_html(trace.__class__(model=trace.model)).encode())
    rows.append({"row": f"storage: corpus of {count} runs", "bytes/candidate": size / candidates,
                 "ratio": f"target <= 6; trace JSON {json_size / candidates:.1f}, exported page {page / candidates:.1f}"})
    show(rows[-1:])
    same = [r.to_dict() for r in trace.runs]
    for other in ("w2", "ray"):
        if (where / other).exists():
            theirs = [r.to_dict() for r in corpus_to_trace(where / other).runs]
            for mine, their in zip(same, theirs, strict=True):
                mine["stats"].pop("seconds", None), their["stats"].pop("seconds", None)
            assert theirs == same, f"{other}: runs differ from --workers 1"
    return rows


def large_corpus(where: Path, nodes: int) -> Path:
    """A corpus of ``nodes`` nodes: greedy-like 33-node chains with top-10 candidates, written shard by shard."""
    from tracegen.corpus.manifest import Manifest
    from tracegen.corpus.rows import ShardRows
    from tracegen.corpus.schema import TABLES
    from tracegen.corpus.shards import write_shard
    from tracegen.trace import Node, Result, Run

    directory = where / "large"
    directory.mkdir()
    for table in TABLES:
        (directory / table).mkdir()
    vocab = 49152
    Manifest(model={"name": "synthetic", "vocab_size": vocab}).save(directory)
    tokens = {i: f"t{i}" for i in range(vocab)}
    rng = random.Random(1)
    runs = math.ceil(nodes / 33)
    rows, shard = ShardRows(), 0
    for number in range(runs):
        run = Run(id=f"r{number}", prompt=f"prompt {number}", prompt_token_ids=[1, 2, 3], strategy={"name": "greedy"},
                  top_k=10, extra={"chat": False, "max_new_tokens": 32, "metadata": {"answer": str(number % 10)}})
        parent = None
        for node_id in range(33):
            ids = rng.sample(range(vocab), 10)
            lps = sorted((round(-rng.expovariate(0.5), 5) for _ in range(10)), reverse=True)
            top = list(zip(ids, lps, strict=True)) if node_id < 32 else None
            previous = run.nodes[-1] if run.nodes else None
            node = Node(id=node_id, parent=parent, token=previous.top[0][0] if previous else None,
                        logprob=previous.top[0][1] if previous else None, rank=0 if previous else None, top=top,
                        entropy=round(rng.uniform(0, 6), 5) if top else None,
                        extra={} if top else {"finish": "length"})
            run.add_node(node)
            parent = node_id
        run.results.append(Result(32, sum(n.logprob for n in run.nodes[1:]), "text"))
        rows.add(run, number, tokens, {})
        if len(rows) >= 256:
            write_shard(directory, f"s{shard:05d}", rows)
            rows, shard = ShardRows(), shard + 1
    if len(rows):
        write_shard(directory, f"s{shard:05d}", rows)
    return directory


def peak_command(command: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system: what a busy machine inflates least) and peak
    RSS (MB) of a command, run under a fresh Python that waits for it."""
    code = ("import resource, subprocess, sys, time\n"
            "t = time.perf_counter()\n"
            "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)\n"
            "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
            "print(time.perf_counter() - t, u.ru_utime + u.ru_stime, u.ru_maxrss / 1024)\n")
    out = subprocess.run([sys.executable, "-c", code, *command], check=True, env=env(), capture_output=True,
                         text=True).stdout.split()
    return float(out[0]), float(out[1]), float(out[2])


def large_rows(where: Path, nodes: int) -> list[dict]:
    started = time.perf_counter()
    directory = large_corpus(where, nodes)
    built = time.perf_counter() - started
    from tracegen.corpus import load_corpus
    from tracegen.corpus.app import create_corpus_app

    corpus = load_corpus(directory)
    count = corpus.query("SELECT count(*) FROM nodes").fetchall()[0][0]
    candidates = corpus.query("SELECT count(*) FROM candidates").fetchall()[0][0]
    rows = [{"row": f"large corpus: {count} nodes, {corpus_bytes(directory) / 2**20:.0f} MB",
             "seconds": built, "bytes/candidate": corpus_bytes(directory) / candidates,
             "ratio": "(writing it; random tokens over a 49,152 vocabulary: a worst case for storage)"}]
    seconds, cpu, peak = peak_command([TRACEGEN, "summarize", str(directory), "--json"])
    rows.append({"row": "tracegen summarize (command)", "seconds": seconds, "cpu s": cpu, "peak MB": peak,
                 "ratio": "targets <= 2 s, <= 300 MB"})
    for label, url in (("runs table: first page", "/api/runs?limit=50"),
                       ("runs table: first page by mean_entropy", "/api/runs?limit=50&sort=mean_entropy&order=desc"),
                       ("open one run (viewer page)", f"/run/r{count // 66}")):
        started, cpu = time.perf_counter(), time.process_time()
        client = create_corpus_app(load_corpus(directory)).test_client()
        reply = client.get(url)
        assert reply.status_code == 200, reply.data[:200]
        rows.append({"row": label, "seconds": time.perf_counter() - started, "cpu s": time.process_time() - cpu,
                     "ratio": "target <= 0.5 s"})
    started, cpu = time.perf_counter(), time.process_time()
    load_corpus(directory).run(f"r{count // 99}")
    rows.append({"row": "load_corpus(...).run(id)", "seconds": time.perf_counter() - started,
                 "cpu s": time.process_time() - cpu, "ratio": "target <= 0.5 s"})
    return rows


def resume_rows(where: Path, model: Path, count: int, kills: int, tokens: int) -> list[dict]:
    prompts = prompt_file(where, count)
    corpus = where / "resume"
    command = record_command(prompts, corpus, model, tokens=tokens)
    rng = random.Random(2)
    started = time.perf_counter()
    killed = 0
    for _ in range(kills):
        process = subprocess.Popen(command, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(3.0, 12.0))  # startup (imports, model) is ~3 s: most kills land mid-recording
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait()
        for path in corpus.rglob("*.parquet"):  # every shard file a reader can see is whole
            pq.read_metadata(path)
    subprocess.run(command, check=True, env=env(), stdout=subprocess.DEVNULL)
    from tracegen.corpus import load_corpus

    corpus_view = load_corpus(corpus)
    ids = corpus_view.query("SELECT run FROM runs").fetchall()
    node_runs = corpus_view.query("SELECT count(DISTINCT run) FROM nodes").fetchall()[0][0]
    once = len(ids) == count and len({i[0] for i in ids}) == count and node_runs == count
    assert once, f"{len(ids)} runs ({len({i[0] for i in ids})} distinct), {node_runs} in nodes, of {count}"
    return [{"row": f"resume: {killed} kill -9 of {kills} tries, {count} prompts x {tokens} tokens", "seconds": time.perf_counter() - started,
             "ratio": "every prompt exactly once, every shard readable: yes"}]


def stream_rows(where: Path, model: Path, count: int) -> list[dict]:
    """Rescoring a corpus: the whole corpus in memory (before) against run by run (now)."""
    corpus = where / "stream-a"
    subprocess.run(record_command(prompt_file(where, count), corpus, model), check=True, env=env())
    before = [sys.executable, "-c", "import sys, tracegen\n"
              "from tracegen.corpus import trace_to_corpus\n"
              "trace_to_corpus(tracegen.rescore(sys.argv[1], model=sys.argv[2]), sys.argv[3])\n",
              str(corpus), str(model), str(where / "stream-before")]
    now = [TRACEGEN, "rescore", str(corpus), "-o", str(where / "stream-now"), "--model", str(model), "--quiet"]
    rows = []
    for name, command in ((f"rescore {count}-run corpus, whole (before)", before),
                          (f"rescore {count}-run corpus, run by run (now)", now)):
        seconds, cpu, peak = peak_command(command)
        rows.append({"row": name, "seconds": seconds, "cpu s": cpu, "peak MB": peak})
    rows[1]["ratio"] = f"peak {rows[0]['peak MB'] / rows[1]['peak MB']:.2f}x lower"
    a, b = str(corpus), str(where / "stream-now")
    before = [sys.executable, "-c", "import sys, tracegen\nfrom tracegen.comparison import report\n"
              "print(report(tracegen.compare(sys.argv[1], sys.argv[2])))\n", a, b]
    for name, command in ((f"compare two {count}-run corpora, whole (before)", before),
                          (f"compare two {count}-run corpora, run by run (now)", [TRACEGEN, "compare", a, b])):
        seconds, cpu, peak = peak_command(command)
        rows.append({"row": name, "seconds": seconds, "cpu s": cpu, "peak MB": peak})
    rows[3]["ratio"] = f"peak {rows[2]['peak MB'] / rows[3]['peak MB']:.2f}x lower"
    return rows


def show(rows: list[dict]) -> None:
    for row in rows:
        cells = [row["row"].ljust(48)]
        for key in ("seconds", "cpu s", "prompts/s", "bytes/candidate", "peak MB"):
            if key in row:
                cells.append(f"{key} {row[key]:.2f}")
        if "ratio" in row:
            cells.append(row["ratio"])
        print("  ".join(cells), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--only", choices=["record", "large", "resume", "stream"], default=None)
    parser.add_argument("--record", type=int, default=None, help="prompts of the recording rows")
    parser.add_argument("--nodes", type=int, default=None, help="nodes of the large corpus")
    parser.add_argument("--resume", type=int, default=None, help="prompts of the resume row")
    parser.add_argument("--kills", type=int, default=None, help="kill -9 tries of the resume row")
    parser.add_argument("--stream", type=int, default=None, help="runs of the corpus the stream rows rescore")
    args = parser.parse_args()
    sizes = {"record": 200, "nodes": 100_000, "resume": 300, "kills": 3, "resume_tokens": 4, "stream": 200} \
        if args.quick else \
        {"record": 10_000, "nodes": 1_000_000, "resume": 2_000, "kills": 10, "resume_tokens": 32, "stream": 2_000}
    for name in ("record", "nodes", "resume", "kills", "stream"):
        given = getattr(args, name)
        if given is not None:
            sizes[name] = given
    where = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}", flush=True)
    try:
        model = tiny_dir(where)
        if args.only in (None, "record"):
            recording_rows(where, model, sizes["record"])
        if args.only in (None, "large"):
            show(large_rows(where, sizes["nodes"]))
        if args.only in (None, "resume"):
            show(resume_rows(where, model, sizes["resume"], sizes["kills"], sizes["resume_tokens"]))
        if args.only in (None, "stream"):
            show(stream_rows(where, model, sizes["stream"]))
    finally:
        shutil.rmtree(where, ignore_errors=True)
    print(f"load average at the end {os.getloadavg()[0]:.1f}; peak RSS of this process "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
