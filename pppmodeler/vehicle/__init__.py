"""The corporate vehicle: the agency's property inventory, the screening of many properties,
and the vehicle that holds them.

- :mod:`.inventory` imports an inventory from CSV or XLSX (:func:`~.inventory.import_inventory`)
  into :class:`~.records.InventoryRecord` rows, reporting every row it could not take;
- :mod:`.synthetic` writes a clearly labelled synthetic inventory for tests and demonstrations;
- :mod:`.screening` builds a first concession model for each property from the bundled sample of
  its kind (the rule is in :mod:`.scaling`) and evaluates them in one batch per kind;
- :mod:`.terms`, :mod:`.stacking`, :mod:`.evaluate` and :mod:`.consolidation` declare a
  vehicle, evaluate its holdings and consolidate them.

Like the core, this package never imports Qt or matplotlib. Only :mod:`.xlsxfile` imports
openpyxl, and only when an XLSX file is read (``tests/test_core_boundary.py`` checks both).
"""
