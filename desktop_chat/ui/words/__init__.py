"""Every user-facing sentence of the app, through Qt's translation functions."""
