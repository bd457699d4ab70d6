"""What readers see: the one view machinery (placeholder, directive, registry, resolver and
the record of what each page reads) and the view families built on it."""
