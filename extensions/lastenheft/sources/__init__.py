"""What authors write: the object types and their fields and links (the vocabulary), the
directive behind every object, its registration with sphinx-needs, and the order of the
objects on each page."""
