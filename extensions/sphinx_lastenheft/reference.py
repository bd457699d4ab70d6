"""The reference tables of the README, generated from the definitions they document.

``python -m sphinx_lastenheft.reference`` prints them; a test keeps the README in step.
"""

from __future__ import annotations

from sphinx_lastenheft.config import PREFIX, config_fields, default_of
from sphinx_lastenheft.texts import LANGUAGES
from sphinx_lastenheft.vocabulary import LINKS, TYPES
from sphinx_lastenheft.warnings_ import WARNING_TYPE, WarningSubtype


def types_table() -> str:
    rows = [
        "| Directive | Title (de) | ID prefix | Required | Links it carries |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, spec in TYPES.items():
        required = ", ".join(f"`{f}`" for f in (*spec.required_fields, *spec.required_links))
        links = ", ".join(
            f"`{link}` → {' / '.join(link_spec.targets)}"
            for link, link_spec in LINKS.items()
            if name in link_spec.sources
        )
        title = LANGUAGES["de"].objects.type_titles[name]
        rows.append(f"| `{name}` | {title} | `{spec.prefix}` | {required} | {links} |")
    return "\n".join(rows)


def config_table() -> str:
    rows = ["| Setting | Default | Meaning |", "| --- | --- | --- |"]
    rows.extend(
        f"| `{PREFIX}{spec.name}` | `{default_of(spec)!r}` | {spec.metadata['help']} |"
        for spec in config_fields()
    )
    return "\n".join(rows)


def warnings_table() -> str:
    rows = ["| Subtype | Reported when |", "| --- | --- |"]
    rows.extend(
        f"| `{WARNING_TYPE}.{subtype.code}` | {subtype.description} |" for subtype in WarningSubtype
    )
    return "\n".join(rows)


if __name__ == "__main__":
    print(types_table(), config_table(), warnings_table(), sep="\n\n")
