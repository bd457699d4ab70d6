"""Furo's navigation tree, made once per build instead of once per page.

Furo asks Sphinx for the whole table of contents on every page and rewrites it with
BeautifulSoup to add its expand/collapse checkboxes. The tree lists every page, so the work
grows with the square of the pages (at 274 pages a tenth of the build). Yet the tree differs
between pages only in two things: the links, relative to the page's folder, and the marks of
the current page and the entries above it. So it is made once, taken apart into a template
with a slot for each of these, and filled per page.

The result is the same markup furo writes, character for character; a test compares both on
every page of the example. Upstream, furo could do the same in ``_compute_navigation_tree``:
the README's "Performance patches" says how.
"""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sphinx.util.osutil import relative_uri

from sphinx_lastenheft.config import settings

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders.html import StandaloneHTMLBuilder

#: An entry of the tree that links to a page of the project, as furo writes it.
_ENTRY = re.compile(
    r'<li class="toctree-l(?P<level>\d+)(?P<children> has-children)?">'
    r'<a class="reference internal" href="(?P<href>[^"#]*)(?P<anchor>#[^"]*)?">'
)
_CHECKBOX = re.compile(r'(<input aria-label="[^"]*")( class="toctree-checkbox")')
_LIST = "<ul>"
#: What opens and closes the lists and entries between the entries.
_STRUCTURE = re.compile(r"<ul>|<(/?)li\b")
#: Furo's label of an expand button, before the entry's title.
_TOGGLE = "Toggle navigation of "
#: What Sphinx and furo write to mark the current page and the entries above it.
_MARKED = re.compile(r'class="[^"]*\bcurrent\b|checked=""')
_KEY = "lastenheft_navigation"


@dataclass(frozen=True)
class _Entry:
    docname: str
    anchor: str
    level: str
    has_children: bool
    #: The index of the entry it is nested in; None at the top.
    parent: int | None
    #: The index of the top-level list it is in.
    top_list: int


@dataclass(frozen=True)
class NavigationTemplate:
    """The tree as static text between slots; a slot names its kind and the index of its
    entry (of its top-level list for "top")."""

    parts: tuple[str | tuple[str, int], ...]
    entries: tuple[_Entry, ...]

    def fill(self, pagename: str, href: dict[str, str]) -> str:
        """The tree on ``pagename``; ``href`` gives each page's link from there."""
        current = {i for i, entry in enumerate(self.entries) if entry.docname == pagename}
        # Sphinx marks the current entries and the entries and lists they are nested in.
        ancestors: set[int] = set()
        for index in current:
            parent = self.entries[index].parent
            while parent is not None:
                ancestors.add(parent)
                parent = self.entries[parent].parent
        marked = current | ancestors
        top_lists = {self.entries[i].top_list for i in marked}
        # Furo marks the last entry, in the order of the page, that is marked current.
        last = max(marked, default=None)
        out: list[str] = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            slot, index = part
            if slot == "top":
                out.append('<ul class="current">' if index in top_lists else _LIST)
                continue
            entry = self.entries[index]
            if slot == "li":
                out.append(
                    f'<li class="toctree-l{entry.level}'
                    f"{' current' if index in marked else ''}"
                    f"{' has-children' if entry.has_children else ''}"
                    f"{' current-page' if index == last else ''}"
                    '">'
                )
            elif slot == "a":
                if index in current and not entry.anchor:
                    out.append('<a class="current reference internal" href="#">')
                else:
                    link = href[entry.docname] + entry.anchor
                    out.append(f'<a class="reference internal" href="{link}">')
            elif slot == "checked":
                out.append(' checked=""' if index in marked else "")
            else:
                # Marked from the current entry upwards: not the list below it.
                out.append('<ul class="current">' if index in ancestors else _LIST)
        return "".join(out)


def furo_toctree(builder: StandaloneHTMLBuilder, pagename: str) -> str:
    """Sphinx's table of contents on ``pagename`` as furo asks for it."""
    return builder._get_local_toctree(
        pagename, collapse=False, titles_only=True, maxdepth=-1, includehidden=True
    )


class _Parser:
    """Takes furo's tree apart into a :class:`NavigationTemplate`."""

    def __init__(self, docname_of: dict[str, str]) -> None:
        self.docname_of = docname_of
        self.parts: list[str | tuple[str, int]] = []
        self.entries: list[_Entry] = []
        #: The entries whose <li> is open, innermost last; None for a link to elsewhere.
        self.open: list[int | None] = []
        self.top_lists = 0

    def static(self, text: str) -> bool:
        """Add ``text``, following the lists and entries it opens and closes; False if it
        marks something current, which a template must not hold."""
        if _MARKED.search(text):
            return False
        position = 0
        for match in _STRUCTURE.finditer(text):
            if match[0] == _LIST:
                if not self.open:
                    self.parts += [text[position : match.start()], ("top", self.top_lists)]
                    self.top_lists += 1
                    position = match.end()
            elif match[1]:
                if self.open:
                    self.open.pop()
            else:
                # An entry furo writes that is no page of the project (a link to a web page).
                self.open.append(None)
        self.parts.append(text[position:])
        return True

    def entry(self, match: re.Match[str]) -> int | None:
        docname = self.docname_of.get(match["href"])
        if docname is None:
            return None
        index = len(self.entries)
        parent = next((i for i in reversed(self.open) if i is not None), None)
        self.entries.append(
            _Entry(
                docname,
                match["anchor"] or "",
                match["level"],
                bool(match["children"]),
                parent,
                self.top_lists - 1,
            )
        )
        self.parts += [("li", index), ("a", index)]
        self.open.append(index)
        return index


def parse_navigation(html: str, docname_of: dict[str, str]) -> NavigationTemplate | None:
    """The template of furo's tree ``html`` as written on a page that marks none of its
    entries; ``docname_of`` maps each link to its page. None when the tree holds what the
    template does not know (then furo makes the tree on every page, as it would)."""
    parser = _Parser(docname_of)
    position = 0
    for match in _ENTRY.finditer(html):
        if not parser.static(html[position : match.start()]):
            return None
        index = parser.entry(match)
        if index is None:
            return None
        position = match.end()
        if not match["children"]:
            continue
        checkbox = _CHECKBOX.search(html, position)
        start_of_list = html.find(_LIST, position)
        if checkbox is None or start_of_list < 0:
            return None
        if not parser.static(html[position : checkbox.end(1)]):
            return None
        parser.parts += [("checked", index), checkbox[2]]
        if not parser.static(html[checkbox.end() : start_of_list]):
            return None
        parser.parts.append(("ul", index))
        position = start_of_list + len(_LIST)
    if not parser.static(html[position:]):
        return None
    return NavigationTemplate(tuple(parser.parts), tuple(parser.entries))


@dataclass
class _BuildNavigation:
    template: NavigationTemplate | None
    #: The links to every page, by the folder of the page they are written on.
    links: dict[str, dict[str, str]]


def _navigation(builder: StandaloneHTMLBuilder) -> _BuildNavigation:
    found: _BuildNavigation | None = builder.__dict__.get(_KEY)
    if found is None and builder.config.html_theme != "furo":
        found = _BuildNavigation(None, {})
    if found is None:
        from furo.navigation import get_navigation_tree

        root = builder.config.root_doc
        html = in_language(get_navigation_tree(furo_toctree(builder, root)), builder)
        docname_of = {builder.get_relative_uri(root, doc): doc for doc in builder.env.found_docs}
        found = _BuildNavigation(parse_navigation(html, docname_of), {})
        builder.__dict__[_KEY] = found
    return found


def in_language(html: str, builder: StandaloneHTMLBuilder) -> str:
    """Furo's tree with its one English phrase, the label of each expand button, in the
    project's language (furo writes it from Python, beyond its templates' catalogue)."""
    words = settings(builder.config).texts.interface
    phrase = _TOGGLE
    return html.replace(f'aria-label="{phrase}', f'aria-label="{words.get(phrase, phrase)}')


def _links(
    navigation: _BuildNavigation, builder: StandaloneHTMLBuilder, page: str
) -> dict[str, str]:
    """The links to every page in the tree, as written on ``page``: the same on every page
    whose output is in the same folder."""
    folder = posixpath.dirname(builder.get_target_uri(page))
    links = navigation.links.get(folder)
    if links is None:
        assert navigation.template is not None
        # A file name no page has: the links to every page, the page itself included.
        base = posixpath.join(folder, "\0")
        pages = {entry.docname for entry in navigation.template.entries}
        links = {doc: relative_uri(base, builder.get_target_uri(doc)) for doc in pages}
        navigation.links[folder] = links
    return links


def before_furo(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Hide Sphinx's ``toctree()`` from furo, which then makes no tree of its own."""
    builder: StandaloneHTMLBuilder = app.builder  # type: ignore[assignment]
    if "toctree" in context and _navigation(builder).template is not None:
        context[_KEY] = context.pop("toctree")


def after_furo(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Give the page its tree from the template, and ``toctree()`` back."""
    if _KEY not in context:
        return
    context["toctree"] = context.pop(_KEY)
    builder: StandaloneHTMLBuilder = app.builder  # type: ignore[assignment]
    navigation = _navigation(builder)
    assert navigation.template is not None
    context["furo_navigation_tree"] = navigation.template.fill(
        pagename, _links(navigation, builder, pagename)
    )


def forget_navigation(app: Sphinx, builder: Any) -> None:
    """The tree of the last build is stale once the pages are read again."""
    builder.__dict__.pop(_KEY, None)


def setup_navigation(app: Sphinx) -> None:
    app.connect("write-started", forget_navigation)
    # Around furo's own handler (default priority 500), which makes the tree.
    app.connect("html-page-context", before_furo, priority=400)
    app.connect("html-page-context", after_furo, priority=600)
