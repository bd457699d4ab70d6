"""What each page holds, recorded when it is read: its objects in page order, the views
placed on it and the objects its sphinx-needs references name.

sphinx-needs keeps the objects; this collector keeps their order on the page and the
authored order of ``next`` links (sphinx-needs sorts links). The rest tells
:mod:`sphinx_lastenheft.views.rebuilds` what the page shows, so that an incremental build writes it
again exactly when something it shows has changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from docutils import nodes
from sphinx.environment.collectors import EnvironmentCollector

from sphinx_lastenheft.sources.scanner import Option, Table
from sphinx_lastenheft.warnings_ import Location

if TYPE_CHECKING:
    from collections.abc import Iterable
    from collections.abc import Set as AbstractSet

    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

T = TypeVar("T")


@dataclass(frozen=True)
class PageEntry:
    """One Lastenheft object as written on a page."""

    need_id: str
    need_type: str
    location: Location
    next_ids: tuple[str, ...]
    branches: tuple[str, ...]
    #: The object of the parent type (step, scene) standing above it on the page, if any.
    above: str = ""
    #: Every option line as written, a repeated option each time: the parsers keep only
    #: the last one and split lists on separators we do not document.
    options: tuple[Option, ...] = ()
    #: The Markdown tables of its content; None where the page is no Markdown.
    tables: tuple[Table, ...] | None = None


@dataclass(frozen=True)
class Placement:
    """A view placed on a page: the view's name and the options it was given."""

    view: str
    options: tuple[tuple[str, Any], ...]
    location: Location

    def option(self, name: str, default: Any = None) -> Any:
        return dict(self.options).get(name, default)


@dataclass
class PageRecord:
    """What one page holds and shows."""

    entries: list[PageEntry] = field(default_factory=list)
    placements: list[Placement] = field(default_factory=list)
    #: Objects named by sphinx-needs roles (``need``, ``need_incoming``, ...).
    referenced: list[str] = field(default_factory=list)
    #: The page holds a sphinx-needs view (table, list, flow ...) that may show any object.
    needs_views: bool = False
    #: The parents (step, scene) above an object that was dropped for its ID: not empty
    #: but missing the object, whose problem is reported once, at the object.
    dropped_under: list[str] = field(default_factory=list)


class PerDocumentCollector(EnvironmentCollector, Generic[T]):
    """Data a feature keeps per document, cleared when the document is read again and
    merged from the processes of a parallel read."""

    #: Name of the environment attribute that holds the data.
    key: ClassVar[str]

    @classmethod
    def data(cls, env: BuildEnvironment) -> dict[str, T]:
        value: dict[str, T] = env.__dict__.setdefault(cls.key, {})
        return value

    def clear_doc(self, app: Sphinx, env: BuildEnvironment, docname: str) -> None:
        self.data(env).pop(docname, None)

    def merge_other(
        self,
        app: Sphinx,
        env: BuildEnvironment,
        docnames: AbstractSet[str],
        other: BuildEnvironment,
    ) -> None:
        for docname in docnames:
            if docname in self.data(other):
                self.data(env)[docname] = self.data(other)[docname]

    def process_doc(self, app: Sphinx, doctree: nodes.document) -> None:
        """Nothing to do: the directives record the data while the page is read."""


#: sphinx-needs roles that show one object by its ID (``reftarget``).
_REFERENCE_NODES = ("NeedRef", "NeedIncoming", "NeedOutgoing")


class PageCollector(PerDocumentCollector[PageRecord]):
    key = "lastenheft_pages"

    def process_doc(self, app: Sphinx, doctree: nodes.document) -> None:
        record = page(app.env, app.env.docname)
        for node in doctree.findall(nodes.Element):
            module, name = type(node).__module__, type(node).__name__
            if not module.startswith("sphinx_needs.") or name == "Need":
                continue
            if name in _REFERENCE_NODES:
                record.referenced.append(str(node.get("reftarget", "")))
            else:
                record.needs_views = True


def pages(env: BuildEnvironment) -> dict[str, PageRecord]:
    """What each document holds, by document name."""
    return PageCollector.data(env)


def page(env: BuildEnvironment, docname: str) -> PageRecord:
    return pages(env).setdefault(docname, PageRecord())


def record(env: BuildEnvironment, entry: PageEntry) -> None:
    page(env, entry.location.docname).entries.append(entry)


def place(env: BuildEnvironment, placement: Placement) -> None:
    page(env, placement.location.docname).placements.append(placement)


def reading_order(env: BuildEnvironment) -> list[str]:
    """The documents as a reader meets them: the table of contents from the root document,
    depth first; documents outside it after, by name."""
    order: dict[str, None] = {}
    pending = [env.config.root_doc]
    while pending:
        docname = pending.pop()
        if docname in order or docname not in env.found_docs:
            continue
        order[docname] = None
        pending.extend(reversed(env.toctree_includes.get(docname, [])))
    return [*order, *sorted(env.found_docs - order.keys())]


def entries_in_order(env: BuildEnvironment) -> Iterable[PageEntry]:
    """Every recorded object, documents in reading order, objects in page order."""
    for docname in reading_order(env):
        if docname in pages(env):
            yield from pages(env)[docname].entries


def dropped_under(env: BuildEnvironment) -> set[str]:
    """The parents that miss an object dropped for its ID, on every page."""
    return {parent for record in pages(env).values() for parent in record.dropped_under}


def setup_pages(app: Sphinx) -> None:
    app.add_env_collector(PageCollector)
