#!/usr/bin/env python3
"""Structure checks of the Rust sources under crates/ (run by `make lint`):

- string literals holding Chinese outside tests (words belong in data files);
- source files over 300 lines;
- cycles between files: file A uses an item defined in file B and B one defined in A
  (through any chain). `use` paths and inline `crate::`/`super::` paths are resolved to
  the file that defines the item, following re-exports; a module re-exporting its own
  children (`pub use child::X`) only lists them and is no use of them, unless its own code
  uses what it lists.

Usage: scripts/check_structure.py [--max-literals N] [--verbose]
Exits non-zero when a limit is passed.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
MAX_LINES = 300


def strip_tests(src: str) -> str:
    """The source without `#[cfg(test)]` items."""
    out, i = [], 0
    while True:
        k = src.find("#[cfg(test)]", i)
        if k < 0:
            out.append(src[i:])
            return "".join(out)
        out.append(src[i:k])
        brace, semi = src.find("{", k), src.find(";", k)
        if semi >= 0 and (brace < 0 or semi < brace):
            i = semi + 1
            continue
        depth, j = 0, brace
        while j < len(src):
            depth += {"{": 1, "}": -1}.get(src[j], 0)
            if depth == 0:
                break
            j += 1
        i = j + 1


def literals(src: str) -> list[str]:
    """String literals of `src` (comments skipped)."""
    out, i, n = [], 0, len(src)
    while i < n:
        if src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
            continue
        if src.startswith("/*", i):
            j = src.find("*/", i)
            i = n if j < 0 else j + 2
            continue
        m = re.match(r'b?r(#*)"', src[i : i + 8])
        if m and (i == 0 or not (src[i - 1].isalnum() or src[i - 1] == "_")):
            end = '"' + m.group(1)
            j = src.find(end, i + m.end())
            j = n if j < 0 else j
            out.append(src[i + m.end() : j])
            i = j + len(end)
            continue
        if src[i] == '"':
            j = i + 1
            while j < n and src[j] != '"':
                j += 2 if src[j] == "\\" else 1
            out.append(src[i + 1 : j])
            i = j + 1
            continue
        if src[i] == "'":  # a char literal or a lifetime: skip a char literal whole
            m = re.match(r"'(\\u\{[0-9a-fA-F]+\}|\\.|[^\\'])'", src[i : i + 12])
            if m:
                i += m.end()
                continue
        i += 1
    return out


TEST_MOD = re.compile(r"#\[cfg\(test\)\]\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;")


def test_modules() -> set[Path]:
    """Files of modules declared `#[cfg(test)] mod x;`: test code."""
    found = set()
    for p in (ROOT / "crates").rglob("*.rs"):
        base = p.parent if p.name in ("lib.rs", "mod.rs", "main.rs") else p.with_suffix("")
        for name in TEST_MOD.findall(p.read_text(encoding="utf-8")):
            found |= {base / f"{name}.rs", base / name / "mod.rs"}
    return found


def sources() -> list[Path]:
    tests = test_modules()
    files = []
    for p in sorted((ROOT / "crates").rglob("*.rs")):
        rel = p.relative_to(ROOT).as_posix()
        if "/tests/" in rel or rel.endswith("/tests.rs") or "/benches/" in rel or p in tests:
            continue
        files.append(p)
    return files


# ---- module resolution -------------------------------------------------------------

ITEM = re.compile(
    r"^\s*(?:pub(?:\([^)]*\))?\s+)?(?:const\s+fn|async\s+fn|unsafe\s+fn|fn|struct|enum|const|static|type|trait|union|macro_rules!)\s+(\w+)",
    re.M,
)
MOD_DECL = re.compile(r"^\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+(\w+)\s*;", re.M)
USE = re.compile(r"^\s*(pub(?:\([^)]*\))?\s+)?use\s+([^;]+);", re.M)
INLINE = re.compile(r"(?<![\w:])((?:[A-Za-z_]\w*)(?:::\w+)+)")


def expand_use(tree: str) -> list[tuple[str, str]]:
    """`a::{b, c::d as e}` → [(a::b, b), (a::c::d, e)]."""
    tree = re.sub(r"\s+", "", tree)

    def go(prefix: str, t: str) -> list[tuple[str, str]]:
        if "{" in t and (t.find("::{") >= 0 or t.startswith("{")):
            k = t.find("{")
            head = t[:k].rstrip(":")
            inner = t[k + 1 : t.rfind("}")]
            parts, depth, cur = [], 0, ""
            for ch in inner:
                if ch == "," and depth == 0:
                    parts.append(cur)
                    cur = ""
                    continue
                depth += {"{": 1, "}": -1}.get(ch, 0)
                cur += ch
            parts.append(cur)
            base = f"{prefix}::{head}" if prefix and head else (prefix or head)
            out = []
            for p in parts:
                if p:
                    out += go(base, p)
            return out
        alias = None
        if "as" in t and re.search(r"as\w+$", t) and "::" in t:
            m = re.match(r"(.*?)as(\w+)$", t)
            if m and not m.group(1).endswith("::"):
                t, alias = m.group(1), m.group(2)
        path = f"{prefix}::{t}" if prefix else t
        name = alias or path.split("::")[-1]
        return [(path, name)]

    return go("", tree)


def without_comments(src: str) -> str:
    """`src` with line and block comments (doc comments too) blanked."""
    src = re.sub(r"/\*.*?\*/", " ", src, flags=re.S)
    return re.sub(r"//[^\n]*", "", src)


class Crate:
    def __init__(self, src: Path, root_file: Path):
        self.src = src
        self.modules: dict[tuple[str, ...], Path] = {}
        self.walk((), root_file)

    def walk(self, path: tuple[str, ...], file: Path) -> None:
        self.modules[path] = file
        text = without_comments(strip_tests(file.read_text(encoding="utf-8")))
        base = file.parent if file.name in ("lib.rs", "mod.rs", "main.rs") else file.with_suffix("")
        for name in MOD_DECL.findall(text):
            for cand in (base / f"{name}.rs", base / name / "mod.rs"):
                if cand.exists():
                    self.walk(path + (name,), cand)
                    break


def analyse() -> tuple[dict[Path, set[Path]], list[Path]]:
    crates = []
    for cargo in sorted((ROOT / "crates").glob("*/Cargo.toml")):
        src = cargo.parent / "src"
        for root in ("lib.rs", "main.rs"):
            if (src / root).exists():
                crates.append(Crate(src, src / root))
        for b in sorted((src / "bin").glob("*.rs")) if (src / "bin").exists() else []:
            crates.append(Crate(src, b))
    edges: dict[Path, set[Path]] = {}
    for crate in crates:
        by_file = {f: p for p, f in crate.modules.items()}
        texts = {f: without_comments(strip_tests(f.read_text(encoding="utf-8"))) for f in by_file}
        items = {f: set(ITEM.findall(t)) for f, t in texts.items()}
        reexports = {f: {n: p for _, tree in USE.findall(t) for p, n in expand_use(tree)} for f, t in texts.items()}

        def resolve(module: tuple[str, ...], segs: list[str], depth: int = 0) -> Path | None:
            if depth > 20:
                return None
            if segs and segs[0] == "crate":
                module, segs = (), segs[1:]
            while segs and segs[0] in ("super", "self"):
                module = module[:-1] if segs[0] == "super" else module
                segs = segs[1:]
            for i, s in enumerate(segs):
                child = module + (s,)
                if child in crate.modules:
                    module = child
                    continue
                file = crate.modules.get(module)
                if file is None:
                    return None
                if s in items[file]:
                    return file
                target = reexports[file].get(s)
                if target and not target.split("::")[-1] == "*":
                    tsegs = target.split("::")
                    if tsegs[0] in ("crate", "super", "self") or (module + (tsegs[0],)) in crate.modules:
                        return resolve(module, tsegs, depth + 1)
                return file
            return crate.modules.get(module)

        for file, module in by_file.items():
            # a parent re-exporting its children (`pub use child::X`) only lists them
            code = USE.sub("", texts[file])
            paths = [
                (p, bool(vis) and not re.search(rf"\b{re.escape(name)}\b", code))
                for vis, tree in USE.findall(texts[file])
                for p, name in expand_use(tree)
            ]
            paths += [(p, False) for p in INLINE.findall(code)]
            for p, reexport in paths:
                segs = p.split("::")
                if segs[0] not in ("crate", "super", "self") and (module + (segs[0],)) not in crate.modules:
                    continue
                target = resolve(module, segs)
                below = target is not None and by_file.get(target, ())[: len(module)] == module
                if target and target != file and not (reexport and below):
                    edges.setdefault(file, set()).add(target)
    return edges, [f for c in crates for f in c.modules.values()]


def cycles(edges: dict[Path, set[Path]]) -> list[list[Path]]:
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]
    sys.setrecursionlimit(10000)

    def strong(v: Path) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                strong(w)
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
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in list(edges):
        if v not in index:
            strong(v)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--max-literals", type=int, default=140)
    ap.add_argument("--verbose", action="store_true")
    args = ap.parse_args()
    rel = lambda p: p.relative_to(ROOT).as_posix()  # noqa: E731
    failed = False
    per_file = {}
    for p in sources():
        n = sum(1 for lit in literals(strip_tests(p.read_text(encoding="utf-8"))) if HAN.search(lit))
        if n:
            per_file[rel(p)] = n
    total = sum(per_file.values())
    print(f"string literals holding Chinese outside tests: {total} (limit {args.max_literals - 1})")
    if args.verbose or total >= args.max_literals:
        for f, n in sorted(per_file.items(), key=lambda x: -x[1]):
            print(f"  {n:5d} {f}")
    failed |= total >= args.max_literals
    long = [(rel(p), len(p.read_text(encoding="utf-8").splitlines())) for p in sources()]
    long = [(f, n) for f, n in long if n > MAX_LINES]
    print(f"source files over {MAX_LINES} lines: {len(long)}")
    for f, n in long:
        print(f"  {n:5d} {f}")
    failed |= bool(long)
    edges, _ = analyse()
    found = cycles(edges)
    print(f"cycles between files: {len(found)}")
    for comp in found:
        print("  " + " <-> ".join(rel(p) for p in comp))
        if args.verbose:
            for a in comp:
                for b in sorted(edges.get(a, ())):
                    if b in comp:
                        print(f"      {rel(a)} -> {rel(b)}")
    failed |= bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
