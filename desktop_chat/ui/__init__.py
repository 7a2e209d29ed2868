"""The Qt user interface: one folder a feature, each with its widgets and its controller.

Only this package, desktop_chat/testing and the composition root (desktop_chat/app.py) import
PySide6. The UI imports only `desktop_chat.domain` and `desktop_chat.services`: widgets show and
emit intent, feature controllers call the services, `main_controller.MainController` composes them
(docs/ARCHITECTURE.md). Every user-facing sentence is written here, through Qt's translation
functions. Nothing is imported here, so `import desktop_chat.ui.composer.widget` loads only what it needs.
"""
