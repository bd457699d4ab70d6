"""The characters of an ID, and the look-alikes that slip into one.

IDs are typed, pasted from word processors and copied from spreadsheets: a non-breaking
hyphen, an en dash, a Cyrillic 'A' or a zero-width space looks like the plain character, but no
link finds the object. Every non-ASCII character in an ID is reported by its code point and
Unicode name, with the plain character to type instead.
"""

from __future__ import annotations

import unicodedata

from sphinx_lastenheft.texts.messages import Messages

#: Per script, the Latin letters and the Unicode names of the letters drawn like them.
_TWIN_NAMES = {
    "CYRILLIC": {
        **dict.fromkeys("Aa", "A"),
        **dict.fromkeys("Cc", "ES"),
        **dict.fromkeys("Ee", "IE"),
        **dict.fromkeys("Ii", "BYELORUSSIAN-UKRAINIAN I"),
        **dict.fromkeys("Jj", "JE"),
        **dict.fromkeys("Oo", "O"),
        **dict.fromkeys("Pp", "ER"),
        **dict.fromkeys("Ss", "DZE"),
        **dict.fromkeys("Xx", "HA"),
        **dict.fromkeys("Yy", "U"),
        "B": "VE",
        "H": "EN",
        "K": "KA",
        "M": "EM",
        "T": "TE",
    },
    "GREEK": {
        "A": "ALPHA",
        "B": "BETA",
        "E": "EPSILON",
        "H": "ETA",
        "I": "IOTA",
        "K": "KAPPA",
        "M": "MU",
        "N": "NU",
        "O": "OMICRON",
        "P": "RHO",
        "T": "TAU",
        "X": "CHI",
        "Y": "UPSILON",
        "Z": "ZETA",
        "o": "OMICRON",
        "v": "NU",
    },
}
#: Letters of other scripts drawn like a Latin letter, to the Latin letter.
_LATIN_TWINS = {
    ord(
        unicodedata.lookup(f"{script} {'SMALL' if latin.islower() else 'CAPITAL'} LETTER {name}")
    ): latin
    for script, letters in _TWIN_NAMES.items()
    for latin, name in letters.items()
}
_PLAIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")


def _fix(char: str, say: Messages) -> str:
    """What to type instead of ``char``."""
    twin = char.translate(_LATIN_TWINS)
    if twin != char:
        return say.fix_latin.format(letter=twin)
    # Invisible first: a soft hyphen is no dash to type.
    if unicodedata.category(char) in ("Zs", "Zl", "Zp", "Cf", "Cc"):
        return say.fix_delete
    name = unicodedata.name(char, "")
    if unicodedata.category(char) == "Pd" or "HYPHEN" in name or "MINUS" in name:
        return say.fix_dash
    compatible = unicodedata.normalize("NFKC", char)
    if len(compatible) == 1 and compatible in _PLAIN:
        return say.fix_plain.format(char=compatible)
    return say.fix_other


def lookalike_problem(text: str, say: Messages) -> str:
    """What is wrong with the non-ASCII characters of the ID ``text`` and how to fix it, in
    the words of ``say``; empty when the ID holds none."""
    positions: dict[str, list[int]] = {}
    for position, char in enumerate(text, start=1):
        if not char.isascii():
            positions.setdefault(char, []).append(position)
    parts = []
    for char, found in positions.items():
        name = unicodedata.name(char, say.lookalike_unnamed)
        places = say.together.join(", ".join(map(str, found)).rsplit(", ", 1))
        where = (say.position if len(found) == 1 else say.positions).format(places=places)
        parts.append(
            say.lookalike_part.format(
                code=f"{ord(char):04X}", name=name, where=where, fix=_fix(char, say)
            )
        )
    if not parts:
        return ""
    return say.lookalike.format(text=text, parts="; ".join(parts))
