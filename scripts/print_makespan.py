#!/usr/bin/env python3
"""Makespan of the print jobs on N workers, modelled from one build's
per-job CPU times (benches/RESULTS.md, twelfth session, scheduling).

Usage:
  FARO_TIMINGS=1 RAYON_NUM_THREADS=1 FARO_CACHE_DIR=off faro build <pilot> \\
      -o <out> 2> timings.txt
  python3 scripts/print_makespan.py timings.txt

A model, not a measurement: each job takes its measured CPU time whatever
runs beside it (no memory contention, no parallelism inside a job, no
order-dependent memo hits). Compared:
- "rayon": the planned order through rayon's par_iter (its adaptive
  splitter and work stealing, simulated at the level of sequential runs);
- "list": each idle worker takes the next job in the planned order;
- "4/2/1": heaviest first by kind (booklet 4, other PDF 2, image 1), as
  branch w6-12-sched-unlanded does, from a shared queue;
- "ideal": heaviest first by the measured times themselves;
- "bound": max(total / N, longest job), no schedule does better.
"""
import heapq
import re
import sys

LINE = re.compile(r"print job (\d+) (\S+)/(\S+): CPU ([\d.]+) s")


def read(path):
    jobs = {}
    for line in open(path, encoding="utf-8"):
        m = LINE.match(line)
        if m:
            jobs[int(m[1])] = (m[3], float(m[4]))
    return [jobs[i] for i in sorted(jobs)]


def kind(name):
    if name.startswith("guidelines"):
        return "booklet"
    return "image" if name.startswith(("social", "og")) else "pdf"


def list_schedule(durations, order, workers):
    free = [0.0] * workers
    for i in order:
        heapq.heappush(free, heapq.heappop(free) + durations[i])
    return max(free)


def rayon_schedule(durations, workers):
    """Rayon's bridge: a range splits in halves while its splitter allows
    (splits start at the thread count, halve on each split, reset to the
    thread count when a range is stolen); the right half goes on the
    worker's deque, the left is run. A free worker pops its own newest
    range, else steals another's oldest."""
    deques = [[] for _ in range(workers)]
    clock = [0.0] * workers

    def run(w, start, end, splits, stolen):
        while (end - start) // 2 >= 1:
            if stolen:
                splits = max(workers, splits // 2)
            elif splits > 0:
                splits //= 2
            else:
                break
            mid = start + (end - start) // 2
            deques[w].append((mid, end, splits))
            end, stolen = mid, False
        clock[w] += sum(durations[start:end])

    run(0, 0, len(durations), workers, False)
    while True:
        w = min(range(workers), key=lambda k: clock[k])
        if deques[w]:
            run(w, *deques[w].pop(), False)
            continue
        victims = [k for k in range(workers) if deques[k]]
        if not victims:
            break
        run(w, *deques[victims[0]].pop(0), True)
    assert abs(sum(clock) - sum(durations)) < 1e-9, "every job ran once"
    return max(clock)


def main(path):
    jobs = read(path)
    durations = [d for _, d in jobs]
    total, longest = sum(durations), max(durations)
    print(f"{len(jobs)} jobs, CPU {total:.3f} s, longest {longest:.3f} s")
    for k in ("booklet", "pdf", "image"):
        ds = sorted(d for n, d in jobs if kind(n) == k)
        if ds:
            print(f"  {k}: {len(ds)}, sum {sum(ds):.3f} s, median {ds[len(ds) // 2]:.3f} s,"
                  f" {ds[0]:.3f}-{ds[-1]:.3f} s")
    weight = {"booklet": 4, "pdf": 2, "image": 1}
    by_kind = sorted(range(len(jobs)), key=lambda i: -weight[kind(jobs[i][0])])
    by_time = sorted(range(len(jobs)), key=lambda i: -durations[i])
    print("| workers | bound | rayon | list | 4/2/1 | ideal |")
    print("| --- | --- | --- | --- | --- | --- |")
    for n in (2, 4, 8):
        figures = [
            max(total / n, longest),
            rayon_schedule(durations, n),
            list_schedule(durations, range(len(jobs)), n),
            list_schedule(durations, by_kind, n),
            list_schedule(durations, by_time, n),
        ]
        print(f"| {n} | " + " | ".join(f"{f:.3f} s" for f in figures) + " |")


if __name__ == "__main__":
    main(sys.argv[1])
