"""Builds the native installer for the OS this runs on (see packaging/).

Not yet: the installer work is issue 5. Running this says so and exits non-zero.
"""

import sys

if __name__ == "__main__":
    sys.exit("build_installer.py: installers are not built yet (issue 5).")
