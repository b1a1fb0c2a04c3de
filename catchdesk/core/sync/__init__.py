"""Many desks, offline first (DESIGN.md §6): stores converge by exchanging journal entries.

Modules by responsibility (import the one you need; this package imports none of them, so a
desk that never syncs does not pay for it at start-up):

- :mod:`.tables` — local bookkeeping (field clocks, tombstones, aliases, cursors, conflicts)
  and the one synced table of this package, conflict settlements;
- :mod:`.entries` — journal entries as values, their clocks, turning payloads back into rows;
- :mod:`.index` — bringing field clocks and tombstones up to date with local writes;
- :mod:`.apply` — applying foreign entries: idempotent, last writer wins per field;
- :mod:`.rows` — the rare cases: a row inserted twice, a unique key taken, a deleted row in use;
- :mod:`.detect` — merge rules that raise conflicts (double admission, slot booked twice);
- :mod:`.conflicts` — listing and settling conflicts;
- :mod:`.crypto`, :mod:`.bundles` — encrypted bundle files, joining an event from one;
- :mod:`.hub`, :mod:`.rounds` — the PostgreSQL hub, one push and pull round, its status;
- :mod:`.digest` — a digest of an event's synced data, to tell that two stores agree.
"""
