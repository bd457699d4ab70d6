"""The comparison of this build's objects with the baseline conf.py names: read and compared
once per build, once the model is built. A missing or unreadable baseline is a warning at the
line of conf.py that names it, with the command that records it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx_needs.data import SphinxNeedsData

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.model.build_values import build_value
from sphinx_lastenheft.model.store import ordered_ids
from sphinx_lastenheft.versions.baseline import (
    NEED_KEYS,
    BaselineError,
    ObjectSnapshot,
    baseline_file,
    read_baseline,
    snapshots,
)
from sphinx_lastenheft.versions.compare import Comparison, compare
from sphinx_lastenheft.views.links import NONE
from sphinx_lastenheft.warnings_ import WarningSubtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

_COMPARISON = "lastenheft_comparison"


def current_snapshots(env: BuildEnvironment) -> dict[str, ObjectSnapshot]:
    """Every object of this build as a baseline records it, in reading order."""
    needs = SphinxNeedsData(env).get_needs_mutable()
    return snapshots({key: needs[i].get(key) for key in NEED_KEYS} for i in ordered_ids(env))


def baseline_command(srcdir: Path, version: str) -> str:
    """The command that records baseline ``version`` from the sources in ``srcdir``."""
    return f"python -m sphinx_lastenheft baseline {version} --source {os.path.relpath(srcdir)}"


def _available(folder: Path) -> str:
    names = sorted(path.stem for path in folder.glob("*.json")) if folder.is_dir() else []
    return ", ".join(names) or NONE


def _compare(env: BuildEnvironment) -> Comparison | None:
    project = settings(env.config)
    version = project.options.baseline
    if not version:
        return None
    confdir = project.conf_file.parent if project.conf_file else Path(env.srcdir)
    path = baseline_file(confdir, project.options.baseline_folder, version)
    say = project.texts.messages
    command = baseline_command(Path(env.srcdir), version)
    where = project.conf_location("lastenheft_baseline")
    try:
        baseline = read_baseline(path, version)
    except FileNotFoundError:
        message = say.baseline_missing.format(
            version=version, file=path, available=_available(path.parent), command=command
        )
        warn(WarningSubtype.BASELINE, message, where)
        return None
    except (OSError, BaselineError) as error:
        message = say.baseline_malformed.format(
            version=version, file=path, reason=error, command=command
        )
        warn(WarningSubtype.BASELINE, message, where)
        return None
    return compare(baseline, current_snapshots(env))


def comparison(env: BuildEnvironment) -> Comparison | None:
    """The changes since the baseline of this build; None without a (readable) baseline."""
    found: Comparison | None = build_value(env, _COMPARISON, lambda: _compare(env))
    return found


def compare_once(app: Sphinx, env: BuildEnvironment) -> None:
    """Compare in every build, so that a broken baseline is reported whatever is written."""
    comparison(env)


def setup_comparison(app: Sphinx) -> None:
    # After the model is built (env-updated, 400), before the pages to write are chosen
    # (600): the marks and the chapter are among what pages show.
    app.connect("env-updated", compare_once, priority=500)
