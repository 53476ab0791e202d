"""Points Simulator: what a person would score in a Chinese city's points-settlement system, and why."""

__version__ = "0.1.0"
APP_NAME = "Points Simulator"
APP_NAME_ZH = "积分落户模拟器"
ORGANIZATION = "PointsSimulator"
# The icon, relative to resources/: the vector master; app-<size>.png, app.ico and app.icns sit beside it
# (drawn by scripts/make_icons.py). Read by the wizard, the About box and build.spec.
APP_ICON = "icons/app.svg"
