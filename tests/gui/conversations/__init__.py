"""GUI tests of the conversations feature (desktop_chat/ui/conversations)."""
