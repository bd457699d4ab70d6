"""The one view machinery: a placeholder node, a base directive, a registry and one resolver.

A view's directive leaves a :class:`view_node` holding a typed :class:`Placement` (the view's
name and its options). Once the model is built, :func:`resolve_views` makes one
:class:`PageContext` per page and replaces each placeholder with what its view renders. Each
view also says what it reads (:attr:`View.reads`), so that an incremental build writes a page
again exactly when something it shows has changed (:mod:`sphinx_lastenheft.views.rebuilds`).

A new view is one small module: a renderer, a ``reads`` function and a directive, registered
with :func:`register_view`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from docutils import nodes
from sphinx.util.docutils import SphinxDirective

from sphinx_lastenheft.config import Settings, settings
from sphinx_lastenheft.model.store import get_model
from sphinx_lastenheft.sources.identifiers import lookalike_problem
from sphinx_lastenheft.sources.pages import Placement, place
from sphinx_lastenheft.texts.messages import Messages
from sphinx_lastenheft.views.links import linked_ids, object_reference
from sphinx_lastenheft.warnings_ import Location, WarningSubtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from sphinx_lastenheft.model.process import ProcessModel
    from sphinx_lastenheft.views.inputs import Read


class view_node(nodes.General, nodes.Element):
    """Stands where a view goes until the model is built; ``node['placement']`` says which."""


@dataclass
class PageContext:
    """What every view on one page renders from: built once per page."""

    app: Sphinx
    docname: str
    document: nodes.document
    model: ProcessModel
    settings: Settings
    #: Data of a view family computed once per page (e.g. a handbook shown in several parts).
    cache: dict[Any, Any] = field(default_factory=dict)
    #: What the directive put into the placeholder being rendered (e.g. download links,
    #: which Sphinx resolves while reading).
    placed: list[nodes.Node] = field(default_factory=list)

    @property
    def env(self) -> BuildEnvironment:
        return self.app.env

    @property
    def builder_format(self) -> str:
        return str(self.app.builder.format)

    def link(self, object_id: str) -> nodes.Node:
        """A link to the object's description showing its ID; its ID alone where the model
        does not hold it (the broken link is reported by the checks)."""
        try:
            reference = object_reference(self.app, self.model, self.docname, object_id)
        except KeyError:
            return nodes.Text(object_id)
        reference["reftitle"] = self.model.title_of(object_id)
        return reference

    def titled(self, object_id: str) -> nodes.Node:
        """The ID as a link, then the object's title."""
        try:
            title = self.model.title_of(object_id)
        except KeyError:
            return nodes.Text(object_id)
        return nodes.inline("", "", self.link(object_id), nodes.Text(f" {title}"))

    def links(self, object_ids: Iterable[str]) -> nodes.Node:
        """The objects' IDs, each a link, separated by commas."""
        return linked_ids(self.link, object_ids)


@dataclass(frozen=True)
class ReadContext:
    """What a view's ``reads`` function may look at: the model and the settings."""

    env: BuildEnvironment
    model: ProcessModel
    settings: Settings
    #: What the views of all pages share within one build (e.g. a handbook's content).
    cache: dict[Any, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class View:
    """A kind of view: how it renders and what it reads."""

    name: str
    render: Callable[[PageContext, Placement], list[nodes.Node]]
    #: The inputs the view shows (see :mod:`sphinx_lastenheft.views.inputs`); when one of them
    #: changes, the pages holding the view are written again.
    reads: Callable[[ReadContext, Placement], Iterable[Read]]


#: Every registered view by name; the placements name their view.
VIEWS: dict[str, View] = {}


class ViewDirective(SphinxDirective):
    """Places one view; subclasses name it and turn arguments and options into its options."""

    view: ClassVar[str]

    def view_options(self) -> dict[str, Any]:
        """The view's options: by default, the directive's options as written."""
        return dict(self.options)

    def placeholder(self, view: str = "", **options: Any) -> view_node:
        """A placeholder of ``view`` (this directive's own by default) with ``options``."""
        _source, lineno = self.get_source_info()
        placement = Placement(
            view or self.view,
            tuple(sorted(options.items())),
            Location(self.env.docname, lineno or self.lineno),
        )
        place(self.env, placement)
        node = view_node(placement=placement)
        self.set_source_info(node)
        return node

    def run(self) -> list[nodes.Node]:
        return [self.placeholder(**self.view_options())]

    def section(self, heading: str, *content: nodes.Node) -> nodes.section:
        """A section with ``heading``, for views whose parts belong in the page's outline."""
        section = nodes.section("", nodes.title(heading, heading), *content)
        section["names"].append(nodes.fully_normalize_name(heading))
        self.state.document.note_implicit_target(section, section)
        return section


def register_view(
    app: Sphinx,
    view: View,
    directive: type[ViewDirective] | None = None,
    directive_name: str = "",
) -> None:
    """Make ``view`` known; with ``directive``, authors place it as ``{directive_name}``
    (the view's name by default)."""
    VIEWS[view.name] = view
    if directive is not None:
        app.add_directive(directive_name or view.name, directive)


def resolve_views(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Replace every placeholder of the page with what its view renders."""
    placeholders = list(doctree.findall(view_node))
    if not placeholders:
        return
    context = PageContext(app, docname, doctree, get_model(app.env), settings(app.config))
    for placeholder in placeholders:
        placement: Placement = placeholder["placement"]
        context.placed = list(placeholder.children)
        placeholder.replace_self(VIEWS[placement.view].render(context, placement))


def warn_unknown(object_id: str, message: str, location: Location, say: Messages) -> None:
    """Report that a view names an ``object_id`` no object has (``message`` says so and how
    to fix it); where the ID holds a character that only looks like a plain one, name it."""
    lookalike = lookalike_problem(object_id, say)
    if lookalike:
        warn(WarningSubtype.LOOKALIKE, f"{message} {lookalike}", location)
    else:
        warn(WarningSubtype.UNKNOWN_ID, message, location)


def reads_nothing(context: ReadContext, placement: Placement) -> list[Read]:
    """The inputs of a view that shows the configuration only: Sphinx writes every page
    again when the configuration changes."""
    return []


def view_reads(context: ReadContext, placements: Sequence[Placement]) -> list[Read]:
    """What the views of one page read."""
    return [
        read for placement in placements for read in VIEWS[placement.view].reads(context, placement)
    ]


def setup_view_base(app: Sphinx) -> None:
    app.add_node(view_node)
    # Before sphinx-needs lays out the needs (priority 500) and the print layout boxes IDs
    # and names the pages of references (priority 900): views may hold both.
    app.connect("doctree-resolved", resolve_views, priority=450)
