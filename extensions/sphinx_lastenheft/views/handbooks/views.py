"""The handbook views: a role handbook or system overview, tables once the model is built;
and the list of all handbook pages for the navigation."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from docutils.statemachine import StringList
from sphinx.directives.other import TocTree

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.views.base import (
    PageContext,
    ReadContext,
    View,
    ViewDirective,
    register_view,
    warn_unknown,
)
from sphinx_lastenheft.views.handbooks.contents import (
    RoleHandbook,
    SystemOverview,
    role_handbook,
    system_overview,
)
from sphinx_lastenheft.views.handbooks.rendering import (
    INTRO,
    Link,
    Solutions,
    Writing,
    role_part,
    sections,
    system_part,
)
from sphinx_lastenheft.views.handbooks.stubs import (
    KINDS,
    generate_pages,
    manifest_path,
    read_manifest,
)
from sphinx_lastenheft.views.inputs import LINK_FIELDS, Read, one, shown
from sphinx_lastenheft.views.selection.vendors import chosen_solutions
from sphinx_lastenheft.vocabulary import ROLE, SYSTEM

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from sphinx_lastenheft.model.process import ProcessModel
    from sphinx_lastenheft.sources.pages import Placement


class HandbookDirective(ViewDirective):
    """``{rolehandbook} R-…`` / ``{systempage} SYS-…``: the page of one role or system.

    It stands at the top level of a page: it adds a section per part, so that the parts are
    in the page's table of contents and the PDF's outline.
    """

    required_arguments = 1
    kind: ClassVar[str]

    def run(self) -> list[nodes.Node]:
        object_id = self.arguments[0].strip()
        result: list[nodes.Node] = [self.placeholder(object=object_id, part=INTRO)]
        texts = settings(self.config).texts.handbooks
        for part, heading in sections(self.kind, texts):
            result.append(self.section(heading, self.placeholder(object=object_id, part=part)))
        return result


class RoleHandbookDirective(HandbookDirective):
    view = "rolehandbook"
    kind = ROLE


class SystemPageDirective(HandbookDirective):
    view = "systempage"
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


def _link(context: PageContext) -> Link:
    def link(object_id: str, *, named: bool = False) -> nodes.Node:
        # Only the ID is the link, as in every generated table: it stays on one line.
        return context.titled(object_id) if named else context.link(object_id)

    return link


def _content(
    context: PageContext | ReadContext, kind: str, object_id: str
) -> RoleHandbook | SystemOverview:
    """The handbook or overview; the parts of a page (and what they read, of all pages)
    share one computation."""
    key = (kind, object_id)
    if key not in context.cache:
        build = role_handbook if kind == ROLE else system_overview
        context.cache[key] = build(context.model, object_id)
    content: RoleHandbook | SystemOverview = context.cache[key]
    return content


def _known(model: ProcessModel, kind: str, object_id: str) -> bool:
    return object_id in (model.roles if kind == ROLE else model.systems)


def render_part(context: PageContext, placement: Placement) -> list[nodes.Node]:
    kind = _KINDS[placement.view]
    object_id, part = placement.option("object"), placement.option("part")
    type_title = context.settings.type_title(kind)
    if not _known(context.model, kind, object_id):
        if part == INTRO:
            warn_unknown(
                object_id,
                context.settings.texts.messages.page_unknown_object.format(
                    type=type_title, id=object_id
                ),
                placement.location,
                context.settings.texts.messages,
            )
        return []
    chosen = chosen_solutions(context.env)
    writing = Writing(
        context.settings.texts.handbooks,
        _link(context),
        Solutions(*chosen) if chosen is not None else None,
    )
    content = _content(context, kind, object_id)
    if isinstance(content, RoleHandbook):
        return role_part(content, part, type_title, writing)
    return system_part(content, part, type_title, writing)


def handbook_reads(context: ReadContext, placement: Placement) -> Iterable[Read]:
    """A handbook part shows its object and what the handbook collects for it, in order."""
    kind = _KINDS[placement.view]
    object_id = placement.option("object")
    if not _known(context.model, kind, object_id):
        return [one(object_id, "title")]
    content = _content(context, kind, object_id)
    reads = shown_objects(context.model, content)
    # Once a vendor is chosen, its solutions stand beside the requirements.
    chosen = chosen_solutions(context.env)
    if chosen is None:
        return reads
    vendor, solutions = chosen
    shown_requirements = [item.requirement.id for item in content.requirements]
    return [*reads, shown(vendor, [solutions.get(r, "") for r in shown_requirements])]


def shown_objects(model: ProcessModel, content: RoleHandbook | SystemOverview) -> list[Read]:
    """Everything a handbook shows: its object, the scenes, steps and activities with the
    objects they name, and the requirements."""
    subject = content.role if isinstance(content, RoleHandbook) else content.system
    reads = [one(subject.id, *LINK_FIELDS)]
    for group in content.scenes:
        reads.append(one(group.scene.id, *LINK_FIELDS))
        for activity in group.activities:
            reads.append(one(activity.id, *LINK_FIELDS, "role", "systems", "step"))
            reads.append(one(activity.step, *LINK_FIELDS))
            reads.extend(one(system, *LINK_FIELDS) for system in activity.systems)
            if activity.role:
                reads.append(one(activity.role, *LINK_FIELDS))
    for item in content.requirements:
        reads.append(one(item.requirement.id, *LINK_FIELDS, "priority", "category"))
        reads.append(shown(item.requirement.id, item.activities, item.concerns))
    return reads


_KINDS = {"rolehandbook": ROLE, "systempage": SYSTEM}


def setup_handbooks(app: Sphinx) -> None:
    register_view(app, View("rolehandbook", render_part, handbook_reads), RoleHandbookDirective)
    register_view(app, View("systempage", render_part, handbook_reads), SystemPageDirective)
    app.add_directive("handbooks", HandbooksDirective)
    app.connect("builder-inited", generate_pages)
