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

from sphinx_lastenheft.config import settings
from sphinx_lastenheft.warnings_ import Location, WarningSubtype, warn

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
    #: The guessed encoding as iconv names it; '' without a guess.
    guessed: str = ""
    #: The text around the byte as the guessed encoding reads it; '' without one.
    around: str = ""


_UTF16 = "UTF-16"
_WINDOWS = "WINDOWS-1252"
#: Characters shown on either side of an undecodable byte.
_AROUND = 20


def _guess(content: bytes, start: int, line_start: int) -> tuple[str, str]:
    """The iconv name of the encoding ``content`` looks like it was saved in, judged at the
    undecodable byte at ``start``, and what it reads there; ('', '') when it is hard to
    tell."""
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _UTF16, ""
    try:
        text = content.decode("cp1252")
    except UnicodeDecodeError:
        return "", ""
    # One byte is one character in Windows-1252: the byte offsets are the text's indices.
    line = text[line_start:].splitlines()[0]
    around = line[max(0, start - line_start - _AROUND) : start - line_start + _AROUND]
    return _WINDOWS, around.strip()


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
    say = settings(app.config).texts.messages
    for docname in docnames:
        path = env.doc2path(docname)
        problem = first_undecodable(path.read_bytes(), encoding)
        if problem is None:
            continue
        found = True
        shown = " ".join(f"0x{byte:02X}" for byte in problem.data)
        convert = guess = ""
        if problem.guessed:
            convert = say.encoding_convert.format(source=problem.guessed, target=named)
            guess = (
                say.encoding_utf16
                if problem.guessed == _UTF16
                else say.encoding_windows.format(text=problem.around)
            )
        warn(
            WarningSubtype.ENCODING,
            say.encoding.format(
                encoding=named,
                bytes=shown,
                line=problem.line,
                column=problem.column,
                guess=guess,
                convert=convert,
            ),
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
