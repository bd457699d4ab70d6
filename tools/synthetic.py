"""Write a synthetic Lastenheft of any size, for benchmarks: the example's structure at scale.

    python tools/synthetic.py --scenes 20 OUT/ours           # for the lastenheft extension
    python tools/synthetic.py --scenes 20 --plain OUT/plain  # the same for plain sphinx-needs

Per customer scene: 6 process steps, 24 activities (4 roles, 4 systems, a decision or two),
36 requirements derived from the activities (a few from activities of earlier scenes, a few
cross-cutting ones that concern the scene and its systems) and 36 acceptance tests with a
table of steps. Each scene has its own page, the requirements are grouped into catalogue
pages by functional area, the tests into one page per scene; both variants hold the same
objects with the same fields and texts.

- ours: the views as the example places them: swimlane, journey and interplay on each scene
  page, the process map, traceability matrix, trace table and coverage, role handbooks and
  system overviews, an acceptance run with its protocol, the review status.
- plain: sphinx-needs with furo and MyST, the same object types, fields and links declared in
  conf.py; what a user of plain sphinx-needs writes for similar views: a ``needflow`` per
  scene page (graphviz), a ``needtable`` per catalogue page and for the trace, handbook,
  acceptance and review pages. Links that ours infers (an activity's step and next activity,
  a step's scene) are written out.

The same size and seed give the same files, byte for byte.
"""

from __future__ import annotations

import argparse
import random
import shutil
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

STEPS_PER_SCENE = 6
ACTIVITIES_PER_STEP = 4
REQUIREMENTS_PER_SCENE = 36
TESTS_PER_SCENE = 36
#: Roles and systems each scene draws on.
ROLES_PER_SCENE = SYSTEMS_PER_SCENE = 4
#: About this many requirements on one catalogue page.
REQUIREMENTS_PER_CATALOGUE = 60
#: Of a scene's requirements: one per activity, then some derived from two activities, then
#: the cross-cutting ones (Qualität, Rahmen) that name the scene and systems they concern.
CROSS_CUTTING_PER_SCENE = 4
DEFAULT_SEED = 13

ROLES = (
    ("R-MT", "Messeteam", "Vertrieb und Marketing"),
    ("R-MK", "Marketing", "Marketing"),
    ("R-ID", "Vertriebsinnendienst", "Vertrieb"),
    ("R-AD", "Außendienst", "Vertrieb"),
    ("R-VL", "Vertriebsleitung", "Geschäftsleitung Vertrieb"),
    ("R-SI", "Service-Innendienst", "Kundenservice"),
    ("R-ST", "Service-Techniker", "Kundenservice"),
    ("R-QS", "Qualitätssicherung", "Qualitätsmanagement"),
    ("R-DS", "Datenschutzkoordination", "Stabsstelle Datenschutz"),
    ("R-AT", "Anwendungstechnik", "Technik"),
    ("R-PM", "Produktmanagement", "Marketing"),
    ("R-BH", "Buchhaltung", "Finanzen"),
)
#: The CRM takes part in every scene; the others are drawn.
CRM = ("SYS-CRM", "CRM-System")
SYSTEMS = (
    ("SYS-MOB", "CRM mobil (App/offline)"),
    ("SYS-ERP", "ERP-System"),
    ("SYS-MAIL", "E-Mail/Groupware"),
    ("SYS-WEB", "Website/Formular"),
    ("SYS-TK", "Telefonanlage (CTI)"),
    ("SYS-APP", "Messe-App"),
    ("SYS-MA", "Newsletter/Marketing-Automation"),
    ("SYS-DMS", "Dokumentenmanagement"),
    ("SYS-BI", "Auswertungsplattform"),
)
SCENES = (
    ("Messekontakt wird Neukunde", "Marketing, Vertrieb"),
    ("Kampagne zur Produkteinführung", "Marketing"),
    ("Newsletter-Anmeldung mit Einwilligung", "Marketing"),
    ("Kundenbesuch mit Besuchsbericht", "Vertrieb"),
    ("Anfrage wird Auftrag", "Vertrieb"),
    ("Reklamation wird zufriedener Kunde", "Service"),
    ("Servicefall und Wartung", "Service"),
    ("Kundenrückgewinnung", "Vertrieb"),
    ("Ersatzteilbestellung im Kundenportal", "Service"),
    ("Angebot mit Sonderkondition", "Vertrieb"),
    ("Rahmenvertrag wird verlängert", "Vertrieb"),
    ("Inbetriebnahme einer Anlage", "Service"),
    ("Webinar gewinnt Interessenten", "Marketing"),
    ("Empfehlung wird Lead", "Marketing, Vertrieb"),
    ("Ausschreibung wird beantwortet", "Vertrieb"),
    ("Garantiefall im Ausland", "Service"),
    ("Jahresgespräch mit Schlüsselkunde", "Vertrieb"),
    ("Kündigung wird abgewendet", "Service"),
    ("Produktschulung beim Kunden", "Service"),
    ("Preisanfrage am Telefon", "Vertrieb"),
)
STEP_TITLES = (
    "Anliegen aufnehmen",
    "Vorbereiten",
    "Bedarf klären",
    "Prüfen und bewerten",
    "Lösung erarbeiten",
    "Entscheiden und freigeben",
    "Umsetzen",
    "Kunde informieren",
    "Abschließen",
    "Nachfassen und auswerten",
)
#: Subjects of activities and requirements; each also heads a section of a catalogue.
SUBJECTS = (
    "Kontaktdaten",
    "Firmenstammdaten",
    "Leads",
    "Verkaufschancen",
    "Angebote",
    "Aufträge",
    "Reklamationen",
    "Servicefälle",
    "Besuchsberichte",
    "Termine",
    "Kampagnen",
    "Einwilligungen",
    "Wartungsverträge",
    "Anlagenakten",
    "Ersatzteilbestellungen",
    "Preisinformationen",
    "Zielgruppen",
    "Umfrageergebnisse",
    "Dokumente",
    "Aufgaben",
)
#: (infinitive, zu-infinitive)
VERBS = (
    ("erfassen", "zu erfassen"),
    ("prüfen", "zu prüfen"),
    ("freigeben", "freizugeben"),
    ("zuordnen", "zuzuordnen"),
    ("auswerten", "auszuwerten"),
    ("exportieren", "zu exportieren"),
    ("nachverfolgen", "nachzuverfolgen"),
    ("bearbeiten", "zu bearbeiten"),
    ("versenden", "zu versenden"),
    ("abgleichen", "abzugleichen"),
    ("archivieren", "zu archivieren"),
    ("anzeigen", "anzuzeigen"),
)
QUALIFIERS = (
    "mit Bezug zum Auftrag",
    "mit vollständiger Historie",
    "im Stapel",
    "ohne Medienbruch",
    "mit Frist und Eskalation",
    "auch ohne Netzverbindung",
    "nach dem Vier-Augen-Prinzip",
    "je Vertriebsgebiet",
    "mit Dublettenprüfung",
    "für mehrere Standorte",
    "in Deutsch und Englisch",
    "mit Anhängen",
)
FILLER = (
    "Heute geschieht das in Excel-Listen und E-Mails, sodass den Stand nur kennt, wer den "
    "Vorgang gerade bearbeitet.",
    "Das Ergebnis steht anschließend allen Beteiligten zur Verfügung, ohne dass es ein "
    "zweites Mal erfasst werden muss.",
    "Bei Rückfragen des Kunden lässt sich so jederzeit nachvollziehen, wer was wann "
    "entschieden hat.",
    "Fehlen Angaben, weist das System darauf hin, bevor der Vorgang weitergegeben wird.",
    "Fristen werden überwacht; überfällige Vorgänge gehen an die zuständige Leitung.",
    "Der zuständige Außendienst wird informiert, damit er beim nächsten Besuch nicht "
    "überrascht wird.",
    "Alle Angaben werden am Vorgang und in der Kontakthistorie der Firma abgelegt.",
    "Die Daten aus dem ERP werden übernommen und nicht abgetippt.",
    "Je Vertriebsgebiet gelten eigene Zuständigkeiten, die das System kennt.",
    "Die Auswertung zeigt monatlich, wo Durchlaufzeiten und Kosten entstehen.",
)
BRANCHES = (
    "ja | nein",
    "berechtigt | nicht berechtigt",
    "vollständig | unvollständig",
    "freigegeben | abgelehnt",
    "Bestandskunde | Neukunde",
)
AREAS = (
    ("KON", "Kontakte und Firmen"),
    ("LEAD", "Lead-Management"),
    ("KAM", "Kampagnen und Marketing"),
    ("BES", "Besuche und Aktivitäten"),
    ("VTR", "Vertrieb und Aufträge"),
    ("SRV", "Service und Reklamationen"),
    ("MOB", "Mobil und Offline"),
    ("AUS", "Auswertungen"),
    ("SST", "Schnittstellen"),
    ("DSG", "Datenschutz und Einwilligungen"),
    ("DOK", "Dokumente und Vorlagen"),
    ("POR", "Kundenportal"),
)
#: The cross-cutting categories each have a catalogue page of their own.
CROSS_CUTTING_AREAS = {"Qualität": ("QUA", "Qualität und Betrieb"), "Rahmen": ("RAH", "Rahmen")}
FUNCTIONAL_CATEGORIES = (("Funktion", 12), ("Information", 5), ("Schnittstelle", 3))
PRIORITIES = (("Muss", 10), ("Soll", 7), ("Kann", 3))
STATUSES = (("freigegeben", 14), ("in Prüfung", 4), ("Entwurf", 2))
REVIEWERS = ("Katrin Vogt", "Jonas Berger", "Petra Neumann", "Martin Scholz")
TESTERS = ("Petra Neumann", "Martin Scholz", "Claudia Richter", "Frank Weber")
#: A protocol row: result, defect class, weight.
RESULTS = (
    ("bestanden", "", 40),
    ("mit Mangel", "3", 3),
    ("mit Mangel", "2", 1),
    ("nicht bestanden", "2", 1),
    ("nicht getestet", "", 1),
)
RUN_ID = "AL-R1"
RUN_PROTOCOL = "ergebnisse/abnahmelauf-r1.csv"
ID_REGEX = r"^[A-Z][A-Z0-9]*-[A-Z0-9][A-Z0-9_.-]*$"


@dataclass(frozen=True)
class Role:
    id: str
    name: str
    org_unit: str
    headcount: int


@dataclass(frozen=True)
class Activity:
    id: str
    title: str
    text: str
    role: str
    systems: tuple[str, ...]
    step: str
    #: The activities that follow: the next one on the page unless this is a decision.
    next: tuple[str, ...] = ()
    branches: str = ""
    satisfaction: int | None = None


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    text: str
    activities: tuple[Activity, ...]


@dataclass(frozen=True)
class Scene:
    number: int
    id: str
    title: str
    slug: str
    area: str
    trigger: str
    outcome: str
    text: str
    steps: tuple[Step, ...]

    @property
    def activities(self) -> tuple[Activity, ...]:
        return tuple(activity for step in self.steps for activity in step.activities)


@dataclass
class Requirement:
    title: str
    subject: str
    text: str
    priority: str
    category: str
    rationale: str
    acceptance: str
    status: str
    reviewer: str
    review_date: str
    derived_from: tuple[str, ...] = ()
    concerns: tuple[str, ...] = ()
    #: Set once the requirements are sorted into catalogues.
    id: str = ""


@dataclass(frozen=True)
class Test:
    id: str
    title: str
    text: str
    verifies: tuple[str, ...]
    role: str
    preconditions: str
    test_data: str
    steps: tuple[tuple[str, str], ...]
    walks_through: str = ""


@dataclass
class Catalogue:
    code: str
    title: str
    slug: str
    requirements: list[Requirement] = field(default_factory=list)


@dataclass(frozen=True)
class Project:
    scenes: tuple[Scene, ...]
    roles: tuple[Role, ...]
    systems: tuple[tuple[str, str], ...]
    catalogues: tuple[Catalogue, ...]
    #: Per scene, its acceptance tests.
    tests: tuple[tuple[Test, ...], ...]
    seed: int

    @property
    def objects(self) -> int:
        """How many objects the project holds, of every type."""
        scenes = sum(1 + len(s.steps) + len(s.activities) for s in self.scenes)
        requirements = sum(len(c.requirements) for c in self.catalogues)
        tests = sum(len(t) for t in self.tests)
        return scenes + requirements + tests + len(self.roles) + len(self.systems)


def width(scenes: int) -> int:
    """Digits of a scene number in IDs: two, as the example, or more for a bigger project."""
    return max(2, len(str(scenes)))


def weighted(rng: random.Random, choices: Sequence[tuple[str, int]]) -> str:
    return rng.choices([c for c, _ in choices], [w for _, w in choices])[0]


def slugify(title: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": "-", "/": "-"})
    return "".join(c for c in title.lower().translate(table) if c.isalnum() or c == "-")


def paragraph(rng: random.Random, first: str, sentences: int) -> str:
    """``first`` and some filler, wrapped as authors wrap their Markdown."""
    return textwrap.fill(" ".join([first, *rng.sample(FILLER, sentences)]), 96)


# --- the model -------------------------------------------------------------------------------


def make_roles() -> tuple[Role, ...]:
    return tuple(
        Role(id_, name, unit, 2 + (index * 7) % 17) for index, (id_, name, unit) in enumerate(ROLES)
    )


def scene_title(number: int) -> tuple[str, str]:
    """Title and area of scene ``number``; past the list the titles repeat as variants."""
    title, area = SCENES[(number - 1) % len(SCENES)]
    variant = (number - 1) // len(SCENES)
    return (f"{title} (Variante {variant + 1})" if variant else title), area


def decisions(rng: random.Random, count: int) -> dict[int, int]:
    """Decisions of a scene: activity index -> index of its second way out (the first is the
    activity after it). One in the first half, one in the second now and then."""
    found = {rng.randrange(1, count // 2 - 3): rng.choice((2, 3))}
    if rng.random() < 0.5:
        found[rng.randrange(count // 2 + 1, count - 4)] = rng.choice((2, 3))
    return {index: index + jump for index, jump in found.items()}


def make_activity_text(rng: random.Random, role: str, subject: str, verb: str) -> str:
    return paragraph(rng, f"{role} sorgt dafür, {subject} {verb}, sorgfältig und vollständig.", 3)


def make_scene(number: int, digits: int, roles: tuple[Role, ...], seed: int) -> Scene:
    rng = random.Random(f"{seed}-scene-{number}")
    nn = f"{number:0{digits}d}"
    title, area = scene_title(number)
    cast = rng.sample(roles, ROLES_PER_SCENE)
    tools = (CRM[0], *(s for s, _ in rng.sample(SYSTEMS, SYSTEMS_PER_SCENE - 1)))
    count = STEPS_PER_SCENE * ACTIVITIES_PER_STEP
    forks = decisions(rng, count)
    touchpoints = set(rng.sample(range(count), 3))
    ids = [f"TA-{nn}-{index + 1:02d}" for index in range(count)]
    step_titles = sorted(rng.sample(STEP_TITLES, STEPS_PER_SCENE), key=STEP_TITLES.index)
    steps = []
    for s, step_title in enumerate(step_titles):
        step_id = f"PS-{nn}-{s + 1}"
        activities = []
        for index in range(s * ACTIVITIES_PER_STEP, (s + 1) * ACTIVITIES_PER_STEP):
            role = cast[index % ROLES_PER_SCENE] if index % 3 else rng.choice(cast)
            subject, (verb, zu_verb) = rng.choice(SUBJECTS), rng.choice(VERBS)
            fork = forks.get(index)
            following = (ids[index + 1], ids[fork]) if fork else ids[index + 1 : index + 2]
            activities.append(
                Activity(
                    id=ids[index],
                    title=f"{subject} {verb}",
                    text=make_activity_text(rng, role.name, subject, zu_verb),
                    role=role.id,
                    systems=tuple(sorted(rng.sample(tools, rng.choice((1, 2, 2, 3))))),
                    step=step_id,
                    next=tuple(following),
                    branches=rng.choice(BRANCHES) if fork else "",
                    satisfaction=rng.randint(1, 5) if index in touchpoints else None,
                )
            )
        steps.append(
            Step(
                step_id,
                step_title,
                paragraph(rng, f"In diesem Schritt geht es darum: {step_title}.", 1),
                tuple(activities),
            )
        )
    customer = rng.choice(("Frau Keller", "Herr Brandt", "Frau Yilmaz", "Herr Novak"))
    text = "\n\n".join(
        (
            paragraph(rng, f"{customer} erlebt die Szene „{title}“ als Kunde.", 2),
            paragraph(rng, "So läuft es heute:", 3),
            paragraph(rng, "Ziel der Szene ist ein durchgängiger Ablauf im CRM.", 2),
        )
    )
    return Scene(
        number=number,
        id=f"SZ-{nn}",
        title=title,
        slug=f"s{nn}-{slugify(title)}",
        area=area,
        trigger=f"Kunde meldet sich zum Anlass „{title}“",
        outcome="Anliegen erledigt, Kunde zufrieden, Ergebnis im CRM dokumentiert",
        text=text,
        steps=tuple(steps),
    )


def make_requirement(rng: random.Random, category: str, who: str, subject: str) -> Requirement:
    """A requirement on ``subject`` for ``who`` (a dative: "der Rolle „Marketing“")."""
    priority = weighted(rng, PRIORITIES)
    verb, zu_verb = rng.choice(VERBS)
    qualifier = rng.choice(QUALIFIERS)
    modal = {"Muss": "muss", "Soll": "soll"}.get(priority, "kann")
    return Requirement(
        title=f"{subject} {qualifier} {verb}",
        subject=subject,
        text=paragraph(
            rng,
            f"Das CRM {modal} {who} die Möglichkeit bieten, {subject} {qualifier} {zu_verb}.",
            rng.choice((2, 3)),
        ),
        priority=priority,
        category=category,
        rationale=rng.choice(FILLER),
        acceptance=f"Ein Testbenutzer wählt {subject} {qualifier} und speichert; das CRM "
        f"zeigt innerhalb von {rng.randint(2, 5)} Sekunden alle Angaben, und der Vorgang ist "
        "über die Suche auffindbar.",
        status=weighted(rng, STATUSES),
        reviewer=rng.choice(REVIEWERS),
        review_date=f"2026-11-{rng.randint(1, 28):02d}",
    )


def scene_requirements(
    scene: Scene, earlier: Sequence[Scene], roles: dict[str, Role], seed: int
) -> list[Requirement]:
    """One per activity, then derived from two activities (now and then of an earlier
    scene), then the cross-cutting ones."""
    rng = random.Random(f"{seed}-requirements-{scene.number}")
    activities = scene.activities
    found = []
    for index in range(REQUIREMENTS_PER_SCENE):
        if index >= REQUIREMENTS_PER_SCENE - CROSS_CUTTING_PER_SCENE:
            category = rng.choice(tuple(CROSS_CUTTING_AREAS))
            requirement = make_requirement(rng, category, "allen Rollen", rng.choice(SUBJECTS))
            requirement.concerns = (scene.id, *sorted(rng.sample(_systems_of(scene), 2)))
        else:
            own = index < len(activities)
            activity = activities[index] if own else rng.choice(activities)
            category = weighted(rng, FUNCTIONAL_CATEGORIES)
            subject = activity.title.split()[0]
            who = f"der Rolle „{roles[activity.role].name}“"
            requirement = make_requirement(rng, category, who, subject)
            sources = {activity.id}
            if not own:
                other = rng.choice(earlier) if earlier and rng.random() < 0.5 else scene
                sources.add(rng.choice(other.activities).id)
            requirement.derived_from = tuple(sorted(sources))
        found.append(requirement)
    return found


def _systems_of(scene: Scene) -> list[str]:
    return sorted({s for activity in scene.activities for s in activity.systems})


def make_catalogues(scenes: int) -> list[Catalogue]:
    """The functional catalogues (their number grows with the project), then the two
    cross-cutting ones."""
    functional_per_scene = REQUIREMENTS_PER_SCENE - CROSS_CUTTING_PER_SCENE
    functional = max(2, round(scenes * functional_per_scene / REQUIREMENTS_PER_CATALOGUE))
    catalogues = []
    for index in range(functional):
        code, title = AREAS[index % len(AREAS)]
        part = index // len(AREAS)
        if part:
            code, title = f"{code}{part + 1}", f"{title} {part + 1}"
        catalogues.append(Catalogue(code, title, slugify(title)))
    for code, title in CROSS_CUTTING_AREAS.values():
        catalogues.append(Catalogue(code, title, slugify(title)))
    return catalogues


def file_requirements(
    catalogues: list[Catalogue], requirements: Sequence[Requirement], seed: int
) -> None:
    """Put each requirement on a catalogue page and give it its ID there (ANF-KON-001)."""
    rng = random.Random(f"{seed}-catalogues")
    functional = catalogues[: -len(CROSS_CUTTING_AREAS)]
    by_code = {c.code: c for c in catalogues}
    for requirement in requirements:
        if requirement.category in CROSS_CUTTING_AREAS:
            catalogue = by_code[CROSS_CUTTING_AREAS[requirement.category][0]]
        else:
            catalogue = rng.choice(functional)
        catalogue.requirements.append(requirement)
    # Numbered in the order of the page, where they stand in sections by subject.
    for catalogue in catalogues:
        catalogue.requirements.sort(key=lambda r: r.subject)
        for number, requirement in enumerate(catalogue.requirements, 1):
            requirement.id = f"ANF-{catalogue.code}-{number:03d}"


def make_test_steps(
    rng: random.Random, role: str, subjects: Sequence[str]
) -> tuple[tuple[str, str], ...]:
    rows = []
    for number in range(rng.randint(3, 6)):
        subject = subjects[number % len(subjects)]
        verb, _ = rng.choice(VERBS)
        rows.append(
            (
                f"{role}: öffnet {subject} und wählt „{verb}“.",
                f"Das CRM zeigt {subject} {rng.choice(QUALIFIERS)}; der Stand ist am Vorgang "
                "sichtbar.",
            )
        )
    return tuple(rows)


def scene_tests(
    scene: Scene, requirements: Sequence[Requirement], roles: dict[str, Role], seed: int
) -> tuple[Test, ...]:
    """Two end-to-end tests (the main way and the other way of a decision), then one test per
    requirement; together they verify every requirement of the scene."""
    rng = random.Random(f"{seed}-tests-{scene.number}")
    nn = scene.id.removeprefix("SZ-")
    requirement_tests = TESTS_PER_SCENE - 2
    # The requirements no requirement test takes are verified by the first end-to-end test.
    leftover = list(requirements[requirement_tests:])
    main_role = roles[scene.activities[0].role]
    end_to_end = (
        (f"{scene.title}: Hauptweg", [*leftover, *rng.sample(requirements, 3)]),
        (f"{scene.title}: anderer Weg der Verzweigung", rng.sample(requirements, 4)),
    )
    tests = [
        make_test(rng, f"AT-{nn}-{index:02d}", title, main_role, picked, scene.id)
        for index, (title, picked) in enumerate(end_to_end, 1)
    ]
    for index, requirement in enumerate(requirements[:requirement_tests], 3):
        picked = [requirement]
        if rng.random() < 0.3:
            picked.append(rng.choice(requirements))
        role = roles[rng.choice(scene.activities).role]
        title = f"{requirement.title} prüfen"
        tests.append(make_test(rng, f"AT-{nn}-{index:02d}", title, role, picked))
    return tuple(tests)


def make_test(
    rng: random.Random,
    id_: str,
    title: str,
    role: Role,
    requirements: Sequence[Requirement],
    walks_through: str = "",
) -> Test:
    verifies = tuple(dict.fromkeys(r.id for r in requirements))
    subjects = list(dict.fromkeys(r.subject for r in requirements))
    return Test(
        id=id_,
        title=title,
        text=paragraph(rng, f"Der Testfall prüft {', '.join(verifies)}.", 1),
        verifies=verifies,
        role=role.id,
        preconditions=f"Testbenutzer der Rolle „{role.name}“ angemeldet; Testdaten der "
        "Abnahmeumgebung geladen; Systemdatum 05.02.2027.",
        test_data=f"Testkunde „Brandt Lebensmittel GmbH“, {', '.join(subjects)}",
        steps=make_test_steps(rng, role.name, subjects),
        walks_through=walks_through,
    )


def build_project(scenes: int, seed: int = DEFAULT_SEED) -> Project:
    roles = make_roles()
    by_id = {role.id: role for role in roles}
    digits = width(scenes)
    made = [make_scene(number, digits, roles, seed) for number in range(1, scenes + 1)]
    catalogues = make_catalogues(scenes)
    per_scene = [scene_requirements(scene, made[:i], by_id, seed) for i, scene in enumerate(made)]
    file_requirements(catalogues, [r for rs in per_scene for r in rs], seed)
    tests = tuple(
        scene_tests(scene, requirements, by_id, seed)
        for scene, requirements in zip(made, per_scene, strict=True)
    )
    return Project(tuple(made), roles, (CRM, *SYSTEMS), tuple(catalogues), tests, seed)


# --- Markdown --------------------------------------------------------------------------------


def block(directive: str, argument: str, options: Sequence[tuple[str, str]], body: str = "") -> str:
    """A MyST directive: options without a value are left out."""
    lines = [f"```{{{directive}}} {argument}".rstrip()]
    lines += [f":{name}: {value}" for name, value in options if value]
    if body:
        lines += ["", body]
    return "\n".join([*lines, "```", ""])


def toctree(entries: Sequence[str], depth: int = 1) -> str:
    return block("toctree", "", [("maxdepth", str(depth))], "\n".join(entries))


def page(title: str, *parts: str) -> str:
    """A page: its heading, then the parts that are not empty, a blank line between."""
    return "\n".join([f"# {title}", "", *(part.rstrip("\n") + "\n" for part in parts if part)])


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


class Variant(Protocol):
    """What differs between ours and plain sphinx-needs: configuration, the links written out,
    the views placed on the pages, and pages of their own."""

    def conf(self, project: Project) -> str: ...
    def activity_links(self, activity: Activity) -> list[tuple[str, str]]: ...
    def step_links(self, scene: Scene) -> list[tuple[str, str]]: ...
    def index_views(self) -> str: ...
    def scene_views(self, scene: Scene) -> str: ...
    def catalogue_views(self, catalogue: Catalogue) -> str: ...
    def trace_views(self) -> str: ...
    def roles_views(self, project: Project) -> str: ...
    def systems_views(self, project: Project) -> str: ...
    def run_page(self, project: Project) -> str: ...
    def review_views(self) -> str: ...
    def own_files(self, project: Project) -> dict[str, str]: ...


def scene_page(scene: Scene, variant: Variant) -> str:
    parts = [
        block(
            "scene",
            scene.title,
            [
                ("id", scene.id),
                ("area", scene.area),
                ("trigger", scene.trigger),
                ("outcome", scene.outcome),
            ],
            scene.text,
        ),
        "## Ablauf\n",
        variant.scene_views(scene),
        "## Prozessschritte\n",
    ]
    for step in scene.steps:
        parts.append(f"### {step.title}\n")
        parts.append(
            block("step", step.title, [("id", step.id), *variant.step_links(scene)], step.text)
        )
        for activity in step.activities:
            options = [
                ("id", activity.id),
                ("role", activity.role),
                ("systems", ", ".join(activity.systems)),
                *variant.activity_links(activity),
                ("branches", activity.branches),
                ("satisfaction", str(activity.satisfaction or "")),
            ]
            parts.append(block("activity", activity.title, options, activity.text))
    return page(scene.title, *parts)


def requirement_block(requirement: Requirement) -> str:
    options = [
        ("id", requirement.id),
        ("priority", requirement.priority),
        ("category", requirement.category),
        ("derived_from", ", ".join(requirement.derived_from)),
        ("concerns", ", ".join(requirement.concerns)),
        ("rationale", requirement.rationale),
        ("acceptance", requirement.acceptance),
        ("status", requirement.status),
        ("reviewer", requirement.reviewer),
        ("review_date", requirement.review_date),
    ]
    return block("req", requirement.title, options, requirement.text)


def catalogue_page(catalogue: Catalogue, variant: Variant) -> str:
    """The requirements of one area, in sections by subject."""
    parts = [
        f"Die Anforderungen des Bereichs „{catalogue.title}“, gegliedert nach Gegenständen.\n",
        variant.catalogue_views(catalogue),
    ]
    for subject in sorted({r.subject for r in catalogue.requirements}):
        parts.append(f"## {subject}\n")
        parts += [requirement_block(r) for r in catalogue.requirements if r.subject == subject]
    return page(catalogue.title, *parts)


def test_block(test: Test) -> str:
    options = [
        ("id", test.id),
        ("walks_through", test.walks_through),
        ("verifies", ", ".join(test.verifies)),
        ("role", test.role),
        ("preconditions", test.preconditions),
        ("test_data", test.test_data),
    ]
    steps = table(
        ("Nr.", "Aktion", "Erwartetes Ergebnis"),
        [(str(n), action, expected) for n, (action, expected) in enumerate(test.steps, 1)],
    )
    return block("test", test.title, options, f"{test.text}\n\n{steps}")


def test_page(scene: Scene, tests: Sequence[Test]) -> str:
    return page(
        f"Abnahmetests: {scene.title}",
        f"Die Testfälle dieser Seite prüfen die Kundenszene {{need}}`{scene.id}`.\n",
        "## Ende-zu-Ende-Tests\n",
        *(test_block(t) for t in tests if t.walks_through),
        "## Anforderungstests\n",
        *(test_block(t) for t in tests if not t.walks_through),
    )


def organisation_pages(project: Project, variant: Variant) -> dict[str, str]:
    roles = [
        block(
            "role",
            role.name,
            [("id", role.id), ("org_unit", role.org_unit), ("headcount", str(role.headcount))],
            f"Die Rolle {role.name}.",
        )
        for role in project.roles
    ]
    systems = [
        block("system", name, [("id", id_)], f"Das System {name}.") for id_, name in project.systems
    ]
    return {
        "organisation/index.md": page(
            "Organisation", "Rollen und Systeme der Kundenszenen.\n", toctree(["rollen", "systeme"])
        ),
        "organisation/rollen.md": page("Rollen", *roles, variant.roles_views(project)),
        "organisation/systeme.md": page("Systeme", *systems, variant.systems_views(project)),
    }


def pages(project: Project, variant: Variant) -> dict[str, str]:
    """Every file of the project, by path."""
    scenes, catalogues = project.scenes, project.catalogues
    files = {
        "conf.py": variant.conf(project),
        "index.md": page(
            "Lastenheft CRM",
            f"Ein synthetisches Lastenheft mit {len(scenes)} Kundenszenen.\n",
            variant.index_views(),
            toctree(
                [
                    "processes/index",
                    "requirements/index",
                    "acceptance/index",
                    "nachverfolgbarkeit",
                    "organisation/index",
                    "pruefstand",
                ],
                depth=2,
            ),
        ),
        "processes/index.md": page(
            "Kundenszenen",
            "Eine Seite je Kundenszene.\n",
            toctree([f"{s.slug}" for s in scenes]),
        ),
        "requirements/index.md": page(
            "Anforderungen",
            "Die Anforderungen, nach fachlichen Bereichen gegliedert.\n",
            toctree([c.slug for c in catalogues]),
        ),
        "acceptance/index.md": page(
            "Abnahmetests",
            "Die Abnahmetests, eine Seite je Kundenszene, und der Abnahmelauf.\n",
            toctree([*(f"at-{s.slug.split('-')[0]}" for s in scenes), "abnahmelauf-r1"]),
        ),
        "acceptance/abnahmelauf-r1.md": variant.run_page(project),
        "nachverfolgbarkeit.md": page("Nachverfolgbarkeit", variant.trace_views()),
        "pruefstand.md": page("Prüfstand", variant.review_views()),
        **organisation_pages(project, variant),
        **variant.own_files(project),
    }
    for scene, tests in zip(scenes, project.tests, strict=True):
        files[f"processes/{scene.slug}.md"] = scene_page(scene, variant)
        files[f"acceptance/at-{scene.slug.split('-')[0]}.md"] = test_page(scene, tests)
    for catalogue in catalogues:
        files[f"requirements/{catalogue.slug}.md"] = catalogue_page(catalogue, variant)
    return files


def conf_header(project: Project, extensions: Sequence[str]) -> str:
    return (
        f'"""A synthetic Lastenheft with {len(project.scenes)} scenes (tools/synthetic.py)."""\n\n'
        f'project = "Lastenheft CRM ({len(project.scenes)} Szenen)"\n'
        'author = "Muster Maschinenbau GmbH"\n'
        'copyright = "2026, Muster Maschinenbau GmbH"\n'
        'version = release = "1.0"\n'
        'language = "de"\n'
        f"extensions = {list(extensions)!r}\n"
        'html_theme = "furo"\n'
        'exclude_patterns = ["_build"]\n'
    )


class Ours:
    """The lastenheft extension: links to the step above and the next activity are implied,
    the views are the extension's."""

    def conf(self, project: Project) -> str:
        return conf_header(project, ["sphinx_lastenheft"]) + (
            'lastenheft_status = "Entwurf"\n'
            "lastenheft_coverage_thresholds = {\n"
            '    "activities_with_requirement": 100,\n'
            '    "requirements_with_activity": 100,\n'
            '    "mandatory_with_test": 100,\n'
            "}\n"
            "lastenheft_change_history = [\n"
            '    {"version": "1.0", "date": "01.12.2026", "author": "Projektteam CRM",\n'
            '     "change": "Synthetische Fassung"},\n'
            "]\n"
        )

    def activity_links(self, activity: Activity) -> list[tuple[str, str]]:
        # Only a decision names where it leads; the others follow the next on the page.
        return [("next", ", ".join(activity.next))] if activity.branches else []

    def step_links(self, scene: Scene) -> list[tuple[str, str]]:
        return []

    def index_views(self) -> str:
        return (
            block("documentinfo", "", [])
            + "\n"
            + block("processmap", "", [("caption", "Prozesslandkarte")])
        )

    def scene_views(self, scene: Scene) -> str:
        return "\n".join(
            (
                block("swimlane", "", []),
                "### Customer Journey\n",
                block("journey", "", []),
                "### Zusammenspiel von Rollen und Systemen\n",
                block("interplay", "", []),
            )
        )

    def catalogue_views(self, catalogue: Catalogue) -> str:
        return ""

    def trace_views(self) -> str:
        return "\n".join(
            (
                "## Abdeckung\n",
                block("coverage", "", []),
                "## Kundenszenen und Anforderungen\n",
                block("tracematrix", "", []),
                "## Herkunft der Anforderungen\n",
                block("tracetable", "", []),
            )
        )

    def roles_views(self, project: Project) -> str:
        return block("handbooks", "roles", [("caption", "Rollenhandbücher")])

    def systems_views(self, project: Project) -> str:
        return block("handbooks", "systems", [("caption", "Systemübersichten")])

    def run_page(self, project: Project) -> str:
        run = block(
            "testrun",
            "Abnahme Release 1.0",
            [
                ("id", RUN_ID),
                ("release", "CRM Release 1.0"),
                ("environment", "Abnahmeumgebung"),
                ("period", "12.04.2027 bis 23.04.2027"),
                ("participants", ", ".join(TESTERS)),
                ("protocol", RUN_PROTOCOL),
            ],
        )
        return page(
            "Abnahmeprotokoll: Abnahmelauf R1",
            block("acceptanceprotocol", RUN_ID, []),
            "## Grundlagen des Protokolls\n",
            run,
            block("protocoltemplate", "", []),
        )

    def review_views(self) -> str:
        return block("review-status", "", [("status", "Entwurf, in Prüfung")])

    def own_files(self, project: Project) -> dict[str, str]:
        return {f"acceptance/{RUN_PROTOCOL}": protocol_csv(project)}


def protocol_csv(project: Project) -> str:
    """The testers' protocol of the run: one result per test."""
    rng = random.Random(f"{project.seed}-protocol")
    lines = ["Testfall;Ergebnis;Mangelklasse;Mangelbeschreibung;Tester;Datum"]
    for test in (t for tests in project.tests for t in tests):
        result, defect_class = weighted_result(rng)
        description = "Beschriftung missverständlich" if defect_class else ""
        tester = rng.choice(TESTERS)
        lines.append(f"{test.id};{result};{defect_class};{description};{tester};2027-04-14")
    return "\n".join(lines) + "\n"


def weighted_result(rng: random.Random) -> tuple[str, str]:
    result, defect_class, _ = rng.choices(RESULTS, [w for *_, w in RESULTS])[0]
    return result, defect_class


#: What plain sphinx-needs needs declared, as our extension declares it.
PLAIN_TYPES = (
    ("scene", "Kundenszene", "SZ-", "#f6d186"),
    ("step", "Prozessschritt", "PS-", "#cfe0c3"),
    ("activity", "Tätigkeit", "TA-", "#a8d5e2"),
    ("role", "Rolle", "R-", "#f9c5d1"),
    ("system", "System", "SYS-", "#d5c6e0"),
    ("req", "Anforderung", "ANF-", "#bfd8d2"),
    ("test", "Abnahmetestfall", "AT-", "#dcb239"),
)
PLAIN_FIELDS = (
    "area",
    "trigger",
    "outcome",
    "branches",
    "satisfaction",
    "org_unit",
    "headcount",
    "priority",
    "category",
    "acceptance",
    "rationale",
    "preconditions",
    "test_data",
    "reviewer",
    "review_date",
)
PLAIN_LINKS = (
    ("scene", "Kundenszene", "Prozessschritte"),
    ("step", "Prozessschritt", "Tätigkeiten"),
    ("role", "Rolle", "Tätigkeiten"),
    ("systems", "Systeme", "Tätigkeiten"),
    ("next", "weiter mit", "folgt auf"),
    ("derived_from", "abgeleitet aus", "Anforderungen"),
    ("concerns", "betrifft", "betroffen von"),
    ("verifies", "prüft", "geprüft von"),
    ("walks_through", "spielt durch", "Ende-zu-Ende-Tests"),
)


def needtable(options: Sequence[tuple[str, str]]) -> str:
    return block("needtable", "", [*options, ("style", "table")])


class Plain:
    """Plain sphinx-needs: every link written out; needflow and needtable as the views."""

    def conf(self, project: Project) -> str:
        types = ",\n".join(
            f'    {{"directive": "{d}", "title": "{t}", "prefix": "{p}", "color": "{c}", '
            '"style": "node"}'
            for d, t, p, c in PLAIN_TYPES
        )
        fields = "".join(f'    "{name}": {{"nullable": True}},\n' for name in PLAIN_FIELDS)
        links = "".join(
            f'    "{name}": {{"outgoing": "{out}", "incoming": "{back}"}},\n'
            for name, out, back in PLAIN_LINKS
        )
        return conf_header(project, ["myst_parser", "sphinx_needs", "sphinx.ext.graphviz"]) + (
            f"needs_types = [\n{types},\n]\n"
            f"needs_fields = {{\n{fields}}}\n"
            f"needs_links = {{\n{links}}}\n"
            "needs_id_required = True\n"
            f'needs_id_regex = r"{ID_REGEX}"\n'
            "# needflow draws with PlantUML or graphviz: graphviz's dot (Debian: graphviz).\n"
            'needs_flow_engine = "graphviz"\n'
            'graphviz_output_format = "svg"\n'
        )

    def activity_links(self, activity: Activity) -> list[tuple[str, str]]:
        return [("step", activity.step), ("next", ", ".join(activity.next))]

    def step_links(self, scene: Scene) -> list[tuple[str, str]]:
        return [("scene", scene.id)]

    def index_views(self) -> str:
        return needtable([("types", "scene"), ("columns", "id;title;area;trigger;outcome")])

    def scene_views(self, scene: Scene) -> str:
        return block(
            "needflow",
            f"Ablauf {scene.id}",
            [
                ("filter", f'type == "activity" and docname == "processes/{scene.slug}"'),
                ("link_types", "next"),
            ],
        )

    def catalogue_views(self, catalogue: Catalogue) -> str:
        return needtable(
            [
                ("filter", f'type == "req" and docname == "requirements/{catalogue.slug}"'),
                ("columns", "id;title;priority;category;derived_from"),
            ]
        )

    def trace_views(self) -> str:
        return needtable(
            [("types", "req"), ("columns", "id;title;priority;derived_from;verifies_back")]
        )

    def roles_views(self, project: Project) -> str:
        return "## Rollenhandbücher\n\n" + toctree([f"handbuecher/{r.id}" for r in project.roles])

    def systems_views(self, project: Project) -> str:
        return "## Systemübersichten\n\n" + toctree(
            [f"uebersichten/{id_}" for id_, _ in project.systems]
        )

    def run_page(self, project: Project) -> str:
        return page(
            "Abnahmeprotokoll: Abnahmelauf R1",
            needtable([("types", "test"), ("columns", "id;title;role;verifies;walks_through")]),
        )

    def review_views(self) -> str:
        return needtable(
            [
                ("filter", 'type == "req" and status != "freigegeben"'),
                ("columns", "id;title;status;reviewer;review_date"),
            ]
        )

    def own_files(self, project: Project) -> dict[str, str]:
        """One handbook page per role and one overview per system, as tables."""
        files = {}
        for role in project.roles:
            files[f"organisation/handbuecher/{role.id}.md"] = page(
                f"Rollenhandbuch: {role.name}",
                needtable(
                    [
                        ("filter", f'type == "activity" and "{role.id}" in role'),
                        ("columns", "id;title;step;systems"),
                    ]
                ),
            )
        for id_, name in project.systems:
            files[f"organisation/uebersichten/{id_}.md"] = page(
                f"Systemübersicht: {name}",
                needtable(
                    [
                        ("filter", f'type == "activity" and "{id_}" in systems'),
                        ("columns", "id;title;role;step"),
                    ]
                ),
            )
        return files


def write(out: Path, scenes: int, plain: bool = False, seed: int = DEFAULT_SEED) -> Project:
    """Write the project into ``out``, replacing what was there."""
    project = build_project(scenes, seed)
    variant: Variant = Plain() if plain else Ours()
    if out.exists():
        shutil.rmtree(out)
    for name, text in pages(project, variant).items():
        path = out / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return project


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to write (replaced)")
    parser.add_argument("--scenes", type=int, default=20)
    parser.add_argument("--plain", action="store_true", help="for plain sphinx-needs and furo")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args()
    if args.scenes < 1:
        parser.error("--scenes must be at least 1")
    project = write(args.out, args.scenes, args.plain, args.seed)
    print(f"{args.out}: {len(project.scenes)} scenes, {project.objects} objects")


if __name__ == "__main__":
    main()
