"""Loaded by every Python process of a build that `bench/timeline_print.py` runs (it puts
this folder on PYTHONPATH): each process appends what it does, with the time and its CPU
time, to the file HANDOUTKIT_TIMELINE names. Nothing in handoutkit knows of it: the steps
are timed by wrapping functions as their modules are imported."""

from __future__ import annotations

import atexit
import functools
import importlib.abc
import importlib.util
import os
import sys
import time
from typing import Any

PATH = os.environ.get("HANDOUTKIT_TIMELINE")
# module → functions ("Class.method" or "function") whose start and end are logged
WRAPPED = {
    "handoutkit.cli": [],
    "handoutkit.writers.pdf.warm": [],
    "concurrent.futures.process": [],
    "handoutkit.pipeline.builder": ["Builder._load", "Builder._lint_once", "Builder._run",
                                    "Builder.finish", "Builder._build_one"],
    "handoutkit.writers.pdf.pool": ["RenderPool._feed", "RenderPool.queue", "RenderPool.close",
                                    "RenderPool.render"],
    "handoutkit.writers.pdf.render": ["render_pdf"],
}


def log(event: str) -> None:
    """One line: boot-clock seconds, pid, role, event, this process's CPU seconds."""
    line = (f"{time.clock_gettime(time.CLOCK_BOOTTIME):.4f} {os.getpid()} {_role()} "
            f"{event} {time.process_time():.4f}\n")
    fd = os.open(PATH, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(fd, line.encode())
    finally:
        os.close(fd)


_ROLE = ["?"]


def _role() -> str:
    return _ROLE[0]


def _wrap(function: Any, name: str) -> Any:
    @functools.wraps(function)
    def logged(*args: Any, **kwargs: Any) -> Any:
        log(f"{name}:start")
        try:
            return function(*args, **kwargs)
        finally:
            log(f"{name}:end")

    return logged


class _Loader(importlib.abc.Loader):
    def __init__(self, inner: Any, name: str) -> None:
        self.inner, self.name = inner, name

    def create_module(self, spec: Any) -> Any:
        return self.inner.create_module(spec)

    def exec_module(self, module: Any) -> None:
        log(f"import:{self.name}:start")
        self.inner.exec_module(module)
        for target in WRAPPED[self.name]:
            owner_name, _, attribute = target.rpartition(".")
            owner = getattr(module, owner_name) if owner_name else module
            if not hasattr(owner, attribute):  # not in this tree's code
                continue
            setattr(owner, attribute, _wrap(getattr(owner, attribute), target))
        log(f"import:{self.name}:end")


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name not in WRAPPED:
            return None
        sys.meta_path.remove(self)
        try:
            spec = importlib.util.find_spec(name)
        finally:
            sys.meta_path.insert(0, self)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loader(spec.loader, name)
        return spec


def _start() -> None:
    with open("/proc/self/cmdline", "rb") as cmdline:
        words = cmdline.read().split(b"\0")
    if b"handoutkit" in words:
        _ROLE[0] = "build"
    elif any(b"multiprocessing.forkserver" in word for word in words):
        _ROLE[0] = "server"
    elif any(b"multiprocessing.resource_tracker" in word for word in words):
        _ROLE[0] = "tracker"
    else:
        return
    with open("/proc/self/stat") as stat:
        started = int(stat.read().rsplit(")", 1)[1].split()[19]) / os.sysconf("SC_CLK_TCK")
    log(f"exec@{started:.2f}")
    log("interpreter-ready")
    sys.meta_path.insert(0, _Finder())
    atexit.register(log, "exit")
    if _ROLE[0] == "server":
        os.register_at_fork(before=lambda: log("fork"), after_in_child=_forked)


def _forked() -> None:
    _ROLE[0] = "worker"
    log("forked")


if PATH:
    _start()
