"""The frozen app's entry script: hands over to desktop_chat.__main__:main (the GUI script's target).

Why a file of its own: PyInstaller needs a script, and `python -m desktop_chat` semantics
(`__name__ == "__main__"` inside the package) must not run twice in the frozen app, and the
document reader's child processes start here too (`freeze_support`), and so do tool servers' leashes.
"""

import multiprocessing
import sys

if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "--desktop-chat-mcp-leash":
    # A tool server's leash (desktop_chat.services.tools.leash): this executable started again to tie
    # the server's life to the app's; it runs the server, never the window (and imports no Qt).
    from desktop_chat.services.tools.leash import main as leash

    sys.exit(leash(sys.argv[1:]))

from desktop_chat.__main__ import main

if __name__ == "__main__":
    # Attached documents are read in a spawned child process (desktop_chat.services.ingest): in the
    # frozen app that child is this executable again, and must run the reader, not the window.
    multiprocessing.freeze_support()
    sys.exit(main())
