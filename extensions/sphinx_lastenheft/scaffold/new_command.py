"""``python -m sphinx_lastenheft new DIR --company NAME [--language de|en]``: writes a new
project that builds as written (:mod:`.writer`)."""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from sphinx_lastenheft.scaffold.writer import NotEmptyError, languages, write_project

#: The exit status when the folder is not empty, as for a usage error.
NOT_EMPTY = 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("folder", type=Path, help="the new project's folder: new or empty")
    parser.add_argument(
        "--company", required=True, help="the company whose specification it is, e.g. 'Muster GmbH'"
    )
    parser.add_argument(
        "--language",
        choices=languages(),
        default="de",
        help="the language of the pages and of everything generated (default: de)",
    )


def run(args: argparse.Namespace) -> int:
    """The ``new`` command: 0 when written, 2 when the folder is not empty."""
    folder: Path = args.folder
    try:
        written = write_project(folder, args.company, args.language, datetime.date.today())
    except NotEmptyError:
        print(
            f"new: {folder} exists and is not empty; nothing was written. Choose a new folder "
            "or an empty one.",
            file=sys.stderr,
        )
        return NOT_EMPTY
    print(f"new: wrote {len(written)} files to {folder}")
    print(f"build the website with: sphinx-build -n -W -b html {folder} {folder / '_build/html'}")
    print(f"or, in {folder}: make html (the website), make pdf (the PDF)")
    return 0
