"""The handbook directives: a role handbook or system overview, placeholders at read time and
tables once the model is built; and the list of all handbook pages for the navigation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.directives.other import TocTree
from sphinx.util.docutils import SphinxDirective

from lastenheft.handbooks.contents import (
    RoleHandbook,
    SystemOverview,
    role_handbook,
    system_overview,
)
from lastenheft.handbooks.rendering import INTRO, Link, role_part, sections, system_part
from lastenheft.handbooks.stubs import KINDS, generate_pages, manifest_path, read_manifest
from lastenheft.handbooks.texts import texts_for
from lastenheft.links import object_reference
from lastenheft.model import ProcessModel
from lastenheft.model_setup import get_model
from lastenheft.vocabulary import ROLE, SYSTEM
from lastenheft.warnings_ import Location, WarningSubtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


class handbook_part(nodes.General, nodes.Element):
    """Stands where a part of a handbook page goes; attributes ``kind`` (role or system),
    ``object``, ``part`` and ``docname``."""


class HandbookDirective(SphinxDirective):
    """``{rolehandbook} R-…`` / ``{systempage} SYS-…``: the page of one role or system.

    It stands at the top level of a page: it adds a section per part, so that the parts are
    in the page's table of contents and the PDF's outline.
    """

    required_arguments = 1
    kind: ClassVar[str]

    def _placeholder(self, object_id: str, part: str) -> handbook_part:
        node = handbook_part(kind=self.kind, object=object_id, part=part, docname=self.env.docname)
        self.set_source_info(node)
        return node

    def run(self) -> list[nodes.Node]:
        object_id = self.arguments[0].strip()
        result: list[nodes.Node] = [self._placeholder(object_id, INTRO)]
        for part, heading in sections(self.kind, texts_for(self.config.language)):
            section = nodes.section("", nodes.title(heading, heading))
            section["names"].append(nodes.fully_normalize_name(heading))
            self.state.document.note_implicit_target(section, section)
            section += self._placeholder(object_id, part)
            result.append(section)
        return result


class RoleHandbookDirective(HandbookDirective):
    kind = ROLE


class SystemPageDirective(HandbookDirective):
    kind = SYSTEM


class HandbooksDirective(TocTree):
    """``{handbooks} roles`` / ``{handbooks} systems``: the table of contents of the generated
    pages, in the order the roles or systems are written; it puts them into the navigation."""

    has_content = False
    required_arguments = 1
    optional_arguments = 0
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = {
        name: TocTree.option_spec[name]
        for name in ("maxdepth", "caption", "hidden", "titlesonly", "name", "class")
    }

    def run(self) -> list[nodes.Node]:
        name = self.arguments[0].strip()
        kind = KINDS.get(name)
        if kind is None:
            raise self.error(
                f"'{{handbooks}} {name}' names no kind of page. Write 'roles' or 'systems'."
            )
        # The manifest changes when a page is added, removed or moved in the list: then this
        # page is read again and its table of contents follows.
        self.env.note_dependency(manifest_path(kind))
        pages = read_manifest(Path(self.env.srcdir), kind)
        if pages is None:
            raise self.error(
                f"The pages of '{{handbooks}} {name}' were not generated: they are made for "
                f"the lists found in the project's source files before reading. Write this "
                f"directive in a page of the project itself, not in an included file."
            )
        self.options.setdefault("maxdepth", 1)
        self.content = StringList(["/" + page for page in pages], self.env.docname)
        return super().run()


def _type_title(env: BuildEnvironment, directive: str) -> str:
    for entry in env.config.needs_types:
        if entry["directive"] == directive:
            return str(entry["title"])
    return directive


def _linker(app: Sphinx, model: ProcessModel, fromdocname: str) -> Link:
    def link(object_id: str, *, named: bool = False) -> nodes.Node:
        try:
            title = model.title_of(object_id)
        except KeyError:  # an object the model left out; its problem is reported elsewhere
            return nodes.Text(object_id)
        reference = object_reference(app, model, fromdocname, object_id)
        reference["reftitle"] = title
        # Only the ID is the link, as in every generated table: it stays on one line.
        return nodes.inline("", "", reference, nodes.Text(f" {title}")) if named else reference

    return link


def resolve_handbooks(app: Sphinx, doctree: nodes.document, fromdocname: str) -> None:
    placeholders = list(doctree.findall(handbook_part))
    if not placeholders:
        return
    env = app.env
    model = get_model(env)
    texts = texts_for(app.config.language)
    link = _linker(app, model, fromdocname)
    type_titles = {kind: _type_title(env, kind) for kind in (ROLE, SYSTEM)}
    # A page's parts share one computation; a PDF resolves all pages at once.
    handbooks: dict[str, RoleHandbook] = {}
    overviews: dict[str, SystemOverview] = {}
    for placeholder in placeholders:
        kind, object_id, part = placeholder["kind"], placeholder["object"], placeholder["part"]
        type_title = type_titles[kind]
        if object_id not in (model.roles if kind == ROLE else model.systems):
            if part == INTRO:
                warn(
                    WarningSubtype.UNKNOWN_ID,
                    f"The page names the {type_title} '{object_id}', but no {type_title} has "
                    f"this ID. Correct the ID.",
                    Location(placeholder["docname"], placeholder.line),
                )
            placeholder.replace_self([])
            continue
        if kind == ROLE:
            if object_id not in handbooks:
                handbooks[object_id] = role_handbook(model, object_id)
            content = role_part(handbooks[object_id], part, texts, type_title, link)
        else:
            if object_id not in overviews:
                overviews[object_id] = system_overview(model, object_id)
            content = system_part(overviews[object_id], part, texts, type_title, link)
        placeholder.replace_self(content)


def setup_handbooks(app: Sphinx) -> None:
    app.add_node(handbook_part)
    app.add_directive("rolehandbook", RoleHandbookDirective)
    app.add_directive("systempage", SystemPageDirective)
    app.add_directive("handbooks", HandbooksDirective)
    app.connect("builder-inited", generate_pages)
    # Before the print layout boxes IDs and names the pages of references (priority 900).
    app.connect("doctree-resolved", resolve_handbooks, priority=500)
