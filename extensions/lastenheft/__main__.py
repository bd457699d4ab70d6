"""``python -m lastenheft``: the former name of ``python -m sphinx_lastenheft``."""

import sys
import warnings

from lastenheft import RENAMED
from sphinx_lastenheft.__main__ import main

warnings.warn(RENAMED, FutureWarning, stacklevel=1)
sys.exit(main())
