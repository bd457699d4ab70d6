"""The ReqIF export (``-b reqif``): the file is valid ReqIF 1.2, reading it back with the
``reqif`` package gives every requirement with every attribute and every relation, text from
the sources stays text, and the same sources give the same bytes."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
import reqif
import xmlschema
from lxml import etree
from reqif.models.reqif_data_type import ReqIFDataTypeDefinitionEnumeration
from reqif.models.reqif_spec_hierarchy import ReqIFSpecHierarchy
from reqif.models.reqif_spec_object import SpecObjectAttribute
from reqif.models.reqif_spec_object_type import ReqIFSpecObjectType
from reqif.models.reqif_types import SpecObjectAttributeType
from reqif.parser import ReqIFParser
from reqif.unparser import ReqIFUnparser

from sphinx_lastenheft.config import LastenheftConfig, Settings, TypeNames
from sphinx_lastenheft.exchange.reqif_builder import export_time, reqif_file_name
from sphinx_lastenheft.exchange.reqif_content import Document, Written, reqif_bundle
from sphinx_lastenheft.model.process import ProcessModel, Requirement
from sphinx_lastenheft.sources.plain_text import plain_text
from sphinx_lastenheft.texts import LANGUAGES
from sphinx_lastenheft.vocabulary import TYPES
from sphinx_lastenheft.warnings_ import Location
from tests.conftest import sphinx_build

ROOTS = Path(__file__).parent / "roots"
SCHEMA = Path(reqif.__file__).parent / "reqif_schema" / "reqif.xsd"
#: The test root's project: what reqif writes unescaped would break the file.
HOSTILE_PROJECT = 'Küche & Bad "Lastenheft" <CRM>'


def build(root: str, work: Path, *options: str, builder: str = "reqif") -> Path:
    """A copy of the test root built strictly into ``work/out``: the output folder."""
    srcdir = work / "src"
    if not srcdir.exists():
        shutil.copytree(ROOTS / root, srcdir)
    result = sphinx_build(srcdir, work / "out", *options, builder=builder)
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    return work / "out"


@dataclass(frozen=True)
class Node:
    """A node of the specification's tree: a chapter's name or an object's ID."""

    name: str
    children: tuple[Node, ...] = ()


@dataclass(frozen=True)
class ReadBack:
    """What a tool reads from the file: objects by ID with their attributes by name."""

    types: dict[str, str]
    objects: dict[str, dict[str, str]]
    #: (relation type's name, source ID, target ID)
    relations: set[tuple[str, str, str]]
    tree: tuple[Node, ...]
    title: str
    specification: str
    created: str


def read_back(path: Path) -> ReadBack:
    """The file as ``reqif`` parses it: enumeration values by name, XHTML as its paragraphs'
    text (a blank line between them)."""
    bundle = ReqIFParser.parse(str(path))
    assert bundle.exceptions == []
    content = bundle.core_content.req_if_content
    definitions = {
        d.identifier: d.long_name
        for t in content.spec_types
        if isinstance(t, ReqIFSpecObjectType)
        for d in t.attribute_definitions
    }
    type_names = {t.identifier: t.long_name for t in content.spec_types}
    enum_names = {
        v.identifier: v.long_name
        for d in content.data_types
        if isinstance(d, ReqIFDataTypeDefinitionEnumeration)
        for v in d.values
    }

    def value(attribute: SpecObjectAttribute) -> str:
        if attribute.attribute_type is SpecObjectAttributeType.ENUMERATION:
            return ", ".join(enum_names[ref] for ref in attribute.value)
        if attribute.attribute_type is SpecObjectAttributeType.XHTML:
            division = etree.fromstring(attribute.value_stripped_xhtml)
            assert division.tag == "div"
            return "\n\n".join(p.text or "" for p in division)
        return str(attribute.value)

    objects: dict[str, dict[str, str]] = {}
    types: dict[str, str] = {}
    keys: dict[str, str] = {}
    for spec_object in content.spec_objects:
        values = {definitions[a.definition_ref]: value(a) for a in spec_object.attributes}
        key = values.get("ReqIF.ForeignID") or values["ReqIF.ChapterName"]
        keys[spec_object.identifier] = key
        objects[key] = values
        types[key] = type_names[spec_object.spec_object_type]

    def node(hierarchy: ReqIFSpecHierarchy) -> Node:
        return Node(keys[hierarchy.spec_object], tuple(map(node, hierarchy.children or ())))

    (specification,) = content.specifications
    header = bundle.req_if_header
    return ReadBack(
        types=types,
        objects=objects,
        relations={
            (type_names[r.relation_type_ref], keys[r.source], keys[r.target])
            for r in content.spec_relations
        },
        tree=tuple(map(node, specification.children)),
        title=header.title,
        specification=specification.long_name,
        created=header.creation_time,
    )


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test root with markup, '&', quotes and umlauts everywhere: its ReqIF file."""
    out = build("test-reqif", tmp_path_factory.mktemp("reqif"))
    return out / reqif_file_name(HOSTILE_PROJECT)


@pytest.fixture(scope="module")
def northwind(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, dict]]:
    """Northwind's ReqIF file, and its objects as sphinx-needs exports them (needs.json)."""
    (path,) = build("test-northwind", tmp_path_factory.mktemp("northwind")).glob("*.reqif")
    needs_out = build("test-northwind", tmp_path_factory.mktemp("needs"), builder="needs")
    exported = json.loads((needs_out / "needs.json").read_text("utf-8"))
    (version,) = exported["versions"].values()
    return path, version["needs"]


def test_the_file_is_named_after_the_project() -> None:
    assert reqif_file_name("Lastenheft CRM") == "lastenheftcrm.reqif"
    assert reqif_file_name(HOSTILE_PROJECT) == "kuchebadlastenheftcrm.reqif"


def test_the_files_are_valid_reqif(hostile: Path, northwind: tuple[Path, dict]) -> None:
    schema = xmlschema.XMLSchema(str(SCHEMA))
    for path in (hostile, northwind[0]):
        schema.validate(str(path))


def test_every_value_of_the_requirements_reads_back_as_written(hostile: Path) -> None:
    read = read_back(hostile)
    assert read.types["ANF-01"] == "Anforderung"
    assert read.objects["ANF-01"] == {
        "ReqIF.ForeignID": "ANF-01",
        "ReqIF.Name": '<script>alert("x")</script> & Ärger',
        "ReqIF.Text": 'Das CRM muss <b>fett</b> & "zitiert" als Text speichern: Ä Ö Ü ß.\n\n'
        "Ein zweiter Absatz mit 'Apostroph' & <br/> bleibt ein Absatz.",
        "Priorität": "Muss",
        "Kategorie": "Funktion",
        "Abnahmekriterium": 'Ein Wert mit <i>Markup</i> & "Zitat" bleibt Text: ä ö ü ß.',
        "Kundenszene": "SZ-01",
        "Prozessschritt": "PS-01-1",
        "Status": "freigegeben",
    }
    # Cross-cutting: the scene it concerns, no step; without a review status, no status.
    assert read.objects["ANF-02"] == {
        "ReqIF.ForeignID": "ANF-02",
        "ReqIF.Name": "Antwortzeit <2 s",
        "ReqIF.Text": "Jede Seite öffnet schnell.",
        "Priorität": "Soll",
        "Kategorie": "Qualität",
        "Abnahmekriterium": "95 % der Seiten öffnen in < 2 s.",
        "Kundenszene": "SZ-01",
    }
    assert read.objects["TA-01-02"] == {
        "ReqIF.ForeignID": "TA-01-02",
        "ReqIF.Name": "Küche planen",
        "Rolle": "R-VP",
        "System": "SYS-PLAN, SYS-CRM",
    }
    assert read.types["AT-01"] == "Abnahmetestfall"
    assert read.relations == {
        ("abgeleitet aus", "ANF-01", "TA-01-01"),
        ("abgeleitet aus", "ANF-01", "TA-01-02"),
        ("prüft", "AT-01", "ANF-01"),
        ("prüft", "AT-01", "ANF-02"),
    }


def test_markup_in_the_sources_stays_text(hostile: Path) -> None:
    tree = etree.parse(str(hostile))
    names = {etree.QName(element).localname for element in tree.iter(etree.Element)}
    assert not names & {"script", "b", "i", "br", "CRM"}
    xhtml = {
        etree.QName(element).localname for element in tree.iter("{http://www.w3.org/1999/xhtml}*")
    }
    assert xhtml == {"div", "p"}


def test_the_tree_follows_the_scenes_and_the_sections(hostile: Path) -> None:
    assert read_back(hostile).tree == (
        Node(
            "SZ-01",
            (Node("PS-01-1", (Node("TA-01-01"), Node("TA-01-02"))),),
        ),
        Node(
            "Anforderungen",
            (
                # Sphinx typesets the quotes of section titles.
                Node("Funktionen & „Daten“", (Node("ANF-01"),)),
                Node("Qualität", (Node("ANF-02"),)),
            ),
        ),
        Node("Abnahmetests", (Node("AT-01"),)),
    )
    chapters = read_back(hostile).objects
    assert chapters["SZ-01"] == {
        "ReqIF.ForeignID": "SZ-01",
        "ReqIF.ChapterName": 'Beratung wird "Auftrag"',
    }


def test_the_header_names_the_project_and_the_document_date(hostile: Path) -> None:
    read = read_back(hostile)
    assert read.specification == HOSTILE_PROJECT
    # reqif escapes only '&' in the title: its '<' is written as a look-alike.
    assert read.title == 'Küche & Bad "Lastenheft" \u2039CRM>'
    assert read.created == "2026-11-27T00:00:00+00:00"


@pytest.mark.parametrize(
    ("epoch", "date", "expected"),
    [
        ("1795000000", "27.11.2026", "2026-11-18T11:06:40+00:00"),
        ("", "2026-11-27", "2026-11-27T00:00:00+00:00"),
        ("", "27.11.2026", "2026-11-27T00:00:00+00:00"),
        ("soon", "27. November 2026", "1970-01-01T00:00:00+00:00"),
    ],
)
def test_the_time_comes_from_source_date_epoch_or_the_document_date(
    epoch: str, date: str, expected: str
) -> None:
    assert export_time(epoch, date) == expected


def test_two_builds_give_the_same_bytes(
    hostile: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Elsewhere, read in parallel: the same file."""
    again = build("test-reqif", tmp_path_factory.mktemp("again"), "-j", "2")
    assert (again / hostile.name).read_bytes() == hostile.read_bytes()


def test_a_rebuild_exports_what_changed(tmp_path: Path) -> None:
    out = build("test-reqif", tmp_path)
    page = tmp_path / "src" / "anforderungen.md"
    page.write_text(page.read_text("utf-8").replace("Antwortzeit <2 s", "Antwortzeit"), "utf-8")
    build("test-reqif", tmp_path)
    assert read_back(out / reqif_file_name(HOSTILE_PROJECT)).objects["ANF-02"]["ReqIF.Name"] == (
        "Antwortzeit"
    )


def test_reading_back_gives_every_requirement_and_link(
    northwind: tuple[Path, dict[str, dict]],
) -> None:
    path, needs = northwind
    read = read_back(path)
    requirements = {i: n for i, n in needs.items() if n["type"] == "req"}
    assert {i for i, t in read.types.items() if t == "Requirement"} == set(requirements)
    for need_id, need in requirements.items():
        values = read.objects[need_id]
        assert values["ReqIF.Name"] == need["title"]
        assert values["ReqIF.Text"] == plain_text(need["content"])
        assert values["Priority"] == need["priority"]
        assert values["Category"] == need["category"]
        assert values["Acceptance criterion"] == need["acceptance"]
    assert read.objects["REQ-002"]["Customer journey"] == "CJ-01"
    assert read.objects["REQ-002"]["Stage"] == "ST-01-2"
    links = {
        (label, need_id, target)
        for need_id, need in needs.items()
        for link, label in (("derived_from", "derived from"), ("verifies", "verifies"))
        for target in need.get(link) or ()
    }
    assert read.relations == links
    activities = {i for i, n in needs.items() if n["type"] == "activity"}
    assert {i for i, t in read.types.items() if t == "Task"} == activities


def test_what_the_checks_reject_is_still_exported_as_valid_reqif(tmp_path: Path) -> None:
    """A priority outside the list, an ID no XML identifier may hold, a control character:
    the build warns about them; the file keeps what it can and stays valid."""
    texts = LANGUAGES["de"]
    settings = Settings(
        options=LastenheftConfig(priorities=("Muss", "Soll"), categories=("Funktion",)),
        texts=texts,
        types={n: TypeNames(texts.objects.type_titles[n], s.prefix) for n, s in TYPES.items()},
    )
    model = ProcessModel()
    model.requirements["ANF/1 ä"] = Requirement(
        "ANF/1 ä", "Titel\x0bmit Steuerzeichen", Location("katalog", 3), "Dringend", "", ()
    )
    bundle = reqif_bundle(
        model,
        {"ANF/1 ä": Written(("Katalog",), "Entwurf")},
        Document("Projekt", "not a language", "2026-01-01T00:00:00+00:00"),
        settings,
    )
    path = tmp_path / "projekt.reqif"
    path.write_text(ReqIFUnparser.unparse(bundle), "utf-8")
    xmlschema.XMLSchema(str(SCHEMA)).validate(str(path))
    read = read_back(path)
    assert read.objects["ANF/1 ä"] == {
        "ReqIF.ForeignID": "ANF/1 ä",
        "ReqIF.Name": "Titelmit Steuerzeichen",
        "Priorität": "Dringend",
        "Status": "Entwurf",
    }
    assert read.tree == (Node("Katalog", (Node("ANF/1 ä"),)),)
