"""GUI tests of the chat feature (desktop_chat/ui/chat)."""
