"""Progress bars for long runs: tqdm when installed (its notebook widget in Jupyter), a
plain line on stderr otherwise; silent when asked or when nobody is watching."""

from __future__ import annotations

import sys
import time
from typing import Any, Callable, Iterable, Iterator, Optional, TypeVar, Union

T = TypeVar("T")

#: What ``progress=`` accepts: ``None`` (a bar when a person is watching: a terminal or
#: a notebook), ``True``/``False``, or a tqdm-like class or factory called with the
#: iterable and ``unit``/``desc`` keywords.
Progress = Union[None, bool, Callable[..., Any]]


def _in_notebook() -> bool:
    shell = sys.modules.get("IPython")
    if shell is None:
        return False
    get_ipython = getattr(shell, "get_ipython", None)
    ip = get_ipython() if get_ipython else None
    return ip is not None and type(ip).__name__ == "ZMQInteractiveShell"


def _watched() -> bool:
    return _in_notebook() or bool(getattr(sys.stderr, "isatty", lambda: False)())


def _plain(items: Iterable[T], desc: str, unit: str) -> Iterator[T]:
    """A counter rewritten in place on stderr every half second."""
    started = last = time.monotonic()
    n = 0
    for n, item in enumerate(items, 1):
        now = time.monotonic()
        if now - last >= 0.5:
            rate = n / max(now - started, 1e-9)
            sys.stderr.write(f"\r{desc}: {n} {unit} ({rate:.0f} {unit}/s)")
            sys.stderr.flush()
            last = now
        yield item
    if last != started:
        sys.stderr.write(f"\r{desc}: {n} {unit} in {time.monotonic() - started:.1f} s\n")
        sys.stderr.flush()


def track(items: Iterable[T], progress: Progress, desc: str, unit: str = "pages") -> Iterable[T]:
    """``items``, reported as they pass according to ``progress``."""
    if progress is False or (progress is None and not _watched()):
        return items
    if callable(progress) and progress is not True:
        return progress(items, desc=desc, unit=unit)  # type: ignore[no-any-return]
    factory: Optional[Callable[..., Any]] = None
    try:
        if _in_notebook():
            from tqdm.notebook import tqdm as factory
        else:
            from tqdm import tqdm as factory
    except ImportError:
        factory = None
    if factory is None:
        return _plain(items, desc, unit)
    return factory(items, desc=desc, unit=unit)  # type: ignore[no-any-return]
