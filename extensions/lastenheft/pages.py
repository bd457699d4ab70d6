"""What the model needs to know about each page: its objects in page order.

sphinx-needs keeps the objects; this collector keeps their order on the page, the authored
order of ``next`` links (sphinx-needs sorts links) and which pages show need data, so that
those pages are written again when the objects change.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Generic, TypeVar

from docutils import nodes
from sphinx.environment.collectors import EnvironmentCollector

from lastenheft.warnings_ import Location

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


class DocumentDataCollector(EnvironmentCollector, Generic[T]):
    """Data a feature keeps per document, and the pages that show such data.

    Sphinx writes again only the pages it read again; a page that shows data of another page
    (backlinks, tables, diagrams, test results) would keep stale output. Whenever the data of
    any page changed, every page that shows it is written again, as a clean build writes it.
    """

    #: Prefix of the environment attributes that hold the data, the consumers, the print.
    key: ClassVar[str]

    @classmethod
    def data(cls, env: BuildEnvironment) -> dict[str, T]:
        value: dict[str, T] = env.__dict__.setdefault(f"{cls.key}_data", {})
        return value

    @classmethod
    def consumers(cls, env: BuildEnvironment) -> set[str]:
        value: set[str] = env.__dict__.setdefault(f"{cls.key}_consumers", set())
        return value

    def shows_data(self, doctree: nodes.document) -> bool:
        raise NotImplementedError

    def fingerprint(self, env: BuildEnvironment) -> str:
        return hashlib.sha256(repr(sorted(self.data(env).items())).encode()).hexdigest()

    def clear_doc(self, app: Sphinx, env: BuildEnvironment, docname: str) -> None:
        self.data(env).pop(docname, None)
        self.consumers(env).discard(docname)

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
            if docname in self.consumers(other):
                self.consumers(env).add(docname)

    def process_doc(self, app: Sphinx, doctree: nodes.document) -> None:
        if self.shows_data(doctree):
            self.consumers(app.env).add(app.env.docname)

    def get_updated_docs(self, app: Sphinx, env: BuildEnvironment) -> list[str]:
        fingerprint = self.fingerprint(env)
        previous = env.__dict__.get(f"{self.key}_fingerprint")
        env.__dict__[f"{self.key}_fingerprint"] = fingerprint
        if previous is None or previous == fingerprint:
            return []
        return sorted(self.consumers(env) & env.found_docs)


class PageCollector(DocumentDataCollector[list[PageEntry]]):
    """The objects of each page in page order; the pages that show objects."""

    key = "lastenheft_pages"

    def shows_data(self, doctree: nodes.document) -> bool:
        # sphinx-needs' nodes (needs, tables, references) and ours all render data that
        # other pages can change.
        return any(
            type(node).__module__.startswith(("sphinx_needs.", "lastenheft."))
            for node in doctree.findall(nodes.Element)
        )

    def fingerprint(self, env: BuildEnvironment) -> str:
        from sphinx_needs.data import SphinxNeedsData

        digest = hashlib.sha256()
        needs = SphinxNeedsData(env).get_needs_mutable()
        for need_id in sorted(needs):
            need = needs[need_id]
            digest.update(repr(sorted((k, repr(v)) for k, v in need.items())).encode())
        # In reading order: moving a page in the table of contents reorders the views.
        for docname in reading_order(env):
            digest.update(repr((docname, pages(env).get(docname))).encode())
        return digest.hexdigest()


def pages(env: BuildEnvironment) -> dict[str, list[PageEntry]]:
    """Objects per document, in page order."""
    return PageCollector.data(env)


def record(env: BuildEnvironment, entry: PageEntry) -> None:
    pages(env).setdefault(entry.location.docname, []).append(entry)


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
        yield from pages(env).get(docname, ())


def setup_pages(app: Sphinx) -> None:
    app.add_env_collector(PageCollector)
