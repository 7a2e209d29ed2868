"""Constants shared by the shell's GUI tests and their fixtures."""

SHELL_KEY = "sk-gui-test-key-0123456789"
