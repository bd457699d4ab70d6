"""``python -m sphinx_lastenheft baseline VERSION [--source docs] [--force] [--date YYYY-MM-DD]``:
records a baseline of the project.

The objects come from a quiet build of the project (:mod:`.project_build`), read by the
same code as the build that compares them with the baseline. The file goes to the folder
``lastenheft_baseline_folder`` names (beside conf.py by default: ``baselines/1.0.json``); an
existing baseline is only replaced with ``--force``.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from pathlib import Path

from sphinx.errors import SphinxError

from sphinx_lastenheft.config import PREFIX, InvalidValue, settings, version_name
from sphinx_lastenheft.versions.baseline import Baseline, baseline_file, write_baseline
from sphinx_lastenheft.versions.project_build import quiet_build
from sphinx_lastenheft.views.versions.comparison import current_snapshots


def _version(value: str) -> str:
    try:
        if version_name(value):
            return value
    except InvalidValue:
        pass
    raise argparse.ArgumentTypeError(
        f"{value!r} is no version name: use letters, digits, '.', '-' and '_', e.g. 1.0"
    )


def _exists(target: Path) -> int:
    print(
        f"baseline: {target} exists already; nothing was written. Choose another version, or "
        f"give --force to replace it.",
        file=sys.stderr,
    )
    return 1


def _date(value: str) -> str:
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is no date written YYYY-MM-DD") from None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "version", type=_version, help="the name of the version, e.g. 1.0 (the file's name)"
    )
    parser.add_argument(
        "--source",
        type=Path,
        default=Path("docs"),
        help="the folder with the project's conf.py (default: docs)",
    )
    parser.add_argument(
        "--force", action="store_true", help="replace a baseline of the same version"
    )
    parser.add_argument(
        "--date",
        type=_date,
        default=datetime.date.today().isoformat(),
        help="the day the version was given out, YYYY-MM-DD (default: today)",
    )


def run(args: argparse.Namespace) -> int:
    """The ``baseline`` command: 0 when written, 1 when the baseline exists (without
    --force) or the project cannot be built."""
    source: Path = args.source
    try:
        # The comparison of this build with a baseline would only report a missing one.
        with quiet_build(source, **{f"{PREFIX}baseline": ""}) as build:
            folder = settings(build.app.config).options.baseline_folder
            target = baseline_file(source, folder, args.version)
            # Before the build, which takes a while: a baseline is never replaced unasked.
            if target.exists() and not args.force:
                return _exists(target)
            build.app.build()
            baseline = Baseline(
                args.version, args.date, build.app.config.project, current_snapshots(build.app.env)
            )
            warnings = build.warnings.getvalue()
    except SphinxError as error:
        print(f"baseline: {source} cannot be built: {error}", file=sys.stderr)
        return 1
    if warnings:
        print(f"The build of {source} reported:\n{warnings}", file=sys.stderr)
    try:
        write_baseline(target, baseline, force=args.force)
    except FileExistsError:
        return _exists(target)
    print(f"Baseline {args.version}: {len(baseline.objects)} objects in {os.path.relpath(target)}")
    return 0
