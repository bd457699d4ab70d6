"""The views of system selection: the comparison of all vendors with a chart and the
ranking, one vendor's evaluation, the answers on each requirement, and the Pflichtenheft of
the chosen vendor.

Vendor text (solutions, evidence, names) is untrusted: it only ever becomes text nodes, which
every writer escapes.
"""

from __future__ import annotations

import contextlib
import datetime
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes
from sphinxcontrib.mermaid import mermaid

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.model.selection import Answer
from sphinx_lastenheft.model.store import get_model
from sphinx_lastenheft.texts.catalog import SelectionTexts, Texts
from sphinx_lastenheft.views.base import (
    PageContext,
    ReadContext,
    View,
    ViewDirective,
    register_view,
    warn_unknown,
)
from sphinx_lastenheft.views.inputs import LINK_FIELDS, Read, every, one, shown
from sphinx_lastenheft.views.links import NONE
from sphinx_lastenheft.views.rebuilds import register_object_addition
from sphinx_lastenheft.views.selection.demo import demo_means
from sphinx_lastenheft.views.selection.scoring import Evaluation, evaluate, ranking
from sphinx_lastenheft.views.selection.vendors import (
    VendorDirective,
    checked_vendors,
    vendor_input,
)
from sphinx_lastenheft.views.tables import Cell, build_table, table_data
from sphinx_lastenheft.vocabulary import REQ, Fulfilment

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from sphinx_lastenheft.sources.pages import Placement


def evaluations(context: PageContext) -> dict[str, Evaluation]:
    """Every vendor's evaluation, by vendor ID; computed once per page."""
    key = ("selection", "evaluations")
    if key not in context.cache:
        context.cache[key] = {
            vendor_id: evaluate(
                context.model, checked, context.settings.options, demo_means(checked)
            )
            for vendor_id, checked in checked_vendors(context.env).items()
        }
    found: dict[str, Evaluation] = context.cache[key]
    return found


def answer_text(answer: Answer | None, texts: Texts) -> str:
    """An answer in a few characters: 'K (3 PT)', 'R (01.09.2027)', 'S'."""
    words = texts.selection
    if answer is None:
        return words.no_answer
    detail = ""
    if answer.effort is not None and answer.fulfilment.is_gap:
        detail = f" ({texts.formats.number(answer.effort)} {words.person_days})"
    elif answer.roadmap is not None:
        detail = f" ({texts.formats.date(answer.roadmap)})"
    if answer.outdated:
        detail += f" ({words.outdated})"
    return answer.fulfilment.value + detail


def _vendor_name(context: PageContext, evaluation: Evaluation) -> nodes.Node:
    """The vendor's name, linked to where it is declared."""
    vendor = evaluation.checked.vendor
    docname = vendor.location.docname
    uri = context.app.builder.get_relative_uri(context.docname, docname) + "#" + vendor.id
    if docname == context.docname and context.builder_format == "html":
        uri = "#" + vendor.id
    return nodes.reference("", vendor.name, refuri=uri, internal=True)


def _knockout_reasons(context: PageContext, evaluation: Evaluation) -> str:
    """The knock-outs: those not possible first, then those too late, each with its date."""
    texts, formats = context.settings.texts.selection, context.settings.texts.formats
    if not evaluation.knockouts:
        return texts.no_knockout
    impossible = [k.requirement for k in evaluation.knockouts if k.available is None]
    late = [
        f"{k.requirement} ({formats.date(k.available)})"
        for k in evaluation.knockouts
        if k.available is not None
    ]
    reasons = []
    if impossible:
        reasons.append(texts.knockout_not_possible.format(requirements=", ".join(impossible)))
    if late:
        go_live = formats.date(datetime.date.fromisoformat(context.settings.options.go_live))
        reasons.append(texts.knockout_roadmap.format(go_live=go_live, requirements=", ".join(late)))
    return "; ".join(reasons)


def _percent(context: PageContext, value: float) -> str:
    return f"{context.settings.texts.formats.number(value)} %"


def _days(context: PageContext, value: float) -> str:
    return context.settings.texts.formats.number(value)


def _money(context: PageContext, value: float) -> str:
    return f"{context.settings.texts.formats.number(value, 0)} EUR"


def _score(context: PageContext, evaluation: Evaluation) -> str:
    texts = context.settings.texts.selection
    answered = _percent(context, evaluation.percent(demonstrated=False))
    if not evaluation.demonstrated:
        return answered
    shown = _percent(context, evaluation.percent())
    return f"{shown} ({texts.demonstrated}); {answered} ({texts.answered})"


def _chart(ranked: Sequence[Evaluation], texts: SelectionTexts) -> nodes.Element:
    names = ", ".join('"' + e.name.replace('"', "'") + '"' for e in ranked)
    values = ", ".join(f"{e.percent():.1f}" for e in ranked)
    chart = mermaid()
    chart["code"] = "\n".join(
        [
            '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#2b6cb0"}}}}%%',
            "xychart-beta",
            f'    title "{texts.chart_title}"',
            f"    x-axis [{names}]",
            f'    y-axis "{texts.percent}" 0 --> 100',
            f"    bar [{values}]",
        ]
    )
    chart["options"] = {}
    return nodes.figure("", chart, nodes.caption(text=texts.chart_legend))


def render_comparison(context: PageContext, placement: Placement) -> list[nodes.Node]:
    texts = context.settings.texts.selection
    ranked = ranking(list(evaluations(context).values()))
    if not ranked:
        return [nodes.paragraph("", texts.no_answer)]
    day_rate = context.settings.options.day_rate
    header = [texts.rank, texts.vendor, texts.score, texts.effort, texts.price, texts.reason]
    rows: list[Sequence[Cell] | str] = []
    for rank, evaluation in enumerate(ranked, 1):
        price = evaluation.checked.vendor.price
        cost = NONE
        if price is not None:
            cost = _money(context, price + evaluation.effort * day_rate)
        rows.append(
            [
                str(rank) if not evaluation.knocked_out else texts.knocked_out,
                _vendor_name(context, evaluation),
                _score(context, evaluation),
                f"{_days(context, evaluation.effort)} {texts.person_days}",
                cost,
                _knockout_reasons(context, evaluation),
            ]
        )
    chart = _chart(ranked, texts)
    context.document.set_id(chart)
    table = build_table(rows, header, [2, 4, 4, 2, 3, 6], classes=["lastenheft-vendors"])
    return [table, chart]


def comparison_reads(context: ReadContext, placement: Placement) -> Iterable[Read]:
    # What the table and the chart show of each vendor.
    options = context.settings.options
    shown_rows = []
    for checked in checked_vendors(context.env).values():
        evaluation = evaluate(context.model, checked, options, demo_means(checked))
        vendor = checked.vendor
        shown_rows.append(
            (
                vendor.id,
                vendor.name,
                vendor.location.docname,
                vendor.price,
                round(evaluation.percent(), 6),
                round(evaluation.percent(demonstrated=False), 6),
                evaluation.effort,
                evaluation.knockouts,
            )
        )
    return [shown(shown_rows)]


def _scene_reads(context: ReadContext, requirements: Iterable[str] | None = None) -> list[Read]:
    """Where each requirement (of ``requirements``; all by default) is met first, and the
    scenes and steps named for it."""
    homes = context.model.home_steps()
    if requirements is not None:
        homes = {r: homes[r] for r in requirements if r in homes}
    steps = dict.fromkeys(step for step in homes.values() if step)
    scenes = dict.fromkeys(context.model.steps[step].scene for step in steps)
    return [
        shown(list(homes.items())),
        *(one(step, *LINK_FIELDS) for step in steps),
        *(one(scene, *LINK_FIELDS) for scene in scenes),
    ]


_TYPES: tuple[Fulfilment | None, ...] = (*Fulfilment, None)


def render_evaluation(context: PageContext, placement: Placement) -> list[nodes.Node]:
    texts = context.settings.texts.selection
    vendor_id = placement.option("vendor", "")
    evaluation = evaluations(context).get(vendor_id)
    if evaluation is None:
        _unknown_vendor(context, placement, vendor_id)
        return []
    summary = nodes.paragraph("", "", nodes.strong("", f"{texts.score}: "))
    summary += nodes.Text(
        f"{_score(context, evaluation)} · {_knockout_reasons(context, evaluation)}"
    )
    type_header = [f.value if f else NONE for f in _TYPES]
    header = [texts.scene, *type_header, texts.effort]
    rows: list[Sequence[Cell] | str] = []
    for scene_id, figures in evaluation.scenes.items():
        if not figures.counts:
            continue
        first: Cell = context.titled(scene_id) if scene_id else texts.group_cross_cutting
        rows.append(
            [
                first,
                *(str(figures.counts.get(f, 0) or "") for f in _TYPES),
                _days(context, figures.effort),
            ]
        )
    counts = evaluation.counts
    rows.append(
        [
            texts.total,
            *(str(counts.get(f, 0) or "") for f in _TYPES),
            _days(context, evaluation.effort),
        ]
    )
    widths = [6, *[1] * len(_TYPES), 2]
    table = build_table(rows, header, widths, classes=["lastenheft-vendor-evaluation"])
    legend = nodes.paragraph(
        "",
        "; ".join(f"{f.value} = {texts.fulfilment_names[f.value]}" for f in Fulfilment)
        + f"; {NONE} = {texts.no_answer}",
    )
    result: list[nodes.Node] = [summary, table, legend]
    outdated = [r for r, s in evaluation.scored.items() if s.answer and s.answer.outdated]
    for label, requirements in (
        (texts.outdated, outdated),
        (texts.new_since, evaluation.checked.new),
    ):
        if requirements:
            note = nodes.paragraph("", f"{label}: ", classes=["lastenheft-outdated"])
            note += context.links(requirements)
            result.append(note)
    return result


def vendor_reads(context: ReadContext, placement: Placement) -> Iterable[Read]:
    vendor_id = placement.option("vendor", "")
    checked = checked_vendors(context.env).get(vendor_id)
    # The answers older than their requirement and the requirements added since are linked.
    listed = [r for r, a in checked.answers.items() if a.outdated] + checked.new if checked else []
    return [
        vendor_input(vendor_id),
        every(REQ, "priority"),
        *_scene_reads(context),
        *(one(requirement, *LINK_FIELDS) for requirement in listed),
    ]


def _unknown_vendor(context: PageContext, placement: Placement, vendor_id: str) -> None:
    say = context.settings.texts.messages
    known = ", ".join(checked_vendors(context.env)) or say.none_yet
    warn_unknown(
        vendor_id, say.unknown_vendor.format(id=vendor_id, known=known), placement.location, say
    )


def render_pflichtenheft(context: PageContext, placement: Placement) -> list[nodes.Node]:
    texts = context.settings.texts.selection
    chosen = context.settings.options.chosen_vendor
    evaluation = evaluations(context).get(chosen)
    if evaluation is None:
        # An unknown chosen vendor is reported once, with the vendors' checks.
        return [nodes.paragraph("", texts.no_vendor_chosen)]
    model = context.model
    homes = model.home_steps()
    gaps = {
        r: s.answer
        for r, s in evaluation.scored.items()
        if s.answer is not None and s.answer.fulfilment.is_gap
    }
    header = [texts.requirement, texts.fulfilment, texts.solution, texts.person_days, texts.status]
    rows: list[Sequence[Cell] | str] = []
    groups: dict[str, list[str]] = {}
    for requirement_id in gaps:
        groups.setdefault(homes[requirement_id] or "", []).append(requirement_id)
    ordered = [step for scene in model.scenes.values() for step in scene.steps]
    for step_id in [*ordered, ""]:
        if step_id not in groups:
            continue
        if step_id:
            step = model.steps[step_id]
            scene = model.scenes[step.scene]
            rows.append(f"{scene.id} {scene.title} · {step.id} {step.title}")
        else:
            rows.append(texts.group_cross_cutting)
        for requirement_id in groups[step_id]:
            answer = gaps[requirement_id]
            name = texts.fulfilment_names[answer.fulfilment.value]
            rows.append(
                [
                    context.titled(requirement_id),
                    f"{answer.fulfilment.value} {name}",
                    answer.solution,
                    _days(context, answer.effort or 0.0),
                    texts.outdated if answer.outdated else texts.answered,
                ]
            )
    intro = nodes.paragraph("", texts.pflichtenheft_intro.format(vendor=evaluation.name))
    widths = [5, 2, 8, 1, 2]
    items = build_table(rows, header, widths, classes=["lastenheft-pflichtenheft"])
    return [
        intro,
        items,
        nodes.rubric("", texts.pflichtenheft_summary),
        _effort_summary(context, evaluation, gaps),
    ]


def _effort_summary(
    context: PageContext, evaluation: Evaluation, gaps: dict[str, Answer]
) -> table_data:
    texts = context.settings.texts.selection
    kinds = [f for f in Fulfilment if f.is_gap]
    homes = context.model.home_steps()
    sums: dict[str, dict[Fulfilment, float]] = {}
    for requirement_id, answer in gaps.items():
        step = homes[requirement_id]
        scene = context.model.steps[step].scene if step else ""
        per_kind = sums.setdefault(scene, {})
        per_kind[answer.fulfilment] = per_kind.get(answer.fulfilment, 0.0) + (answer.effort or 0)
    rows: list[Sequence[Cell] | str] = []
    for scene_id in [*context.model.scenes, ""]:
        if scene_id not in sums:
            continue
        first: Cell = context.titled(scene_id) if scene_id else texts.group_cross_cutting
        per_kind = sums[scene_id]
        rows.append(
            [
                first,
                *(_days(context, per_kind.get(k, 0.0)) for k in kinds),
                _days(context, sum(per_kind.values())),
            ]
        )
    totals = [sum(s.get(k, 0.0) for s in sums.values()) for k in kinds]
    rows.append(
        [texts.total, *(_days(context, total) for total in totals), _days(context, sum(totals))]
    )
    header = [texts.scene, *(f"{k.value} {texts.fulfilment_names[k.value]}" for k in kinds)]
    header.append(texts.total)
    return build_table(rows, header, [5, 2, 2, 2, 2, 2], classes=["lastenheft-effort"])


def pflichtenheft_reads(context: ReadContext, placement: Placement) -> Iterable[Read]:
    checked = checked_vendors(context.env).get(context.settings.options.chosen_vendor)
    if checked is None:
        return [shown(None)]
    gaps = [a for a in checked.answers.values() if a.fulfilment.is_gap]
    return [
        # The chosen vendor's items as the chapter shows them.
        shown(
            checked.vendor.name,
            [(a.requirement, a.fulfilment, a.solution, a.effort, a.outdated) for a in gaps],
        ),
        *_scene_reads(context, (answer.requirement for answer in gaps)),
        *(one(answer.requirement, *LINK_FIELDS) for answer in gaps),
    ]


def add_answers_to_requirements(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """A line in each requirement's box with every vendor's answer to it."""
    vendors = checked_vendors(app.env)
    if not vendors:
        return
    model = get_model(app.env)
    texts = settings(app.config).texts
    for table in doctree.findall(nodes.table):
        ids: list[str] = table.get("ids", [])
        if not ids or ids[0] not in model.requirements:
            continue
        block = next(
            (b for b in table.findall(nodes.line_block) if "needs_meta" in b["classes"]), None
        )
        if block is None:
            continue
        line = nodes.line("", f"{texts.selection.answers_of_vendors}: ")
        for index, (vendor_id, checked) in enumerate(vendors.items()):
            if index:
                line += nodes.Text(" · ")
            answer = checked.answers.get(ids[0])
            line += nodes.Text(f"{vendor_id} {answer_text(answer, texts)}")
        block += line


def _answer_reads(env: BuildEnvironment, written: list[str]) -> list[Read]:
    # Requirement pages show every vendor's answer to their requirements.
    model = get_model(env)
    requirements = [object_id for object_id in written if object_id in model.requirements]
    if not requirements:
        return []
    vendors = checked_vendors(env)
    return [
        shown(list(vendors)),
        *(
            shown(vendor_id, r, answer_text(checked.answers.get(r), settings(env.config).texts))
            for vendor_id, checked in vendors.items()
            for r in requirements
        ),
    ]


def render_vendor(context: PageContext, placement: Placement) -> list[nodes.Node]:
    """Where the vendor's answers come from: each file with its rows read, answers taken and
    rows rejected, and its demo scoring sheets."""
    texts = context.settings.texts.selection
    checked = checked_vendors(context.env).get(placement.option("vendor", ""))
    if checked is None:
        return []
    downloads = {
        node["reftarget"]: node
        for placed in context.placed
        if isinstance(placed, nodes.Element)
        for node in placed.findall(addnodes.download_reference)
    }
    vendor = checked.vendor

    def file_name(path: str) -> nodes.Node:
        return downloads.get(path) or nodes.literal(path, path)

    facts: list[Sequence[Cell] | str] = [[texts.vendor, f"{vendor.name} ({vendor.id})"]]
    if vendor.answered:
        answered = vendor.answered
        with contextlib.suppress(ValueError):
            formats = context.settings.texts.formats
            answered = formats.date(datetime.date.fromisoformat(answered))
        facts.append([texts.answered_on, answered])
    if vendor.price is not None:
        facts.append([texts.price, _money(context, vendor.price)])
    facts.append([texts.shortlisted, texts.yes if vendor.shortlisted else texts.no])
    result: list[nodes.Node] = [
        build_table(facts, widths=[1, 3], classes=["lastenheft-vendor-facts"]),
        nodes.paragraph("", texts.answer_sources.format(vendor=vendor.name)),
    ]
    sources = nodes.bullet_list(classes=["lastenheft-vendor-sources"])
    for file, answers in checked.counts:
        counts = texts.answer_counts.format(
            rows=file.rows_read, answers=answers, rejected=file.rows_read - answers
        )
        sources += nodes.list_item(
            "", nodes.paragraph("", "", file_name(file.path), nodes.Text(f": {counts}"))
        )
    if len(sources):
        result.append(sources)
    if vendor.demos:
        result.append(nodes.paragraph("", texts.demo_sheets.format(count=len(vendor.demos))))
        sheets = nodes.bullet_list(classes=["lastenheft-vendor-sources"])
        for sheet in vendor.demos:
            line = nodes.paragraph("", "", file_name(sheet.path))
            if sheet.evaluator:
                line += nodes.Text(f" ({texts.demo_evaluator}: {sheet.evaluator})")
            sheets += nodes.list_item("", line)
        result.append(sheets)
    return result


def _vendor_own_reads(context: ReadContext, placement: Placement) -> Iterable[Read]:
    return [vendor_input(placement.option("vendor", ""))]


class VendorComparisonDirective(ViewDirective):
    """``{vendorcomparison}``: all vendors ranked, with score, effort, price and knock-outs."""

    view = "vendorcomparison"


class VendorEvaluationDirective(ViewDirective):
    """``{vendorevaluation} V-A``: one vendor's answers by scene and fulfilment type."""

    view = "vendorevaluation"
    required_arguments = 1

    def view_options(self) -> dict[str, Any]:
        return {"vendor": self.arguments[0].strip()}


class PflichtenheftDirective(ViewDirective):
    """``{pflichtenheft}``: the chosen vendor's configuration, customizing, development and
    add-on items by scene and step, and their effort."""

    view = "pflichtenheft"


def setup_selection_views(app: Sphinx) -> None:
    register_view(app, View("vendor", render_vendor, _vendor_own_reads), VendorDirective)
    register_view(
        app,
        View("vendorcomparison", render_comparison, comparison_reads),
        VendorComparisonDirective,
    )
    register_view(
        app, View("vendorevaluation", render_evaluation, vendor_reads), VendorEvaluationDirective
    )
    register_view(
        app,
        View("pflichtenheft", render_pflichtenheft, pflichtenheft_reads),
        PflichtenheftDirective,
    )
    register_object_addition(_answer_reads)
    # After sphinx-needs laid out the requirements (doctree-resolved, 500), before empty
    # layout lines are dropped (600).
    app.connect("doctree-resolved", add_answers_to_requirements, priority=550)
