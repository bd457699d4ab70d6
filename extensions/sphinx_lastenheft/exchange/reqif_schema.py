"""The types of the ReqIF file: its data types (text, XHTML, the enumerations of priority and
category), an object type per exported kind of object with its attributes, the relation
types, and how every identifier is made. :mod:`.reqif_content` fills them with the objects.

Identifiers are derived from IDs and fixed names, never random: the same sources give the
same file, and a tool matches a new export to what it imported before.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reqif.models.reqif_data_type import (
    ReqIFDataTypeDefinitionEnumeration,
    ReqIFDataTypeDefinitionString,
    ReqIFDataTypeDefinitionXHTML,
    ReqIFEnumValue,
)
from reqif.models.reqif_spec_object_type import ReqIFSpecObjectType, SpecAttributeDefinition
from reqif.models.reqif_spec_relation_type import ReqIFSpecRelationType
from reqif.models.reqif_specification_type import ReqIFSpecificationType
from reqif.models.reqif_types import SpecObjectAttributeType

from sphinx_lastenheft.config import Settings
from sphinx_lastenheft.vocabulary import ACTIVITY, REQ, ROLE, SCENE, STEP, SYSTEM, TEST

STRING = SpecObjectAttributeType.STRING
XHTML = SpecObjectAttributeType.XHTML
ENUMERATION = SpecObjectAttributeType.ENUMERATION

#: The object type of the tree's chapters (scenes, steps, sections): a heading in the tools.
CHAPTER = "chapter"
#: Names of the file's schema, which tools map on import; readers never see them.
CHAPTER_TYPE_NAME = "Chapter"
SPECIFICATION_TYPE_NAME = "Lastenheft"
SPECIFICATION_TYPE = "SPT-lastenheft"
#: The links exported as relations, with the part of their identifiers that names them.
RELATIONS = {"derived_from": "derived-from", "verifies": "verifies"}
#: The fields whose values are an enumeration, of the configured values.
ENUMERATIONS = ("priority", "category")
#: The longest text a string attribute takes; the XHTML text has no limit.
MAX_LENGTH = 65535

#: Characters XML 1.0 cannot carry, not even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: Characters an identifier (xsd:ID, an NCName) keeps as they are.
_PLAIN = re.compile(r"[A-Za-z0-9.-]")


@dataclass(frozen=True)
class Attribute:
    """An attribute of an object type: its key among an object's values, its kind and its
    name in the tools."""

    key: str
    kind: SpecObjectAttributeType
    name: str


def xml_text(value: str) -> str:
    """Text from the sources without the control characters XML cannot hold."""
    return _NOT_XML.sub("", value)


def identifier_part(text: str) -> str:
    """``text`` as part of an identifier (an NCName): letters, digits, '.' and '-' as they
    are, any other character as '_' and six hex digits, so two texts never share a part and
    a part never holds '__'."""
    return "".join(c if _PLAIN.fullmatch(c) else f"_{ord(c):06X}" for c in text)


def object_identifier(object_id: str) -> str:
    """The identifier of an object's SPEC-OBJECT."""
    return "SO-" + identifier_part(object_id)


def definition_identifier(type_name: str, key: str) -> str:
    """The identifier of an attribute of an object type ('req', 'activity', 'test',
    'chapter'), by its key ('id', 'title', 'text', 'priority', ...)."""
    return f"AD-{type_name}-{key}"


def relation_type_identifier(link: str) -> str:
    return "SRT-" + RELATIONS[link]


def enum_value_identifier(key: str, value: str) -> str:
    return f"EV-{key}-{identifier_part(value)}"


def attributes(settings: Settings) -> dict[str, tuple[Attribute, ...]]:
    """The attributes of each object type, named as the tools expect (``ReqIF.*``, from the
    ReqIF Implementation Guide) or as the project names its fields and types."""
    fields = settings.texts.objects.field_titles
    foreign_id = Attribute("id", STRING, "ReqIF.ForeignID")
    name = Attribute("title", STRING, "ReqIF.Name")
    return {
        CHAPTER: (foreign_id, Attribute("chapter", STRING, "ReqIF.ChapterName")),
        ACTIVITY: (
            foreign_id,
            name,
            Attribute("role", STRING, settings.type_title(ROLE)),
            Attribute("systems", STRING, settings.type_title(SYSTEM)),
        ),
        REQ: (
            foreign_id,
            name,
            Attribute("text", XHTML, "ReqIF.Text"),
            Attribute("priority", ENUMERATION, fields["priority"]),
            Attribute("category", ENUMERATION, fields["category"]),
            Attribute("acceptance", STRING, fields["acceptance"]),
            Attribute("scene", STRING, settings.type_title(SCENE)),
            Attribute("step", STRING, settings.type_title(STEP)),
            Attribute("status", STRING, fields.get("status", settings.texts.print.status)),
        ),
        TEST: (foreign_id, name),
    }


def data_types(
    choices: Mapping[str, tuple[str, ...]], settings: Settings, time: str
) -> list[object]:
    """Text, XHTML, and an enumeration of the ``choices`` of each field of
    :data:`ENUMERATIONS`."""
    fields = settings.texts.objects.field_titles
    return [
        ReqIFDataTypeDefinitionString(
            identifier="DT-string", last_change=time, long_name="String", max_length=str(MAX_LENGTH)
        ),
        ReqIFDataTypeDefinitionXHTML(
            identifier="DT-xhtml", last_change=time, long_name="XHTML", is_self_closed=True
        ),
        *(
            ReqIFDataTypeDefinitionEnumeration(
                identifier="DT-" + key,
                last_change=time,
                long_name=xml_text(fields[key]),
                values=[
                    ReqIFEnumValue(
                        identifier=enum_value_identifier(key, value),
                        key=str(number),
                        last_change=time,
                        long_name=value,
                        other_content="",
                    )
                    for number, value in enumerate(choices[key])
                ],
            )
            for key in ENUMERATIONS
        ),
    ]


def spec_types(
    settings: Settings, types: Mapping[str, tuple[Attribute, ...]], time: str
) -> list[object]:
    """An object type per kind of object with its attributes (``types``), the relation
    types, and the specification's type."""
    names = {
        CHAPTER: CHAPTER_TYPE_NAME,
        **{name: settings.type_title(name) for name in (ACTIVITY, REQ, TEST)},
    }
    links = settings.texts.objects.links
    return [
        *(
            ReqIFSpecObjectType(
                identifier="SOT-" + type_name,
                last_change=time,
                long_name=xml_text(names[type_name]),
                attribute_definitions=[
                    SpecAttributeDefinition(
                        attribute_type=attribute.kind,
                        identifier=definition_identifier(type_name, attribute.key),
                        datatype_definition=_data_type(attribute),
                        last_change=time,
                        long_name=xml_text(attribute.name),
                        # Required of an enumeration, unknown to the other kinds.
                        multi_valued=False if attribute.kind is ENUMERATION else None,
                    )
                    for attribute in type_attributes
                ],
            )
            for type_name, type_attributes in types.items()
        ),
        *(
            ReqIFSpecRelationType(
                identifier=relation_type_identifier(link),
                last_change=time,
                # reqif writes a relation type's name as it is.
                long_name=escape(xml_text(links[link].outgoing), {'"': "&quot;"}),
            )
            for link in RELATIONS
        ),
        ReqIFSpecificationType(
            identifier=SPECIFICATION_TYPE,
            last_change=time,
            long_name=SPECIFICATION_TYPE_NAME,
            is_self_closed=True,
        ),
    ]


def _data_type(attribute: Attribute) -> str:
    if attribute.kind is ENUMERATION:
        return "DT-" + attribute.key
    return "DT-xhtml" if attribute.kind is XHTML else "DT-string"
