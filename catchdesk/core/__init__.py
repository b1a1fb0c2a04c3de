"""Rules and data of CatchDesk, free of Qt so the CLI, the GUI and the tests share them."""
