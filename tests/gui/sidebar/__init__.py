"""GUI tests of the sidebar feature (desktop_chat/ui/sidebar)."""
