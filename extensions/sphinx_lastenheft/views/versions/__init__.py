"""The changes since a baseline: the chapter that lists them with their changed words, and
the mark on each object that changed. Suspect links and the review status of the
requirements: their lists, and the mark on each object with a suspect link."""
