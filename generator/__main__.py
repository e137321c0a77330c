"""``python -m generator`` is the same as the ``thiduua`` command."""

import sys

from .cli import main

sys.exit(main())
