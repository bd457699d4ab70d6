"""``{vendor}``: a vendor of the selection, its facts and the files of its answers and demo
scores.

The files are read when the page is read (and noted as its dependencies, so an edited answer
file rebuilds the page); the rows are checked against the requirements once every page is
read, and every problem is reported then, in every build.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx import addnodes

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.model.build_values import build_value
from sphinx_lastenheft.model.selection import AnswerFile, CheckedVendor, DemoSheet, Vendor
from sphinx_lastenheft.model.store import get_model
from sphinx_lastenheft.sources.pages import PerDocumentCollector
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.views.base import ViewDirective
from sphinx_lastenheft.views.inputs import Read
from sphinx_lastenheft.views.rebuilds import register_input
from sphinx_lastenheft.views.selection.answers_check import check_answers
from sphinx_lastenheft.views.selection.answers_reader import read_answers
from sphinx_lastenheft.views.selection.demo_reader import check_demo, read_demo
from sphinx_lastenheft.vocabulary import split_values
from sphinx_lastenheft.warnings_ import Location, WarningSubtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

_CHECKED = "lastenheft_checked_vendors"
_File = TypeVar("_File", AnswerFile, DemoSheet)


def _paths(value: str | None) -> list[str]:
    return list(split_values((value or "").replace("\n", ",")))


class VendorDirective(ViewDirective):
    """``{vendor} Name`` with ``:id:``, ``:answers:`` (XLSX or CSV files of the filled
    questionnaire), ``:answered:`` (the date of the answer), ``:price:`` (the 5-year cost in
    EUR, without the person-days), ``:shortlisted:`` and ``:demo:`` (filled demo scoring
    sheets). It shows where the vendor's answers come from."""

    view = "vendor"
    required_arguments = 1
    final_argument_whitespace = True
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        "id": directives.unchanged,
        "answers": directives.unchanged,
        "answered": directives.unchanged,
        "price": directives.unchanged,
        "shortlisted": directives.flag,
        "demo": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        _source, lineno = self.get_source_info()
        location = Location(self.env.docname, lineno or self.lineno)
        name = self.arguments[0]
        vendor_id = (self.options.get("id") or "").strip()
        if not vendor_id:
            warn(
                WarningSubtype.MISSING_ID,
                settings(self.config).texts.messages.vendor_missing_id.format(name=name),
                location,
            )
            return []
        vendor = Vendor(
            id=vendor_id,
            name=name,
            location=location,
            answered=(self.options.get("answered") or "").strip(),
            price=self._price(location),
            answers=tuple(
                self._read(path, read_answers) for path in _paths(self.options.get("answers"))
            ),
            demos=tuple(self._read(path, read_demo) for path in _paths(self.options.get("demo"))),
            shortlisted="shortlisted" in self.options,
        )
        vendors_by_doc(self.env).setdefault(self.env.docname, []).append(vendor)
        node = self.placeholder(vendor=vendor_id)
        # Sphinx copies each file it finds in a download reference to the website.
        for path, file in [(a.path, a.file) for a in vendor.answers] + [
            (d.path, d.file) for d in vendor.demos
        ]:
            if Path(self.env.srcdir, file).is_file():
                text = path.rsplit("/", 1)[-1]
                node += addnodes.download_reference(
                    "", "", nodes.literal(text, text), reftarget=path
                )
        target = nodes.target("", "", ids=[nodes.make_id(vendor_id)])
        return [target, node]

    def _price(self, location: Location) -> float | None:
        written = (self.options.get("price") or "").strip()
        if not written:
            return None
        try:
            return float(written.replace("_", "").replace(" ", ""))
        except ValueError:
            warn(
                WarningSubtype.UNKNOWN_VALUE,
                settings(self.config).texts.messages.vendor_price.format(value=written),
                location,
            )
            return None

    def _read(self, written: str, reader: Callable[[Path, str, str, Messages], _File]) -> _File:
        relative, absolute = self.env.relfn2path(written, self.env.docname)
        self.env.note_dependency(relative)
        say = settings(self.config).texts.messages
        return reader(Path(absolute), written, Path(relative).as_posix(), say)


class VendorCollector(PerDocumentCollector[list[Vendor]]):
    """The vendors of each page."""

    key = "lastenheft_vendors"


def vendors_by_doc(env: BuildEnvironment) -> dict[str, list[Vendor]]:
    return VendorCollector.data(env)


def vendor_contents(env: BuildEnvironment) -> dict[str, str]:
    """Each vendor as its views show it, by vendor ID: its facts and its checked answers,
    which also change when a requirement changes after the answer."""
    checked = checked_vendors(env)
    return {vendor_id: repr(result) for vendor_id, result in checked.items()}


def vendor_input(vendor_id: str) -> Read:
    """The input of a view that shows the vendor ``vendor_id``."""
    return Read("vendor", vendor_id)


def _check(env: BuildEnvironment) -> tuple[dict[str, CheckedVendor], list[Vendor]]:
    """Every vendor checked against the requirements, by ID; and the vendors whose ID an
    earlier one already has."""
    model = get_model(env)
    project = settings(env.config)
    checked: dict[str, CheckedVendor] = {}
    repeated: list[Vendor] = []
    for docname in sorted(vendors_by_doc(env)):
        for vendor in vendors_by_doc(env)[docname]:
            if vendor.id in checked:
                repeated.append(vendor)
                continue
            result = check_answers(vendor, model, project)
            result.demo_points, demo_problems = check_demo(vendor, model, project.texts.messages)
            result.problems.extend(demo_problems)
            checked[vendor.id] = result
    return checked, repeated


def _checked(env: BuildEnvironment) -> tuple[dict[str, CheckedVendor], list[Vendor]]:
    # Once per build: the views' inputs need it before the pages are written, the reports
    # and the views after.
    value: tuple[dict[str, CheckedVendor], list[Vendor]] = build_value(
        env, _CHECKED, lambda: _check(env)
    )
    return value


def check_vendors(app: Sphinx, builder: Builder) -> None:
    """Report every problem of the vendors' files, repeated vendor IDs and an unknown chosen
    vendor."""
    env = builder.env
    project = settings(env.config)
    say = project.texts.messages
    checked, repeated = _checked(env)
    for vendor in repeated:
        first = checked[vendor.id].vendor.location
        warn(
            WarningSubtype.DUPLICATE_ID,
            say.duplicate_vendor.format(
                id=vendor.id, where=f"{env.doc2path(first.docname, False)}:{first.lineno}"
            ),
            vendor.location,
        )
    for result in checked.values():
        demo_files = [demo.file for demo in result.vendor.demos]
        for problem in result.problems:
            subtype = (
                WarningSubtype.DEMO_SCORES
                if any(problem.location.path.endswith(file) for file in demo_files)
                else WarningSubtype.VENDOR_ANSWERS
            )
            where = problem.location
            warn(subtype, where.sheet_prefix(say) + problem.message, where)
    chosen = project.options.chosen_vendor
    if chosen and chosen not in checked:
        known = ", ".join(checked) or say.none_yet
        warn(
            WarningSubtype.SELECTION,
            say.unknown_chosen_vendor.format(id=chosen, known=known),
            project.conf_location("lastenheft_chosen_vendor"),
        )


def checked_vendors(env: BuildEnvironment) -> dict[str, CheckedVendor]:
    """The vendors of this build by ID, in the order they are written."""
    return _checked(env)[0]


def chosen_solutions(env: BuildEnvironment) -> tuple[str, dict[str, str]] | None:
    """The chosen vendor's name and its solution text per requirement; None until a vendor
    is chosen (lastenheft_chosen_vendor)."""
    checked = checked_vendors(env).get(settings(env.config).options.chosen_vendor)
    if checked is None:
        return None
    return checked.vendor.name, {r: a.solution for r, a in checked.answers.items()}


def setup_vendors(app: Sphinx) -> None:
    app.add_env_collector(VendorCollector)
    register_input("vendor", vendor_contents)
    # After the model is built (env-updated), in every build.
    app.connect("write-started", check_vendors, priority=460)
