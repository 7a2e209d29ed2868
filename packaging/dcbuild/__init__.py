"""The steps behind build_installer.py: build venv, PyInstaller run, per-OS installers, checks, smoke test.

Why a package of its own: build_installer.py stays a short, readable script of steps while each
OS's details live in one small module. It sits in packaging/ (not importable as `packaging`, which
is a PyPI name pytest itself needs), and build_installer.py puts packaging/ on sys.path.
Standard library only: it runs under whatever Python ≥ 3.11 starts build_installer.py.
"""
