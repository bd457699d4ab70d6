"""What is wrong in the sources: the one warning helper with its subtypes and locations, and
the checks of single objects and of the model's structure."""
