"""Old home of the chat view's sample messages, kept while benchmarks/render_stream.py imports it.

The samples are in tests/gui/helpers.py; import from there.
"""

from tests.gui.helpers import SAMPLE_ANSWER, entry, many_entries, message, sample_entries, shown_chat_view

__all__ = ["SAMPLE_ANSWER", "entry", "many_entries", "message", "sample_entries", "shown_chat_view"]
