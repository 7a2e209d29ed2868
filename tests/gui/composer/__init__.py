"""GUI tests of the composer feature (desktop_chat/ui/composer)."""
