"""Sync failures, each one sentence that says what to do."""

from __future__ import annotations

from catchdesk.core.errors import CatchDeskError


class SyncError(CatchDeskError):
    """Entries that cannot be merged into this store; nothing was changed."""


class BundleRefused(SyncError):
    """A bundle file that is damaged, truncated, altered, of another event, or locked."""


class WrongPassphrase(BundleRefused):
    """The passphrase does not open the bundle's (or the hub's) join key."""


class HubUnavailable(SyncError):
    """The hub does not answer (network down, server restarting, wrong address)."""

    exit_code = 6
