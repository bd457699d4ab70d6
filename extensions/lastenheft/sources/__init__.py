"""What authors write: the directive behind every object, its registration with sphinx-needs,
and what each page holds (its objects in page order and the views placed on it)."""
