"""The frozen app's entry script: hands over to desktop_chat.__main__:main (the GUI script's target).

Why a file of its own: PyInstaller needs a script, and `python -m desktop_chat` semantics
(`__name__ == "__main__"` inside the package) must not run twice in the frozen app, and the
document reader's child processes start here too (`freeze_support`).
"""

import multiprocessing
import sys

from desktop_chat.__main__ import main

if __name__ == "__main__":
    # Attached documents are read in a spawned child process (desktop_chat.services.ingest): in the
    # frozen app that child is this executable again, and must run the reader, not the window.
    multiprocessing.freeze_support()
    sys.exit(main())
