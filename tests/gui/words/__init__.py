"""GUI tests of the texts every sentence of the UI is written in (desktop_chat/ui/words)."""
