"""GUI tests of the app-wide parts: single instance, crash dialog (desktop_chat/ui/system)."""
