"""The Qt screens of CatchDesk; the only room (with app.py) allowed to import PySide6."""
