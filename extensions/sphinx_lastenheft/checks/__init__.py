"""What is wrong in the sources: the checks of single objects, of the model's structure, of
the objects as written on their pages and across the objects of a type, reported once per
build with file, line and the fix (through :mod:`sphinx_lastenheft.warnings_`)."""
