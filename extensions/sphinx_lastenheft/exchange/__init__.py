"""Files for other tools: the Lastenheft as ReqIF, the exchange format of requirements tools
such as DOORS or Polarion (``sphinx-build -b reqif``). ``reqif_schema.py`` holds the file's
types and identifiers, ``reqif_content.py`` maps the model to the ``reqif`` package's objects,
``reqif_builder.py`` is the Sphinx builder that writes them."""
