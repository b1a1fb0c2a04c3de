"""Importing registrations from the ticketing platform's export (CSV or XLSX).

The steps, each its own module: :mod:`.reading` turns a file into a table, :mod:`.headers`
decides which column holds which field, :mod:`.values` normalises cell values, :mod:`.plan`
checks and matches rows without writing, :mod:`.apply` writes the plan in one transaction, and
:mod:`.report` holds the report and the errors. The CLI and the GUI call :func:`import_file`,
or the steps one by one to show a preview before writing.
"""

from catchdesk.core.importing.apply import apply_import, import_file, resolve_mapping
from catchdesk.core.importing.headers import (
    FIELDS,
    PRESETS,
    Mapping,
    detect_mapping,
    detect_preset,
    parse_mapping_option,
)
from catchdesk.core.importing.plan import ImportPlan, PlannedRow, plan_import
from catchdesk.core.importing.reading import Table, TableRow, read_table
from catchdesk.core.importing.report import (
    Change,
    ImportCancelled,
    ImportFileError,
    ImportReport,
    Problem,
    RowsRejected,
    UnrecognisedColumns,
)

__all__ = [
    "FIELDS",
    "PRESETS",
    "Change",
    "ImportCancelled",
    "ImportFileError",
    "ImportPlan",
    "ImportReport",
    "Mapping",
    "PlannedRow",
    "Problem",
    "RowsRejected",
    "Table",
    "TableRow",
    "UnrecognisedColumns",
    "apply_import",
    "detect_mapping",
    "detect_preset",
    "import_file",
    "parse_mapping_option",
    "plan_import",
    "read_table",
    "resolve_mapping",
]
