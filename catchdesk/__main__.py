"""``python -m catchdesk`` runs the command line."""

import sys

from catchdesk.cli import main

sys.exit(main())
