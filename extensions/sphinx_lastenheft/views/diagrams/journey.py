"""The customer journey of a scene: its touchpoints, step by step, with the customer's mood."""

from __future__ import annotations

from sphinx_lastenheft.model.process import Activity, ProcessModel
from sphinx_lastenheft.views.diagrams.line_text import init_directive, line_text, lines_text, wrap

#: Mermaid draws a task as a box 150 pixels wide and never breaks its lines: a title gets
#: two lines of this many characters (cut with '…' beyond), the ID a third.
TASK_LABEL_LIMIT = 25
TITLE_LINES = 2
#: A section spans its tasks and the gaps between them, each gap room for a few characters.
GAP_CHARACTERS = 3

#: Lines of our own in a task (title, ID) need Mermaid's SVG text instead of its HTML labels,
#: whose line breaks depend on the page; Mermaid colours that text white and sections' text
#: like their boxes, so it takes the page's text colour instead (dark in print, light in dark
#: mode). Tasks stand closer than by default (a section spans its tasks and the margins
#: between them), and the width comes from the page's style sheet, not from Mermaid, so that
#: a page can let a wide diagram keep its size and scroll.
_SETTINGS = {
    "journey": {
        "textPlacement": "tspan",
        "taskFontSize": 13,
        "height": 60,
        "taskMargin": 20,
        "diagramMarginX": 20,
        "useMaxWidth": False,
    },
    "themeCSS": "text.task, text.journey-section { fill: currentColor; }",
}


def touchpoints(model: ProcessModel, scene_id: str) -> list[Activity]:
    """The scene's activities that have a satisfaction score, in process order."""
    return [a for a in model.scene_activities(scene_id) if a.satisfaction is not None]


def journey(model: ProcessModel, scene_id: str) -> str | None:
    """Mermaid text of the scene's customer journey; None when it has no touchpoint.

    One section per process step with touchpoints, one task per touchpoint: its title
    (wrapped and shortened to fit) above its ID, its score, and the role the customer meets
    there.
    """
    points = touchpoints(model, scene_id)
    if not points:
        return None
    scene = model.scenes[scene_id]
    lines = [
        init_directive(_SETTINGS),
        "journey",
        f"    title {line_text(scene.title)}",
    ]
    for step_id in scene.steps:
        tasks = [a for a in points if a.step == step_id]
        if not tasks:
            continue
        limit = TASK_LABEL_LIMIT * len(tasks) + GAP_CHARACTERS * (len(tasks) - 1)
        title = wrap(model.steps[step_id].title, limit, TITLE_LINES)
        lines.append(f"    section {lines_text(title)}")
        lines.extend(f"        {_task(model, activity)}" for activity in tasks)
    return "\n".join(lines) + "\n"


def _task(model: ProcessModel, activity: Activity) -> str:
    role = model.roles.get(activity.role)
    actor = line_text(role.title) if role else line_text(activity.role)
    label = lines_text([*wrap(activity.title, TASK_LABEL_LIMIT, TITLE_LINES), activity.id])
    task = f"{label}: {activity.satisfaction}"
    # A touchpoint without a known role has no actor; the validation reports the role.
    return f"{task}: {actor}" if actor else task
