"""``python -m pppmodeler``: the same as the ``pppmodeler`` command."""

import sys

from .cli.main import main

sys.exit(main())
