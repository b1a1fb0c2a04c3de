"""CatchDesk: the front of house of an in-person event."""

__version__ = "0.1.0"
APP_NAME = "CatchDesk"
