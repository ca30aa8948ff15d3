#!/usr/bin/env python3
"""The import graph of generator/: which module uses which, drawn from the code.

Reads every `crate::…` and `super::…` path in generator/ (in `use` lines and
in expressions, grouped `use crate::{a, b::{c, d}}` expanded), resolves each to
the longest module path that exists as a file, and prints, per folder (the
top-level modules) and per file: the edges, the cycles (strongly connected
components), the layers (0 = uses nothing of ours) and fan-in/fan-out.

    scripts/import_graph.py            # folders, cycles, layers
    scripts/import_graph.py --files    # the same per file
    scripts/import_graph.py --dot      # folder graph for Graphviz

Comments and string literals are skipped; `mod tests` blocks count (a test that
imports a module depends on it as much as the code does).
"""
import os
import re
import signal
import sys
from collections import defaultdict

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "generator")
SKIP = {"main.rs"}  # the binary, with cmd/, sits on top of the library


def module_of(rel):
    parts = rel[:-3].split("/")
    if parts[-1] in ("mod", "lib"):
        parts = parts[:-1]
    return "::".join(parts)


def strip(src):
    src = re.sub(r"//[^\n]*", "", src)
    src = re.sub(r"/\*.*?\*/", "", src, flags=re.S)
    src = re.sub(r'r#+".*?"#+', '""', src, flags=re.S)
    return re.sub(r'"(\\.|[^"\\])*"', '""', src)


def expand(prefix, body):
    """`a::b, c::{d, e}` under prefix → [prefix::a::b, prefix::c::d, …]."""
    out, depth, start = [], 0, 0
    items = []
    for i, ch in enumerate(body):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(body[start:i])
            start = i + 1
    items.append(body[start:])
    for item in items:
        item = item.strip()
        if not item:
            continue
        m = re.match(r"([\w:]*?)(::)?\{(.*)\}$", item, flags=re.S)
        if m:
            out += expand(prefix + ([m.group(1)] if m.group(1) else []), m.group(3))
        else:
            out.append("::".join(prefix + [item.split(" as ")[0].strip()]))
    return out


def paths_in(src, here):
    """Module paths named in src; `super` inside `mod tests` is the file itself."""
    tests = re.search(r"\bmod tests\s*\{", src)
    if tests:
        return paths_in(src[: tests.start()], here) + paths_in(src[tests.end():], here + "::tests")
    found = []
    for m in re.finditer(r"\b(crate|super)::\{", src):
        depth, i = 1, m.end()
        while depth and i < len(src):
            depth += {"{": 1, "}": -1}.get(src[i], 0)
            i += 1
        found += expand([m.group(1)], src[m.end(): i - 1])
    found += [m.group(0) for m in re.finditer(r"\b(crate|super)(::\w+)+", src)]
    resolved = []
    for p in found:
        parts = p.split("::")
        if parts[0] == "super":
            base = here.split("::")[:-1] if here else []
            while parts and parts[0] == "super":
                parts = parts[1:]
                base = base[:-1] if parts and parts[0] == "super" else base
            parts = base + parts
        else:
            parts = parts[1:]
        resolved.append(parts)
    return resolved


def load():
    modules, refs = {}, {}
    for dirpath, _, files in os.walk(ROOT):
        for f in files:
            if not f.endswith(".rs"):
                continue
            rel = os.path.relpath(os.path.join(dirpath, f), ROOT)
            if rel in SKIP or rel.startswith("cmd/"):
                continue
            if not module_of(rel):
                continue  # lib.rs: only `mod` lines
            modules[module_of(rel)] = rel
            with open(os.path.join(ROOT, rel)) as fh:
                refs[module_of(rel)] = strip(fh.read())
    graph = defaultdict(set)
    for mod, src in refs.items():
        # a file's own child modules (`mod tests;` files) belong to it
        for parts in paths_in(src, mod):
            for n in range(len(parts), 0, -1):
                target = "::".join(parts[:n])
                if target in modules:
                    if target != mod:
                        graph[mod].add(target)
                    break
        graph.setdefault(mod, set())
    return graph


def top(mod):
    return mod.split("::")[0]


def fold(graph):
    g = defaultdict(set)
    for a, bs in graph.items():
        g[top(a)]
        for b in bs:
            if top(a) != top(b):
                g[top(a)].add(top(b))
    return g


def sccs(graph):
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            out.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def layers(graph, comps):
    comp_of = {v: i for i, c in enumerate(comps) for v in c}
    depth = {}

    def d(i):
        if i not in depth:
            depth[i] = 0
            below = {comp_of[w] for v in comps[i] for w in graph[v]} - {i}
            depth[i] = 1 + max((d(j) for j in below), default=-1)
        return depth[i]

    return {v: d(comp_of[v]) for v in graph}


def report(graph, label):
    comps = sccs(graph)
    cycles = [c for c in comps if len(c) > 1]
    layer = layers(graph, comps)
    fan_in = defaultdict(int)
    for a, bs in graph.items():
        for b in bs:
            fan_in[b] += 1
    print(f"# {label}: {len(graph)} modules, {sum(len(b) for b in graph.values())} edges, "
          f"{max(layer.values()) + 1} layers, {len(cycles)} cycles")
    for c in cycles:
        print("cycle:", " ↔ ".join(c))
    by_layer = defaultdict(list)
    for v, n in layer.items():
        by_layer[n].append(v)
    for n in sorted(by_layer, reverse=True):
        print(f"layer {n}:")
        for v in sorted(by_layer[n]):
            uses = ", ".join(sorted(graph[v])) or "-"
            print(f"  {v}  (in {fan_in[v]}, out {len(graph[v])}) → {uses}")


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # quiet when piped to head
    graph = load()
    if "--dot" in sys.argv:
        g = fold(graph)
        print("digraph faro {")
        for a in sorted(g):
            for b in sorted(g[a]):
                print(f'  "{a}" -> "{b}";')
        print("}")
        return
    if "--files" in sys.argv:
        report(graph, "files")
    else:
        report(fold(graph), "folders")


if __name__ == "__main__":
    main()
