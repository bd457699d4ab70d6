"""A new Lastenheft project to start from (``python -m sphinx_lastenheft new``): the files in
``templates/`` (one folder per language, and ``common/`` for both) and the code that writes
them, filled in with the company's name."""
