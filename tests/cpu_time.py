"""A pytest plugin for `make test`: the CPU seconds each test module used, summed over the
run's xdist workers, printed after the run beside --durations.

Wall time on a shared 2-core machine says little; CPU time says where the suite's work goes.
A test's CPU is its worker process's (every thread) plus the child processes reaped while it
ran (a child still running at its end, such as the PDF fork server, counts where it is
reaped). The shared sample build counts in the first test that asks for it.
"""

from __future__ import annotations

import resource
from collections import defaultdict
from collections.abc import Iterator

import pytest

SHOWN = 30  # modules listed, the costliest first
_KEY = "cpu_seconds"


def _cpu_seconds() -> float:
    own, children = (resource.getrusage(who)
                     for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


_started: dict[str, float] = {}
_by_module: defaultdict[str, float] = defaultdict(float)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    _started[item.nodeid] = _cpu_seconds()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item,
                              call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    if call.when == "teardown" and item.nodeid in _started:  # the report goes to the controller
        used = _cpu_seconds() - _started.pop(item.nodeid)
        outcome.get_result().user_properties.append((_KEY, used))


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    for key, value in report.user_properties:
        if key == _KEY and report.when == "teardown":
            _by_module[report.nodeid.split("::")[0]] += value


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _by_module:
        return
    total = sum(_by_module.values())
    terminalreporter.section(f"CPU seconds by module (total {total:.0f} s)")
    for module, seconds in sorted(_by_module.items(), key=lambda kv: -kv[1])[:SHOWN]:
        terminalreporter.write_line(f"{seconds:8.1f} s  {100 * seconds / total:5.1f} %  {module}")
