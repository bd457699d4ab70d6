"""Coverage thresholds: a metric below its threshold fails the build, one warning per gap."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx.errors import ConfigError

from lastenheft.config import PREFIX, read_config
from lastenheft.model_setup import get_model
from lastenheft.traceability.coverage import METRIC_KEYS, coverage
from lastenheft.warnings_ import WarningSubtype, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.config import Config

_FIXES = {
    "activities_with_requirement": "derive a requirement from it (':derived_from:')",
    "requirements_with_activity": "name the activities it is derived from (':derived_from:')",
    "mandatory_with_test": "add an acceptance test that verifies it (':verifies:')",
}


def check_metric_names(app: Sphinx, config: Config) -> None:
    unknown = set(read_config(config).coverage_thresholds) - set(METRIC_KEYS)
    if unknown:
        raise ConfigError(
            f"{PREFIX}coverage_thresholds names unknown metrics: {', '.join(sorted(unknown))}. "
            f"Use: {', '.join(METRIC_KEYS)}."
        )


def check_thresholds(app: Sphinx, builder: Builder) -> None:
    settings = read_config(app.config)
    if not settings.coverage_thresholds:
        return
    model = get_model(builder.env)
    report = coverage(model, settings)
    for key, threshold in settings.coverage_thresholds.items():
        figure = report.overall[key]
        if figure.percent is None or figure.percent >= threshold:
            continue
        for gap in figure.gaps:
            warn(
                WarningSubtype.COVERAGE,
                f"'{gap}' is a gap in {key}: {figure.percent:.0f} % where "
                f"{PREFIX}coverage_thresholds asks for {threshold:.0f} %. To close it, "
                f"{_FIXES[key]}.",
                model.location_of(gap),
            )


def setup_thresholds(app: Sphinx) -> None:
    app.connect("config-inited", check_metric_names, priority=2)
    # After the model is built (write-started, priority 400).
    app.connect("write-started", check_thresholds, priority=450)
