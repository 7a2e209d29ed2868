"""GUI tests of the dialogs feature (desktop_chat/ui/dialogs)."""
