"""What authors write: the directive behind every object, its registration with sphinx-needs,
and what each page holds (its objects in page order and the views placed on it). Text that
Sphinx or MyST would misread without a word is reported where it stands: a page not in the
project's encoding (``encoding.py``), an option block MyST drops (``option_blocks.py``), a
directive fence that opens nothing (``fences.py``), an ID with a character that only looks
like a plain one (``identifiers.py``). ``scanner.py`` reads directives, their option lines and
tables from the text as written."""
