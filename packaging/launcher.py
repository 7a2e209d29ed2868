"""The frozen app's entry script: hands over to desktop_chat.__main__:main (the GUI script's target).

Why a file of its own: PyInstaller needs a script, and `python -m desktop_chat` semantics
(`__name__ == "__main__"` inside the package) must not run twice in the frozen app.
"""

import sys

from desktop_chat.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
