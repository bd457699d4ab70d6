"""Generated pages for training and interfaces: a handbook per role, an overview per system."""
