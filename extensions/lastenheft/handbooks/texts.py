"""The texts of the role handbooks and system overviews, in German and English."""

from __future__ import annotations

from dataclasses import dataclass

from lastenheft.labels import is_german


@dataclass(frozen=True)
class HandbookTexts:
    """Every text the handbook pages generate, for one language."""

    #: Page titles; ``{title}`` is the title of the role or system.
    role_page_title: str
    system_page_title: str
    role_intro: str
    system_intro: str
    # Section headings
    activities_section: str
    systems_section: str
    roles_section: str
    partners_section: str
    requirements_section: str
    # Column headings and counts
    scenes: str
    step: str
    activity: str
    activities: str
    role: str
    roles: str
    system: str
    systems: str
    other_systems: str
    shared_activities: str
    requirements: str
    requirement_id: str
    requirement_title: str
    priority: str
    category: str
    source: str
    #: In the source column: the requirement names the system in ``concerns``.
    concerns_system: str
    # What an empty section says
    role_without_activities: str
    system_without_activities: str
    no_systems: str
    no_partners: str
    no_requirements: str


GERMAN = HandbookTexts(
    role_page_title="Rollenhandbuch: {title}",
    system_page_title="Systemübersicht: {title}",
    role_intro="Dieses Handbuch stellt aus den Kundenszenen zusammen, was die Rolle tut: ihre "
    "Tätigkeiten in der Reihenfolge der Abläufe, die Systeme, die sie dabei nutzt, und die "
    "Anforderungen, die aus ihren Tätigkeiten abgeleitet sind.",
    system_intro="Diese Übersicht stellt aus den Kundenszenen zusammen, wo das System gebraucht "
    "wird: die Tätigkeiten, die es nutzen, mit ihren Rollen, die Systeme, mit denen es dabei "
    "zusammenspielt, und die Anforderungen, die es betreffen.",
    activities_section="Kundenszenen und Tätigkeiten",
    systems_section="Genutzte Systeme",
    roles_section="Rollen",
    partners_section="Zusammenspiel mit anderen Systemen",
    requirements_section="Anforderungen",
    scenes="Kundenszenen",
    step="Prozessschritt",
    activity="Tätigkeit",
    activities="Tätigkeiten",
    role="Rolle",
    roles="Rollen",
    system="System",
    systems="Systeme",
    other_systems="Weitere Systeme",
    shared_activities="Gemeinsame Tätigkeiten",
    requirements="Anforderungen",
    requirement_id="ID",
    requirement_title="Anforderung",
    priority="Priorität",
    category="Kategorie",
    source="Bezug",
    concerns_system="betrifft das System",
    role_without_activities="Die Rolle hat in den Kundenszenen keine Tätigkeit.",
    system_without_activities="Keine Tätigkeit der Kundenszenen nutzt dieses System.",
    no_systems="Keine.",
    no_partners="Keine: Keine Tätigkeit nutzt dieses System zusammen mit einem anderen.",
    no_requirements="Keine.",
)

ENGLISH = HandbookTexts(
    role_page_title="Role handbook: {title}",
    system_page_title="System overview: {title}",
    role_intro="This handbook collects from the customer scenes what the role does: its "
    "activities in the order of the processes, the systems it uses for them, and the "
    "requirements derived from its activities.",
    system_intro="This overview collects from the customer scenes where the system is needed: "
    "the activities that use it, with their roles, the systems it works together with, and the "
    "requirements that involve it.",
    activities_section="Scenes and activities",
    systems_section="Systems used",
    roles_section="Roles",
    partners_section="Interplay with other systems",
    requirements_section="Requirements",
    scenes="Customer scenes",
    step="Process step",
    activity="Activity",
    activities="Activities",
    role="Role",
    roles="Roles",
    system="System",
    systems="Systems",
    other_systems="Other systems",
    shared_activities="Shared activities",
    requirements="Requirements",
    requirement_id="ID",
    requirement_title="Requirement",
    priority="Priority",
    category="Category",
    source="Source",
    concerns_system="concerns the system",
    role_without_activities="The role has no activity in the customer scenes.",
    system_without_activities="No activity of the customer scenes uses this system.",
    no_systems="None.",
    no_partners="None: no activity uses this system together with another one.",
    no_requirements="None.",
)


def texts_for(language: str | None) -> HandbookTexts:
    return GERMAN if is_german(language) else ENGLISH
