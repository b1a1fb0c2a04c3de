"""Bodies of the command-line commands; :mod:`catchdesk.cli` parses and dispatches to them."""
