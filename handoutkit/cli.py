"""Command line: `python -m handoutkit build|check|pdf|audio|html|index|setup …`; only it prints."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from handoutkit import __version__
from handoutkit.config import load_config
from handoutkit.errors import HandoutError
from handoutkit.files import Layout, find_handouts, handout_name, remove_stale_parts
from handoutkit.jobs import job_count
from handoutkit.pipeline.builder import Builder, BuildReport, check, os_failure
from handoutkit.pipeline.merge import merge_builds
from handoutkit.pipeline.shard import ShardError, parse_shard, select, shard_from_environment
from handoutkit.pipeline.withdraw import left_behind, withdraw
from handoutkit.writers import WRITER_NAMES

PACKAGE_TEMPLATES = Path(__file__).resolve().parent / "templates"  # package data (see README)
CATALOGUE = "index.html"  # in the build folder (README, "Where the outputs are")
DEFAULT_PORT = 8000
MAX_PORT = 65535


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit code."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.ERROR,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.run(args)
    except HandoutError as exc:
        print(exc, file=sys.stderr)
        if args.traceback:
            traceback.print_exc()
        return 1
    except OSError as exc:  # outside any one handout, e.g. the build folder cannot be made
        print(f"handoutkit: {exc.filename or 'a file'}: {exc.strerror or exc}", file=sys.stderr)
        if args.traceback:
            traceback.print_exc()
        return 1
    except KeyboardInterrupt:
        print("handoutkit: interrupted", file=sys.stderr)
        return 130
    except ImportError as exc:
        if not _caused_by_interrupt(exc):
            raise
        print("handoutkit: interrupted", file=sys.stderr)
        return 130


def _caused_by_interrupt(exc: BaseException) -> bool:
    """Ctrl-C while an extension module loads (onnxruntime does so lazily, on the first
    reading) surfaces as an ImportError raised from the KeyboardInterrupt."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, KeyboardInterrupt):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="handoutkit",
        description="Turn Markdown handouts into large-print PDFs, MP3 readings and web pages.")
    parser.add_argument("--version", action="version", version=f"handoutkit {__version__}")
    commands = parser.add_subparsers(required=True, metavar="COMMAND")
    build = _command(commands, "build", "build every output of the handouts and, with the "
                     "web pages, the catalogue")
    build.add_argument("--formats", default=",".join(WRITER_NAMES),
                       help="comma-separated output kinds (default: %(default)s)")
    for kind in WRITER_NAMES:
        one = _command(commands, kind, f"build only the {kind} output of the handouts"
                       + (" and the catalogue" if kind == "html" else ""))
        one.set_defaults(formats=kind)
    for cmd in (build, *(commands.choices[kind] for kind in WRITER_NAMES)):
        cmd.add_argument("-j", "--jobs", type=int, default=job_count(os.environ),
                         help="handouts to build at once (default: make's -jN, else every "
                              "core: %(default)s)")
        cmd.set_defaults(run=_run_build)
    index = _command(commands, "index", "write the catalogue page, after every other output")
    index.set_defaults(run=_run_index)
    merge = _command(commands, "merge", "copy shard build folders into --build-dir and "
                     "write the catalogue of all handouts")
    merge.add_argument("--from", dest="shards", type=Path, nargs="+", required=True,
                       metavar="SHARD_BUILD_DIR")
    merge.set_defaults(run=_run_merge)
    serve = _command(commands, "serve", "build, then serve build/ to a browser on this "
                     "computer and rebuild whenever a handout or setting is saved")
    # Read as text and checked only when serving: a bad PORT in the environment must not
    # break every other command, and a bad port gets one line, not argparse's usage text.
    serve.add_argument("--port", default=None,
                       help=f"port on 127.0.0.1 (default: PORT, else {DEFAULT_PORT}; 0: any free)")
    serve.add_argument("-j", "--jobs", type=int, default=job_count(os.environ),
                       help="handouts to build at once (default: %(default)s)")
    serve.set_defaults(run=_run_serve)
    lint = _command(commands, "check", "check handouts and print warnings and reading grades")
    lint.add_argument("--strict", action="store_true", help="treat warnings as errors")
    lint.set_defaults(run=_run_check)
    _say_command(commands)
    text = "print which voice reads each language, its licence and how well it is heard"
    voices = commands.add_parser("voices", help=text, description=text)
    voices.add_argument("langs", nargs="*", metavar="LANG", help="language tags (default: all)")
    voices.add_argument("--handouts-dir", type=Path, default=_env_path("HANDOUTS_DIR", "handouts"),
                        help="folder whose clinic.yaml `voices:` applies, if it has one")
    voices.add_argument("--traceback", action="store_true", help="show tracebacks on errors")
    voices.set_defaults(run=_run_voices, verbose=False)
    approve = _command(commands, "approve", "record that a clinician approved the handouts "
                       "as they are now (approved_by:, approved:, approved_digest:)")
    approve.add_argument("--by", required=True, metavar='"NAME, ROLE"',
                         help='who approves them, e.g. --by "Dr Ana Ruiz, Obstetrician"')
    approve.set_defaults(run=_run_approve)
    setup = commands.add_parser("setup", help="install the Kokoro voice's files (`make setup`)")
    setup.add_argument("--traceback", action="store_true", help="show tracebacks on errors")
    setup.set_defaults(run=_run_setup, verbose=False)
    return parser


def _say_command(commands: argparse._SubParsersAction) -> None:
    text = "print the words the voice will say for TEXT, or for each line of standard input"
    say = commands.add_parser("say", help=text, description=text)
    say.add_argument("text", nargs="?", help="the phrase (default: read lines from stdin)")
    say.add_argument("--lang", default="en", help="language tag, e.g. es-US (default: en)")
    say.add_argument("--handouts-dir", type=Path, default=_env_path("HANDOUTS_DIR", "handouts"),
                     help="folder whose pronunciations.yaml applies, if it has one")
    say.add_argument("--rules", action="store_true", help="also name the rules that applied")
    say.add_argument("-v", "--verbose", action="store_true", help="log every step")
    say.add_argument("--traceback", action="store_true", help="show tracebacks on errors")
    say.set_defaults(run=_run_say)


def _command(commands: argparse._SubParsersAction, name: str, text: str) -> argparse.ArgumentParser:
    cmd = commands.add_parser(name, help=text, description=text)
    cmd.add_argument("handouts", nargs="*", type=Path,
                     help="handout files (default: every .md in the handouts folder)")
    cmd.add_argument("--handouts-dir", type=Path, default=_env_path("HANDOUTS_DIR", "handouts"))
    cmd.add_argument("--build-dir", type=Path, default=_env_path("BUILD_DIR", "build"))
    cmd.add_argument("--templates-dir", type=Path, default=PACKAGE_TEMPLATES)
    cmd.add_argument("--cache-dir", type=Path, default=_env_path("HANDOUTKIT_CACHE_DIR", ".cache"),
                     help="voiced sentences, shared by every build folder that names it "
                          "(default: HANDOUTKIT_CACHE_DIR, else %(default)s)")
    cmd.add_argument("--shard", metavar="K/N",
                     help="build only shard K of N (default: SHARD or the batch system's "
                          "task index, see README)")
    cmd.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    cmd.add_argument("-v", "--verbose", action="store_true", help="log every step")
    cmd.add_argument("--traceback", action="store_true", help="show tracebacks on errors")
    return cmd


def _today() -> dt.date:
    """The date review dates are counted from: HANDOUTKIT_TODAY (YYYY-MM-DD, for tests and
    for checking ahead), else the computer's date. The only place the build reads it."""
    text = os.environ.get("HANDOUTKIT_TODAY")
    if not text:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise HandoutError(f"handoutkit: HANDOUTKIT_TODAY={text!r} is not a date — write it "
                           "as YYYY-MM-DD, or unset it to use today's date") from None


def _env_path(name: str, default: str) -> Path:
    return Path(os.environ.get(name) or default)


def _layout(args: argparse.Namespace) -> Layout:
    return Layout(args.handouts_dir, args.build_dir, args.templates_dir, args.cache_dir)


def _layout_and_paths(args: argparse.Namespace) -> tuple[Layout, list[Path]]:
    """The project's folders and the handouts to work on: those named, else the selection."""
    layout = _layout(args)
    return layout, list(args.handouts) or _selection(layout, args)


def _selection(layout: Layout, args: argparse.Namespace) -> list[Path]:
    """Every handout in the folder, or this machine's shard of them."""
    if not layout.handouts_dir.is_dir():
        raise HandoutError(f"{layout.handouts_dir}: no such folder — set HANDOUTS_DIR "
                           "to the folder that holds your .md handouts")
    return select(find_handouts(layout.handouts_dir), _shard(args))


def _shard(args: argparse.Namespace) -> tuple[int, int] | None:
    """This machine's shard K/N: --shard, SHARD or the batch system's task index."""
    try:
        return parse_shard(args.shard) if args.shard else shard_from_environment(os.environ)
    except ShardError as exc:
        raise HandoutError(f"handoutkit: {exc}") from None


def _withdraw(layout: Layout, shard: tuple[int, int] | None) -> None:
    """Remove what deleted handouts left in the build folder; one line each, even --quiet
    (published advice disappearing must never be silent)."""
    present = {handout_name(path) for path in find_handouts(layout.handouts_dir)}
    if not present:  # a mistyped HANDOUTS_DIR must not empty a published build folder
        if left_behind(layout):
            print(f"handoutkit: {layout.handouts_dir} has no handouts, so nothing was withdrawn "
                  f"from {layout.build_dir} — `make clean` empties it", file=sys.stderr)
        return
    for withdrawn in withdraw(layout, present, shard):
        print(withdrawn)


def _run_build(args: argparse.Namespace) -> int:
    layout, paths = _layout_and_paths(args)
    kinds = [k.strip() for k in args.formats.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in WRITER_NAMES]
    if unknown:
        raise HandoutError(f"unknown output kind {', '.join(unknown)}; "
                           f"use {', '.join(WRITER_NAMES)}")
    if "pdf" in kinds and args.jobs > 1:  # WeasyPrint loads for the workers meanwhile
        from handoutkit.writers.pdf.pool import start_early

        start_early()
    config = load_config(layout.handouts_dir)
    builder = Builder(layout, config, kinds, jobs=args.jobs, today=_today())
    for folder in (layout.build_dir, layout.cache_dir):  # a killed build's temporary files
        remove_stale_parts(folder)
    _withdraw(layout, _shard(args))
    report = builder.build(paths, on_output=_printer(args))
    _write_library(builder, _selection(layout, args), args)  # lists every built handout
    return _finish(report)


def _run_check(args: argparse.Namespace) -> int:
    layout, paths = _layout_and_paths(args)
    report = check(layout, load_config(layout.handouts_dir), paths, _today())
    for path, score in report.scores.items():
        if not args.quiet:
            print(f"{path}: reading grade {score.flesch_kincaid:.1f} (Flesch–Kincaid), "
                  f"SMOG {score.smog:.1f}, {score.words} words")
    for path, version in report.versions.items():
        if not args.quiet:
            print(f"{path}: version {version} (its translations record it as "
                  f"'translated_from: {version}')")
    if not args.quiet:
        _print_findings(layout, paths)
    status = _finish(report)
    return 1 if status == 0 and args.strict and report.warnings else status


def _print_findings(layout: Layout, paths: list[Path]) -> None:
    """The audit's findings per handout (build/audit.html has the same)."""
    from handoutkit.audit.output import audit_entries  # loaded only here
    from handoutkit.audit.text import finding_lines

    config = load_config(layout.handouts_dir)
    for entry, path in zip(audit_entries(layout, config, paths, _today(), keep=False), paths,
                           strict=True):
        for line in finding_lines(entry):
            print(f"{path.parent}/{line}" if not line.startswith(" ") else line)


def _run_say(args: argparse.Namespace) -> int:
    from handoutkit.speech.preview import spoken_lines  # loaded only here

    overrides = dict(load_config(args.handouts_dir).pronunciations)
    lines = [args.text] if args.text is not None else sys.stdin
    for said in spoken_lines(lines, args.lang, overrides, args.rules):
        print(said, flush=True)  # one line out per line in, for a pipe
    return 0


def _run_voices(args: argparse.Namespace) -> int:
    from handoutkit.voice_table import table

    print(table(load_config(args.handouts_dir), args.langs))
    return 0


def _printer(args: argparse.Namespace) -> Callable[[Path], None]:
    """Prints each output written, unless --quiet."""
    return lambda path: None if args.quiet else print(f"  {path}")


def _run_index(args: argparse.Namespace) -> int:
    layout, paths = _layout_and_paths(args)
    builder = Builder(layout, load_config(layout.handouts_dir), ["html"], today=_today())
    _write_library(builder, paths, args)
    return 0


def _run_serve(args: argparse.Namespace) -> int:
    from handoutkit.serve.run import serve  # loaded only here: watchfiles, http.server

    layout = _layout(args)
    _selection(layout, args)  # a missing handouts folder: the usual one-line error
    port = serve_port(args.port if args.port is not None else os.environ.get("PORT"))
    serve(layout, args.jobs, port, say=lambda line: print(line, flush=True))
    return 0


def serve_port(given: str | None) -> int:
    """The preview's port from --port or PORT: a whole number 0-65535 (0: any free one)."""
    text = (given or "").strip()
    if not text:
        return DEFAULT_PORT
    if not (text.isascii() and text.isdigit() and len(text) <= 5 and int(text) <= MAX_PORT):
        raise HandoutError(f"handoutkit: PORT '{text[:20]}' is not a port number — use a "
                           f"number from 1024 to {MAX_PORT}, e.g. make serve PORT=8123")
    return int(text)


def _run_merge(args: argparse.Namespace) -> int:
    layout = _layout(args)
    present = {handout_name(path) for path in find_handouts(layout.handouts_dir)}
    merge_builds(args.shards, layout.build_dir, present)
    _withdraw(layout, None)  # the merged folder had them from an earlier merge
    builder = Builder(layout, load_config(layout.handouts_dir), ["html"], today=_today())
    _write_library(builder, find_handouts(layout.handouts_dir), args)
    return 0


def _write_library(builder: Builder, paths: list[Path], args: argparse.Namespace) -> None:
    """The catalogue; a disk error names it and the fix ("a file: No space left on device"
    was all it said: a failed write() carries no file name)."""
    try:
        builder.finish(paths, _printer(args))
    except OSError as exc:
        build_dir = builder.layout.build_dir
        raise os_failure(Path("handoutkit"), exc, build_dir, build_dir / CATALOGUE) from None


def _run_approve(args: argparse.Namespace) -> int:
    from handoutkit.checks.approval import approve  # loaded only here

    if not args.handouts:  # never every handout at once: each needs reading first
        raise HandoutError("handoutkit: name the handouts to approve, e.g. handoutkit approve "
                           'handouts/back-pain.md --by "Dr Ana Ruiz, Obstetrician"')
    layout, paths = _layout_and_paths(args)
    for path in paths:
        digest = approve(path, layout.handouts_dir, args.by, _today())
        if not args.quiet:
            print(f"{path}: approved by {' '.join(args.by.split())} (approved_digest: {digest})")
    return 0


def _run_setup(args: argparse.Namespace) -> int:
    from handoutkit.speech.kokoro_files import install  # numpy and tarfile, loaded only here

    for path in install():
        print(f"  {path}")
    return 0


def _finish(report: BuildReport) -> int:
    """Print warnings and failures; exit status 1 if any handout failed."""
    for warning in report.warnings:
        print(warning, file=sys.stderr)
    for exc in report.failed.values():
        print(exc, file=sys.stderr)
    if report.failed:
        names = ", ".join(str(p) for p in report.failed)
        print(f"handoutkit: {len(report.failed)} handout(s) failed: {names}", file=sys.stderr)
        return 1
    return 0
