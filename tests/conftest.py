"""Settings for the whole test session. Fixtures belong in the conftest.py next to their tests."""

import os

# Without a display Qt aborts the whole pytest process (exit 134, no test reported) unless it
# renders offscreen. This runs before any test module can import Qt; an explicit setting wins.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
