"""The directive behind every Lastenheft object type: sphinx-needs' need directive plus the
defaults of writing a Lastenheft top to bottom."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_needs.data import SphinxNeedsData
from sphinx_needs.directives.need import NeedDirective

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.sources.identifiers import lookalike_problem
from sphinx_lastenheft.sources.option_blocks import dropped_options
from sphinx_lastenheft.sources.pages import PageEntry, page, record
from sphinx_lastenheft.sources.scanner import read_block
from sphinx_lastenheft.vocabulary import BRANCH_SEPARATOR, PARENT_LINK, TYPES, split_values
from sphinx_lastenheft.warnings_ import Location, WarningSubtype, warn

if TYPE_CHECKING:
    from collections.abc import Sequence

    from docutils import nodes
    from sphinx.application import Sphinx
    from sphinx.config import Config

#: Prefix of the temp_data keys holding the latest object of a type on the current page.
CURRENT = "lastenheft_current_"


class ProcessObjectDirective(NeedDirective):
    """A need whose parent (step, scene) defaults to the one above it on the page."""

    def _parent_above(self) -> str:
        """The ID of the parent (step, scene) above this object on its page, if any."""
        if self.name not in PARENT_LINK:
            return ""
        _link, parent_type = PARENT_LINK[self.name]
        return str(self.env.temp_data.get(CURRENT + parent_type) or "")

    def _dropped(self) -> list[nodes.Node]:
        """Nothing to show for an object whose ID is broken; its parent is not empty."""
        above = self._parent_above()
        if above:
            page(self.env, self.env.docname).dropped_under.append(above)
        return []

    def run(self) -> Sequence[nodes.Node]:
        _source, lineno = self.get_source_info()
        location = Location(self.env.docname, lineno or self.lineno)
        names = settings(self.config)
        type_title = names.type_title(self.name)
        say = names.texts.messages
        need_id = (self.options.get("id") or "").strip()
        if not need_id:
            what = f"{type_title} '{' '.join(self.arguments)}'"
            dropped = dropped_options(
                self.block_text, self.env.docname, self.lineno, what, names.texts.messages
            )
            if dropped is not None:
                # MyST dropped every option, the ID with them: name the cause, not the ID.
                dropped.report()
                return self._dropped()
            warn(
                WarningSubtype.MISSING_ID,
                say.missing_id.format(
                    type=type_title, title=" ".join(self.arguments), prefix=names.prefix(self.name)
                ),
                location,
            )
            return self._dropped()
        lookalike = lookalike_problem(need_id, say)
        if lookalike:
            # sphinx-needs would reject the ID by its pattern, which does not show the culprit.
            warn(
                WarningSubtype.LOOKALIKE,
                say.id_lookalike.format(
                    type=type_title, title=" ".join(self.arguments), problem=lookalike
                ),
                location,
            )
            return self._dropped()
        existing = SphinxNeedsData(self.env).get_needs_mutable().get(need_id)
        if existing is not None:
            warn(
                WarningSubtype.DUPLICATE_ID,
                say.duplicate_id.format(
                    id=need_id,
                    other=existing["title"],
                    where=f"{self.env.doc2path(existing['docname'] or '', False)}:"
                    f"{existing['lineno']}",
                ),
                location,
            )
            return self._dropped()

        above = self._parent_above()
        if above:
            link, _parent_type = PARENT_LINK[self.name]
            if not (self.options.get(link) or "").strip():
                self.options[link] = above
        if self.name in TYPES:
            self.env.temp_data[CURRENT + self.name] = need_id
            # A new scene starts afresh: the steps of the scene above are not its steps.
            for child, (_link, parent_type) in PARENT_LINK.items():
                if parent_type == self.name:
                    self.env.temp_data.pop(CURRENT + child, None)

        next_ids = split_values(self.options.get("next"))
        branches = split_values(self.options.get("branches"), BRANCH_SEPARATOR)
        written = read_block(self.block_text, location.lineno or self.lineno)
        result = super().run()
        if SphinxNeedsData(self.env).get_needs_mutable().get(need_id) is not None:
            entry = PageEntry(
                need_id,
                self.name,
                location,
                next_ids,
                branches,
                above=above,
                options=written.options,
                tables=written.tables,
            )
            record(self.env, entry)
        return result


def register_directives(app: Sphinx, config: Config) -> None:
    """Put our directive under each object type's name, after sphinx-needs registered its own."""
    for name in TYPES:
        app.add_directive(name, ProcessObjectDirective, override=True)
