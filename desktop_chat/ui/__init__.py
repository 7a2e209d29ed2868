"""The Qt user interface: widgets, passive Qt models, dialogs and the controller.

Only this package and the composition root (desktop_chat/app.py) import PySide6. Widgets never
reach the store, the network or the keyring themselves: the controller (ui/controller.py) runs the
services' use cases as asyncio tasks on the qasync loop and hands results back as Qt signals.
Nothing is imported here, so `import desktop_chat.ui.composer.widget` loads only what it needs.
"""
