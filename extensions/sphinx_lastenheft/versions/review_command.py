"""``python -m sphinx_lastenheft review [IDS...] [--all] [--source docs]``: marks links reviewed.

For each object named (or every activity, requirement and acceptance test with ``--all``)
the command writes the current fingerprint of each link target into the object's
``:reviewed:`` option, in its Markdown (or reStructuredText) source. Only that one line is
added or rewritten; every other byte of the file stays as it was.

The fingerprints come from a quiet build of the project (:mod:`.project_build`): the same
objects, read by the same code, as the build that compares them, so what the command
records is what the build finds.
"""

from __future__ import annotations

import argparse
import codecs
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sphinx.application import Sphinx
from sphinx.errors import SphinxError

from sphinx_lastenheft.config import PREFIX, settings
from sphinx_lastenheft.versions.fingerprints import format_reviewed
from sphinx_lastenheft.versions.project_build import quiet_build
from sphinx_lastenheft.versions.source_edit import SourceEditError, set_option
from sphinx_lastenheft.views.versions.review_state import ReviewState, review_state
from sphinx_lastenheft.vocabulary import REVIEWED_LINKS

#: The option the command writes.
OPTION = "reviewed"


@dataclass(frozen=True)
class Update:
    """The ``:reviewed:`` value to write for one object, and the source file it is in."""

    owner: str
    path: Path
    filetype: str
    value: str


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "ids",
        nargs="*",
        metavar="ID",
        help="the activities, requirements and acceptance tests whose links you reviewed",
    )
    parser.add_argument(
        "--all",
        action="store_true",
        help="mark the links of every activity, requirement and acceptance test reviewed",
    )
    parser.add_argument(
        "--source",
        type=Path,
        default=Path("docs"),
        help="the folder with the project's conf.py (default: docs)",
    )


def _filetype(app: Sphinx, path: Path) -> str:
    suffixes: dict[str, str] = dict(app.config.source_suffix)
    return next((kind for suffix, kind in suffixes.items() if path.name.endswith(suffix)), "")


def plan(app: Sphinx, state: ReviewState, ids: Sequence[str], everything: bool) -> list[Update]:
    """What to write for the objects ``ids`` (every owner with ``everything``); raises
    LookupError naming the IDs that are no such object."""
    project = settings(app.config)
    problems = []
    for object_id in ids:
        if object_id in state.links:
            continue
        if object_id in state.fingerprints:
            owners = ", ".join(project.type_title(kind) for kind in REVIEWED_LINKS)
            problems.append(f"'{object_id}' records no reviewed links: only {owners} do")
        else:
            problems.append(f"no object has the ID '{object_id}'")
    if problems:
        raise LookupError("; ".join(problems))
    updates = []
    for owner in state.links if everything else dict.fromkeys(ids):
        review = state.links[owner]
        current = review.current(state.fingerprints)
        if not current and not review.reviewed.fingerprints:
            continue  # no link to review, nothing recorded to correct
        path = Path(app.env.doc2path(review.location.docname))
        updates.append(Update(owner, path, _filetype(app, path), format_reviewed(current)))
    return updates


def _byte_exact(encoding: str) -> str:
    """The codec that reads and writes a file of ``encoding`` back to the same bytes:
    Sphinx's default, utf-8-sig, drops a byte order mark when it reads and adds one when it
    writes; UTF-8 keeps one as a character and adds none."""
    return "utf-8" if codecs.lookup(encoding).name == "utf-8-sig" else encoding


def write(updates: Sequence[Update], encoding: str) -> dict[Path, list[str]]:
    """Write the updates into their files; the objects whose line changed, by file. Every
    file is edited in memory first, so a file that cannot be edited leaves all unwritten;
    a file that does not change is not written."""
    codec = _byte_exact(encoding)
    by_path: dict[Path, list[Update]] = {}
    for update in updates:
        by_path.setdefault(update.path, []).append(update)
    edited: dict[Path, str] = {}
    changed: dict[Path, list[str]] = {}
    for path, file_updates in by_path.items():
        original = text = path.read_bytes().decode(codec)
        for update in file_updates:
            try:
                new = set_option(text, update.filetype, update.owner, OPTION, update.value)
            except SourceEditError as error:
                raise SourceEditError(f"{path}: {error}") from None
            if new != text:
                changed.setdefault(path, []).append(update.owner)
            text = new
        if text != original:
            edited[path] = text
    for path, text in edited.items():
        path.write_bytes(text.encode(codec))
    return changed


def run(args: argparse.Namespace) -> int:
    """The ``review`` command: 0 when done, 1 when an ID or a source cannot be handled or
    the project cannot be built, 2 when nothing is named."""
    if not args.ids and not args.all:
        print("review: name the IDs whose links you reviewed, or --all", file=sys.stderr)
        return 2
    source: Path = args.source
    try:
        # Suspects are what this command clears: they must not stop its build.
        with quiet_build(source, **{f"{PREFIX}suspect_links_fail": False}) as build:
            build.app.build()
            state = review_state(build.app.env)
            updates = plan(build.app, state, args.ids, args.all)
            changed = write(updates, build.app.config.source_encoding)
            warnings = build.warnings.getvalue()
    except SphinxError as error:
        print(f"review: {source} cannot be built: {error}", file=sys.stderr)
        return 1
    except (LookupError, SourceEditError, UnicodeError) as error:
        print(f"review: {error}. Nothing was written.", file=sys.stderr)
        return 1
    if warnings:
        print(f"The build of {source} reported:\n{warnings}", file=sys.stderr)
    for path, owners in changed.items():
        print(f"{os.path.relpath(path)}: {', '.join(owners)} reviewed")
    print(
        f"{sum(map(len, changed.values()))} of {len(updates)} objects updated; the others "
        f"recorded their links as reviewed already."
    )
    return 0
