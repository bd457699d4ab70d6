"""``python -m sphinx_lastenheft <command>``: the commands around a Lastenheft's sources, one
function per command that adds its parser."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from sphinx_lastenheft.scaffold import new_command
from sphinx_lastenheft.versions import baseline_command, review_command


def baseline(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "baseline",
        help="record a baseline: every object of the project as this version gives it out",
        description="Record a baseline of the project: a JSON file with every object as this "
        "version gives it out, which later builds compare with (lastenheft_baseline).",
    )
    baseline_command.add_arguments(parser)
    parser.set_defaults(run=baseline_command.run)


def review(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "review",
        help="mark links reviewed: record the current fingerprint of each link target",
        description="Mark the links of the objects named (activities, requirements, acceptance "
        "tests) reviewed: write the current fingerprint of each link target into the object's "
        "':reviewed:' option in its source. Only that line of the file changes.",
    )
    review_command.add_arguments(parser)
    parser.set_defaults(run=review_command.run)


def new(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "new",
        help="write a new project: a short Lastenheft that builds as written",
        description="Write a new Lastenheft project into a new or empty folder: conf.py, a "
        "start page, the method, an organisation with two roles and two systems, a customer "
        "scene with its swimlane, requirements, an acceptance test, a Makefile and a GitHub "
        "Pages workflow. Nothing is ever overwritten.",
    )
    new_command.add_arguments(parser)
    parser.set_defaults(run=new_command.run)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m sphinx_lastenheft", description="Commands around a Lastenheft's sources."
    )
    commands = parser.add_subparsers(title="commands", required=True, metavar="COMMAND")
    new(commands)
    baseline(commands)
    review(commands)
    args = parser.parse_args(argv)
    status: int = args.run(args)
    return status


if __name__ == "__main__":
    sys.exit(main())
