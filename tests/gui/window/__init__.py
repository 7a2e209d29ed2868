"""GUI tests of the window feature (desktop_chat/ui/window)."""
