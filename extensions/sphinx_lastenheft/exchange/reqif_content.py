"""The Lastenheft as a ReqIF bundle, the model of the ``reqif`` package, which writes it.
Plain data in, plain data out: no Sphinx.

The file holds

- a SPEC-OBJECT per requirement: its ID (``ReqIF.ForeignID``), title (``ReqIF.Name``), text
  (``ReqIF.Text``, XHTML), priority and category (enumerations), acceptance criterion, the
  scenes and steps it is derived from, and its review status where it has one; per activity:
  ID, title, role, systems; per acceptance test: ID, title;
- a SPEC-RELATION per link: ``derived_from`` (requirement to activity) and ``verifies``
  (acceptance test to requirement);
- one SPECIFICATION, the tree a requirements tool shows: a chapter per customer scene with a
  chapter per process step holding its activities; then the requirements and acceptance tests
  under the sections they are written in, the page's title first, in reading order.

Every element carries the export's one time as its last change: the same sources give the
same file. Text from the sources stays text: ``reqif`` escapes attribute values and most
names, the XHTML is built as elements (:func:`_xhtml`), and the names ``reqif`` writes as
they are get escaped before (:mod:`.reqif_schema`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from lxml import etree
from reqif.helpers.lxml import lxml_convert_to_reqif_ns_xhtml_string
from reqif.models.reqif_core_content import ReqIFCoreContent
from reqif.models.reqif_namespace_info import ReqIFNamespaceInfo
from reqif.models.reqif_req_if_content import ReqIFReqIFContent
from reqif.models.reqif_reqif_header import ReqIFReqIFHeader
from reqif.models.reqif_spec_hierarchy import ReqIFSpecHierarchy
from reqif.models.reqif_spec_object import ReqIFSpecObject, SpecObjectAttribute
from reqif.models.reqif_spec_relation import ReqIFSpecRelation
from reqif.models.reqif_specification import ReqIFSpecification
from reqif.object_lookup import ReqIFObjectLookup
from reqif.reqif_bundle import ReqIFBundle

from sphinx_lastenheft import __version__
from sphinx_lastenheft.config import Settings
from sphinx_lastenheft.exchange.reqif_schema import (
    CHAPTER,
    ENUMERATION,
    RELATIONS,
    SPECIFICATION_TYPE,
    XHTML,
    Attribute,
    attributes,
    data_types,
    definition_identifier,
    enum_value_identifier,
    identifier_part,
    object_identifier,
    relation_type_identifier,
    spec_types,
    xml_text,
)
from sphinx_lastenheft.model.process import Activity, ProcessModel
from sphinx_lastenheft.views.selection.questionnaire import questionnaire_rows
from sphinx_lastenheft.vocabulary import ACTIVITY, REQ, TEST

XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
TOOL = "sphinx-lastenheft"
#: xsd:language, the value of xml:lang.
_LANGUAGE = re.compile(r"[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*")


@dataclass(frozen=True)
class Written:
    """What the model leaves out about a requirement or an acceptance test: the titles of the
    sections it is written in, the page's title first, and its review status ('' for none)."""

    sections: tuple[str, ...] = ()
    status: str = ""


@dataclass(frozen=True)
class Document:
    """The export itself: the project's name and language, and its time (an xsd:dateTime),
    which the header gives as the creation time and every element as its last change."""

    title: str
    language: str
    time: str


@dataclass
class _Node:
    """A SPEC-OBJECT and, below it in the tree, its children."""

    identifier: str
    type: str
    values: dict[str, str]
    children: list[_Node] = field(default_factory=list)


def reqif_bundle(
    model: ProcessModel, written: Mapping[str, Written], document: Document, settings: Settings
) -> ReqIFBundle:
    """The ReqIF bundle of ``model``. ``written`` names the requirements and acceptance tests
    in reading order, each with what the model does not hold about it."""
    time = document.time
    types = attributes(settings)
    requirements = model.requirements.values()
    choices = {
        "priority": _choices(settings.options.priorities, (r.priority for r in requirements)),
        "category": _choices(settings.options.categories, (r.category for r in requirements)),
    }
    tree = [*_process_chapters(model), *_section_chapters(model, written, settings)]
    content = ReqIFReqIFContent(
        data_types=data_types(choices, settings, time),
        spec_types=spec_types(settings, types, time),
        spec_objects=[_spec_object(node, types[node.type], time) for node in _walk(tree)],
        spec_relations=_relations(model, time),
        specifications=[
            ReqIFSpecification(
                identifier="SP-lastenheft",
                last_change=time,
                long_name=xml_text(document.title),
                specification_type=SPECIFICATION_TYPE,
                children=[_hierarchy(node, 1, time) for node in tree] or None,
            )
        ],
    )
    return ReqIFBundle(
        namespace_info=ReqIFNamespaceInfo(
            original_reqif_tag_dump=None,
            doctype_is_present=True,
            encoding="UTF-8",
            namespace=ReqIFNamespaceInfo.REQIF_XSD,
            configuration=None,
            namespace_id=None,
            namespace_xhtml=XHTML_NAMESPACE,
            schema_namespace=None,
            schema_location=None,
            language=_language(document.language),
        ),
        req_if_header=ReqIFReqIFHeader(
            identifier="HD-lastenheft",
            creation_time=time,
            req_if_tool_id=f"{TOOL} {__version__}",
            req_if_version="1.0",
            source_tool_id=TOOL,
            title=_header_title(document.title),
        ),
        core_content=ReqIFCoreContent(req_if_content=content),
        tool_extensions_tag_exists=False,
        lookup=ReqIFObjectLookup.empty(),
        exceptions=[],
    )


def _language(language: str) -> str | None:
    """The project's language as xml:lang ('de_AT' as 'de-AT'); None if it is none."""
    code = language.replace("_", "-")
    return code if _LANGUAGE.fullmatch(code) else None


def _header_title(title: str) -> str:
    # reqif 0.1 escapes only '&' in the header's TITLE: a '<' would break the file, so it is
    # written as the look-alike U+2039. The specification's name, which reqif escapes in full,
    # keeps the project's name exactly.
    return xml_text(title).replace("<", "\u2039")


def _choices(configured: Iterable[str], used: Iterable[str]) -> tuple[str, ...]:
    """The values of an enumeration: the configured ones, then any other value an object
    holds (the checks report it; the export keeps it)."""
    return tuple(dict.fromkeys(xml_text(v) for v in (*configured, *used) if v))


def _process_chapters(model: ProcessModel) -> list[_Node]:
    """A chapter per scene, in it a chapter per step, in that its activities."""
    return [
        _Node(
            "CH-O-" + identifier_part(scene.id),
            CHAPTER,
            {"id": scene.id, "chapter": scene.title},
            [
                _Node(
                    "CH-O-" + identifier_part(step_id),
                    CHAPTER,
                    {"id": step_id, "chapter": model.steps[step_id].title},
                    [_activity(model.activities[a]) for a in model.steps[step_id].activities],
                )
                for step_id in scene.steps
            ],
        )
        for scene in model.scenes.values()
    ]


def _activity(activity: Activity) -> _Node:
    return _Node(
        object_identifier(activity.id),
        ACTIVITY,
        {
            "id": activity.id,
            "title": activity.title,
            "role": activity.role,
            "systems": ", ".join(activity.systems),
        },
    )


def _section_chapters(
    model: ProcessModel, written: Mapping[str, Written], settings: Settings
) -> list[_Node]:
    """The requirements and acceptance tests, in reading order, each under a chapter per
    section it is written in (the same titles on another page are another chapter)."""
    # The scenes and steps a requirement is derived from, as the vendors' questionnaire
    # states them: those of its activities in process order; of a cross-cutting one, the
    # scenes it concerns.
    origins = {
        row.requirement: row.values for row in questionnaire_rows(model, settings.texts.selection)
    }
    roots: list[_Node] = []
    chapters: dict[tuple[str, ...], _Node] = {}
    for object_id, where in written.items():
        node = _catalogue_node(model, object_id, where, origins)
        siblings = roots
        docname = model.location_of(object_id).docname
        for depth, title in enumerate(where.sections, 1):
            path = (docname, *where.sections[:depth])
            if path not in chapters:
                chapters[path] = _Node(_section_identifier(path), CHAPTER, {"chapter": title})
                siblings.append(chapters[path])
            siblings = chapters[path].children
        siblings.append(node)
    return roots


def _catalogue_node(
    model: ProcessModel,
    object_id: str,
    where: Written,
    origins: Mapping[str, Mapping[str, str]],
) -> _Node:
    """The node of a requirement or an acceptance test."""
    if object_id in model.requirements:
        requirement = model.requirements[object_id]
        return _Node(
            object_identifier(object_id),
            REQ,
            {
                "id": object_id,
                "title": requirement.title,
                "text": requirement.text,
                "priority": requirement.priority,
                "category": requirement.category,
                "acceptance": requirement.acceptance,
                "scene": origins[object_id]["scene"],
                "step": origins[object_id]["step"],
                "status": where.status,
            },
        )
    test = model.tests[object_id]
    return _Node(object_identifier(object_id), TEST, {"id": object_id, "title": test.title})


def _section_identifier(path: tuple[str, ...]) -> str:
    """A section's chapter: named after its page and titles, which may hold any character."""
    digest = hashlib.sha256("\x1f".join(path).encode("utf-8")).hexdigest()
    return "CH-S-" + digest[:20]


def _walk(nodes: Iterable[_Node]) -> Iterator[_Node]:
    """Every node of the tree, in document order."""
    for node in nodes:
        yield node
        yield from _walk(node.children)


def _spec_object(node: _Node, type_attributes: Iterable[Attribute], time: str) -> ReqIFSpecObject:
    """The node as a SPEC-OBJECT; an attribute the object has no value for is left out."""
    values = []
    for attribute in type_attributes:
        value = xml_text(node.values.get(attribute.key, ""))
        if not value:
            continue
        values.append(
            SpecObjectAttribute(
                attribute_type=attribute.kind,
                definition_ref=definition_identifier(node.type, attribute.key),
                value=_value(attribute, value),
            )
        )
    return ReqIFSpecObject(
        identifier=node.identifier,
        attributes=values,
        spec_object_type="SOT-" + node.type,
        last_change=time,
    )


def _value(attribute: Attribute, value: str) -> str | list[str]:
    if attribute.kind is ENUMERATION:
        return [enum_value_identifier(attribute.key, value)]
    return _xhtml(value) if attribute.kind is XHTML else value


def _xhtml(text: str) -> str:
    """The text's paragraphs as XHTML, a div of p elements. lxml escapes the text, so what
    reads as markup in it stays text; reqif gives the elements the prefix its root declares
    (``xhtml:``), so the tools, and reqif reading the file back, get plain XHTML."""
    division = etree.Element("div")
    for paragraph in text.split("\n\n"):
        etree.SubElement(division, "p").text = paragraph
    return str(
        lxml_convert_to_reqif_ns_xhtml_string(
            etree.tostring(division, encoding="unicode"), reqif_xhtml=False
        )
    )


def _relations(model: ProcessModel, time: str) -> list[ReqIFSpecRelation]:
    """A relation per link between exported objects, each link once."""
    links = [
        *(
            ("derived_from", requirement.id, activity_id)
            for requirement in model.requirements.values()
            for activity_id in dict.fromkeys(requirement.derived_from)
            if activity_id in model.activities
        ),
        *(
            ("verifies", test.id, requirement_id)
            for test in model.tests.values()
            for requirement_id in dict.fromkeys(test.verifies)
            if requirement_id in model.requirements
        ),
    ]
    return [
        ReqIFSpecRelation(
            # A part never holds '__': the identifier tells source and target apart.
            identifier=f"SR-{RELATIONS[link]}__{identifier_part(source)}__{identifier_part(target)}",
            relation_type_ref=relation_type_identifier(link),
            source=object_identifier(source),
            target=object_identifier(target),
            last_change=time,
        )
        for link, source, target in links
    ]


def _hierarchy(node: _Node, level: int, time: str) -> ReqIFSpecHierarchy:
    return ReqIFSpecHierarchy(
        identifier="SH-" + node.identifier,
        spec_object=node.identifier,
        level=level,
        children=[_hierarchy(child, level + 1, time) for child in node.children] or None,
        last_change=time,
        editable=None,
        is_table_internal=None,
    )
