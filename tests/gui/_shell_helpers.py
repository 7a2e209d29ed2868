"""Old home of SHELL_KEY, kept while test_every_sentence_translatable.py imports it from here.

Everything shared by the GUI tests is in tests/gui/helpers.py (functions) and tests/gui/conftest.py
(fixtures); import from there.
"""

from tests.gui.helpers import SHELL_KEY

__all__ = ["SHELL_KEY"]
