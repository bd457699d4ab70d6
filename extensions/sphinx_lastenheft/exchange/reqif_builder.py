"""``sphinx-build -b reqif``: the Lastenheft as one ReqIF file, ``<project>.reqif`` in the
output folder, for requirements tools such as DOORS or Polarion.

The file is written from the process model of all pages once they are read: no page has
output of its own, so the builder resolves no page (as sphinx-needs' ``needs`` builder)."""

from __future__ import annotations

import datetime
import os
import unicodedata
from collections.abc import Set
from pathlib import Path
from typing import TYPE_CHECKING

from reqif.unparser import ReqIFUnparser
from sphinx.builders import Builder
from sphinx.util.display import progress_message
from sphinx.util.osutil import make_filename_from_project
from sphinx_needs.data import SphinxNeedsData

from sphinx_lastenheft.config import document_date, settings
from sphinx_lastenheft.exchange.reqif_content import Document, Written, reqif_bundle
from sphinx_lastenheft.model.process import ProcessModel
from sphinx_lastenheft.model.store import get_model
from sphinx_lastenheft.sources.pages import entries_in_order
from sphinx_lastenheft.views.workbooks import write_if_changed

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: The export's time when neither SOURCE_DATE_EPOCH nor a document date gives one.
FALLBACK_TIME = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
#: How a document date may be written to give the export's time.
DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")


def reqif_file_name(project: str) -> str:
    """The file's name: the project's name as Sphinx makes a file name of it for the LaTeX
    and EPUB output ('Lastenheft CRM': 'lastenheftcrm.reqif'), its accented letters plain
    first ('Küche' gives 'kuche', not 'kche')."""
    plain = unicodedata.normalize("NFKD", project).encode("ascii", "ignore").decode("ascii")
    return make_filename_from_project(plain) + ".reqif"


def export_time(source_date_epoch: str, date: str) -> str:
    """The export's time as an xsd:dateTime, the same in every build of the same sources:
    ``source_date_epoch`` (the environment's SOURCE_DATE_EPOCH, for reproducible builds) if
    it is a number, else the document's ``date`` at midnight UTC if it is written YYYY-MM-DD
    or DD.MM.YYYY, else the start of 1970."""
    if source_date_epoch.strip().isdigit():
        return datetime.datetime.fromtimestamp(int(source_date_epoch), datetime.UTC).isoformat()
    for date_format in DATE_FORMATS:
        try:
            day = datetime.datetime.strptime(date.strip(), date_format)
        except ValueError:
            continue
        return day.replace(tzinfo=datetime.UTC).isoformat()
    return FALLBACK_TIME.isoformat()


def written_objects(env: BuildEnvironment, model: ProcessModel) -> dict[str, Written]:
    """The requirements and acceptance tests in reading order (objects from other sources
    last), with the sections they are written in and their review status."""
    needs = SphinxNeedsData(env).get_needs_view()
    position = {entry.need_id: number for number, entry in enumerate(entries_in_order(env))}
    catalogue = sorted(
        [*model.requirements, *model.tests], key=lambda i: position.get(i, len(position))
    )
    return {
        # sphinx-needs lists the sections from the innermost out.
        object_id: Written(
            sections=tuple(reversed(needs[object_id]["sections"] or ())),
            status=str(needs[object_id].get("status") or ""),
        )
        for object_id in catalogue
    }


class ReqIFBuilder(Builder):
    """Writes the requirements, the activities they are derived from and the acceptance
    tests that verify them as one ReqIF file (:mod:`sphinx_lastenheft.exchange.reqif_content`)."""

    name = "reqif"
    format = "reqif"
    epilog = "The ReqIF file is in %(outdir)s."
    # Pages are not written one by one, so nothing stands in the way of parallel workers.
    allow_parallel = True

    def get_outdated_docs(self) -> list[str]:
        # No page has output to bring up to date; finish() writes the file in every build.
        return []

    def get_target_uri(self, docname: str, typ: str | None = None) -> str:
        return ""

    def write_documents(self, docnames: Set[str]) -> None:
        """Nothing per page: resolving each page's doctree would only cost time."""

    def finish(self) -> None:
        config = self.config
        model = get_model(self.env)
        time = export_time(
            os.environ.get("SOURCE_DATE_EPOCH", ""),
            # Sphinx's 'today' or the date of the change history's last entry.
            document_date(config, settings(config).options),
        )
        document = Document(config.project, config.language or "", time)
        bundle = reqif_bundle(model, written_objects(self.env, model), document, settings(config))
        path = Path(self.outdir, reqif_file_name(config.project))
        with progress_message(f"writing {path.name}"):
            write_if_changed(path, ReqIFUnparser.unparse(bundle).encode("utf-8"))


def setup_exchange(app: Sphinx) -> None:
    app.add_builder(ReqIFBuilder)
