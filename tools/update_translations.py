"""Regenerate the Qt Linguist files: ``python3 tools/update_translations.py``.

Runs ``pyside6-lupdate`` over the GUI sources (catchdesk/ui/*.py and catchdesk/app.py) into
``resources/translations/catchdesk_{fr,nl,en}.ts`` (existing translations are kept, strings that
disappeared are marked obsolete), then ``pyside6-lrelease`` into the ``.qm`` files the application
loads, and prints how many strings each language still lacks. Translate with Qt Linguist
(``pyside6-linguist resources/translations/catchdesk_nl.ts``) and run this again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("fr", "nl", "en")


def sources() -> list[Path]:
    """Every file whose strings are shown by Qt: the screens and the GUI bootstrap."""
    return [*sorted((ROOT / "catchdesk" / "ui").glob("*.py")), ROOT / "catchdesk" / "app.py"]


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} is not on PATH; it comes with PySide6 (pip install PySide6).")
    return found


def unfinished(ts_file: Path) -> list[str]:
    """Source strings of ``ts_file`` that have no finished translation yet."""
    missing: list[str] = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        kind = translation.get("type")
        if kind in {"obsolete", "vanished"}:
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")] or [
            translation.text or ""
        ]
        if kind == "unfinished" or not all(form.strip() for form in forms):
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-obsolete", action="store_true", help="drop vanished strings")
    parser.add_argument("--list", action="store_true", help="print the untranslated strings")
    args = parser.parse_args()
    FOLDER.mkdir(parents=True, exist_ok=True)
    files = [str(path.relative_to(ROOT)) for path in sources()]
    for language in LANGUAGES:
        ts_file = FOLDER / f"catchdesk_{language}.ts"
        command = [tool("pyside6-lupdate"), *files, "-target-language", language]
        if args.no_obsolete:
            command.append("-no-obsolete")
        subprocess.run([*command, "-ts", str(ts_file.relative_to(ROOT))], check=True, cwd=ROOT)
        qm_file = ts_file.with_suffix(".qm")
        # English is the source language: untranslated strings fall back to the source text.
        subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True)
        missing = [] if language == "en" else unfinished(ts_file)
        print(f"{language}: {len(missing)} string(s) without a translation")
        if args.list:
            for text in missing:
                print(f"  {text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
