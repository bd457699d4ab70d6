"""What is wrong in the sources: the checks of single objects and of the model's structure,
reported once per build with file, line and the fix (through :mod:`lastenheft.warnings_`)."""
