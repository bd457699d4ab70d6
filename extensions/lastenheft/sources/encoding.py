"""Pages that are not in the project's encoding: a located error, and the page read anyway.

Sphinx decodes a page strictly with ``source_encoding`` before any event runs, so a page
saved in Windows-1252 would stop the build with a traceback that names no file. Before the
pages are read, each one is decoded here: a page that fails is reported with the line,
column and bytes of the first undecodable byte, a guess of the encoding it was saved in and
the fix. Sphinx then reads the pages with a codec that puts U+FFFD in place of undecodable
bytes, so the page, with every object on it, is still built; skipping it would turn each of
its objects into an unknown ID wherever it is named. Such a page is read again in every
build until it is fixed, so that no incremental build passes over it in silence.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import TYPE_CHECKING

from lastenheft.warnings_ import Location, WarningSubtype, warn

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

#: Codec names of this prefix decode like the encoding named after it, with replacements.
_REPLACING = "lastenheft_replacing_"


def _replacing_codec(name: str) -> codecs.CodecInfo | None:
    """Codec search function: ``lastenheft_replacing_<encoding>`` decodes like
    ``<encoding>`` but never fails (Sphinx reads pages with ``errors=None``, i.e. strict)."""
    if not name.startswith(_REPLACING):
        return None
    base = codecs.lookup(name.removeprefix(_REPLACING))

    def decode(data: ReadableBuffer, errors: str = "strict", /) -> tuple[str, int]:
        return base.decode(data, "replace")

    def incremental_decoder(errors: str = "strict") -> codecs.IncrementalDecoder:
        return base.incrementaldecoder("replace")

    return codecs.CodecInfo(
        base.encode,
        decode,
        incrementalencoder=base.incrementalencoder,
        incrementaldecoder=incremental_decoder,
        name=name,
    )


@dataclass(frozen=True)
class UndecodableByte:
    """The first bytes of a file that its encoding cannot decode, and a guess of the
    encoding the file was saved in."""

    line: int
    column: int
    data: bytes
    #: A sentence naming the encoding the file looks like, and what it reads there; or ''.
    guess: str = ""
    #: The guessed encoding as iconv names it; '' without a guess.
    guessed: str = ""


#: Characters shown on either side of an undecodable byte.
_AROUND = 20


def _guess(content: bytes, start: int, line_start: int) -> tuple[str, str]:
    """The sentence and the iconv name of the encoding ``content`` looks like it was saved
    in, judged at the undecodable byte at ``start``; ('', '') when it is hard to tell."""
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return " It looks like UTF-16 (it starts with UTF-16's byte order mark).", "UTF-16"
    try:
        text = content.decode("cp1252")
    except UnicodeDecodeError:
        return "", ""
    # One byte is one character in Windows-1252: the byte offsets are the text's indices.
    line = text[line_start:].splitlines()[0]
    around = line[max(0, start - line_start - _AROUND) : start - line_start + _AROUND]
    return (
        f" It looks like Windows-1252 (Latin-1), which reads '{around.strip()}' there.",
        "WINDOWS-1252",
    )


def first_undecodable(content: bytes, encoding: str) -> UndecodableByte | None:
    """Where ``content`` first fails to decode with ``encoding``; None if it decodes."""
    try:
        content.decode(encoding)
    except UnicodeDecodeError as error:
        start = error.start
        line_start = content.rfind(b"\n", 0, start) + 1
        column = len(content[line_start:start].decode(encoding, "replace")) + 1
        line = content.count(b"\n", 0, start) + 1
        data = error.object[start : error.end]
        if codecs.lookup(encoding).name == "cp1252":
            return UndecodableByte(line, column, data)
        return UndecodableByte(line, column, data, *_guess(content, start, line_start))
    return None


def check_encoding(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    """Report the pages about to be read that their encoding cannot decode, and have Sphinx
    read them with replacement characters."""
    encoding = app.config.source_encoding
    # Sphinx's default, utf-8-sig, is UTF-8 that skips a byte order mark.
    named = "UTF-8" if codecs.lookup(encoding).name in ("utf-8", "utf-8-sig") else encoding
    found = False
    for docname in docnames:
        path = env.doc2path(docname)
        problem = first_undecodable(path.read_bytes(), encoding)
        if problem is None:
            continue
        found = True
        shown = " ".join(f"0x{byte:02X}" for byte in problem.data)
        convert = f", or with 'iconv -f {problem.guessed} -t {named}'" if problem.guessed else ""
        warn(
            WarningSubtype.ENCODING,
            f"The file is not {named}, the encoding Sphinx reads (source_encoding): byte "
            f"{shown} at line {problem.line}, column {problem.column} cannot be decoded."
            f"{problem.guess} Save the file as {named} (in the editor's 'Save as'{convert}). "
            f"This build reads the page with '\N{REPLACEMENT CHARACTER}' in place of each "
            f"byte it cannot decode.",
            Location(docname, problem.line),
        )
    if found:
        # Only the pages reported above decode differently. Sphinx sets the encoding back
        # from source_encoding when the next build starts.
        env.settings["input_encoding"] = _REPLACING + encoding


def reread_undecodable(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> set[str]:
    """The unchanged pages that still do not decode: read again in every build, so that
    their warning fails every strict build until the file is fixed."""
    encoding = app.config.source_encoding
    return {
        docname
        for docname in env.found_docs - added - changed
        if first_undecodable(env.doc2path(docname).read_bytes(), encoding) is not None
    }


def setup_encoding(app: Sphinx) -> None:
    # Registered once per process, however many applications it runs (the tests).
    codecs.unregister(_replacing_codec)
    codecs.register(_replacing_codec)
    app.connect("env-get-outdated", reread_undecodable)
    app.connect("env-before-read-docs", check_encoding)
