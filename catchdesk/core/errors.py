"""Errors that carry one plain sentence for the person at the desk.

Every failure a user can cause (a wrong path, a broken file, a full disk) is raised as a
:class:`CatchDeskError` whose message says what happened and what to do; the CLI prints it
on stderr and the GUI shows it in a dialog, neither prints a traceback.
"""


class CatchDeskError(Exception):
    """A failure explained in words a desk volunteer can act on."""

    exit_code = 2


class StoreError(CatchDeskError):
    """The store cannot be opened or written."""

    exit_code = 3


class NotFoundError(CatchDeskError):
    """The thing the user named does not exist."""

    exit_code = 4


class ImportRejected(CatchDeskError):
    """An import file has rows that cannot be imported; nothing was written."""

    exit_code = 5
