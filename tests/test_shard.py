"""Sharding: N machines build disjoint parts whose union is the single build."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from handoutkit.cli import main
from handoutkit.pipeline.shard import ShardError, parse_shard, select, shard_from_environment
from tests.helpers import ROOT, choose_voices, front_matter

pytestmark = pytest.mark.slow

NAMES = [f"topic-{n}" for n in range(12)]


def test_every_handout_is_in_exactly_one_shard() -> None:
    paths = [Path(f"{name}.md") for name in NAMES]
    shards = [select(paths, (k, 3)) for k in (1, 2, 3)]
    assert sorted(p for shard in shards for p in shard) == sorted(paths)
    assert all(shards), "12 names should spread over all three shards"
    assert select(paths, (2, 3)) == select(list(reversed(paths)), (2, 3))[::-1]


@pytest.mark.parametrize(("env", "expected"), [
    ({"SHARD": "2/3"}, (2, 3)),
    ({"JOB_COMPLETION_INDEX": "0", "SHARD_COUNT": "4"}, (1, 4)),
    ({"SLURM_ARRAY_TASK_ID": "7", "SLURM_ARRAY_TASK_MIN": "5", "SLURM_ARRAY_TASK_COUNT": "3"},
     (3, 3)),
    ({"CI_NODE_INDEX": "2", "CI_NODE_TOTAL": "2"}, (2, 2)),
    ({}, None),
])
def test_shard_comes_from_the_batch_system(env: dict[str, str], expected) -> None:
    assert shard_from_environment(env) == expected


@pytest.mark.parametrize("text", ["0/3", "4/3", "two/3", "3"])
def test_bad_shards_are_refused(text: str) -> None:
    with pytest.raises(ShardError):
        parse_shard(text)
    with pytest.raises(ShardError, match="SHARD_COUNT"):
        shard_from_environment({"JOB_COMPLETION_INDEX": "1"})


def test_three_shards_by_make_merge_into_the_single_build(tmp_path: Path) -> None:
    handouts = tmp_path / "handouts"
    handouts.mkdir()
    choose_voices(handouts, en="piper")  # the quicker voice: the shards are the subject
    for name in NAMES[:4]:
        (handouts / f"{name}.md").write_text(
            front_matter(title=name.replace("-", " ")) + f"\n## About\n\nThis is {name}.\n")
    env = {**os.environ, "MAKEFLAGS": ""}

    def make(build: Path, *extra: str, **variables: str) -> None:
        result = subprocess.run(
            ["make", "-C", str(ROOT), f"HANDOUTS_DIR={handouts}", f"BUILD_DIR={build}",
             "-j2", "all", *extra], capture_output=True, text=True, env={**env, **variables},
            timeout=600)
        assert result.returncode == 0, result.stderr

    make(tmp_path / "single")
    make(tmp_path / "shard-1", "SHARD=1/3")
    make(tmp_path / "shard-2", JOB_COMPLETION_INDEX="1", SHARD_COUNT="3")
    make(tmp_path / "shard-3", "SHARD=3/3")
    parts = [{p.name for p in (tmp_path / f"shard-{k}" / "pdf").glob("*.pdf")} for k in (1, 2, 3)]
    assert not (parts[0] & parts[1] or parts[1] & parts[2] or parts[0] & parts[2])

    merged = tmp_path / "merged"
    assert main(["merge", "--quiet", "--handouts-dir", str(handouts), "--build-dir", str(merged),
                 "--from", *(str(tmp_path / f"shard-{k}") for k in (1, 2, 3))]) == 0
    single = sorted((tmp_path / "single" / "pdf").glob("*.pdf"))
    assert [p.name for p in single] == sorted(parts[0] | parts[1] | parts[2])
    for pdf in single:
        assert (merged / "pdf" / pdf.name).read_bytes() == pdf.read_bytes()
    for folder in ("audio", "html"):
        assert _names(merged / folder) == _names(tmp_path / "single" / folder)
    catalogue = (merged / "index.html").read_text(encoding="utf-8")
    assert all(name.replace("-", " ") in catalogue for name in NAMES[:4])


def _names(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}
