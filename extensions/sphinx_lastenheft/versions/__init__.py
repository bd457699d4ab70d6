"""Versions of a Lastenheft and the review of its links.

A baseline is a snapshot of every object as a version was given out (``baseline.py``); the
comparison tells which objects were added, changed or removed since, field by field
(``compare.py``), and where a text changed, which words (``word_diff.py``). These are plain
data, without Sphinx; the views of the changes are in :mod:`sphinx_lastenheft.views.versions`. The
commands that record versions read the project through one quiet build
(``project_build.py``).
"""
