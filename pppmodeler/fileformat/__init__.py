"""The scenario file (``.pppm``): reading, writing, validating and upgrading it.

- :mod:`.document`: :class:`Document`, :func:`load`, :func:`loads`, :func:`save`, :func:`dumps`,
  :func:`content_hash`, :class:`FileFormatError`;
- :mod:`.validate`: strict validation driven by the declarations, every problem with its place;
- :mod:`.schema`: the published JSON Schema, built from the same declarations;
- :mod:`.migrations`: the format versions and the steps that upgrade old files;
- :mod:`.wrapper`: the declared metadata and scenarios; :mod:`.strictjson`: strict JSON;
  :mod:`.atomic`: atomic file replacement.
"""

from .document import (MAX_FILE_BYTES, Document, FileFormatError, content_hash, dumps,
                       hash_is_current, load, loads, save)
from .migrations import CURRENT_VERSION
from .wrapper import FORMAT_NAME, Metadata, Scenario

__all__ = ["CURRENT_VERSION", "FORMAT_NAME", "MAX_FILE_BYTES", "Document", "FileFormatError",
           "Metadata", "Scenario", "content_hash", "dumps", "hash_is_current", "load", "loads",
           "save"]
