"""Points Simulator: what a person would score in a Chinese city's points-settlement system, and why."""

__version__ = "0.1.0"
APP_NAME = "Points Simulator"
APP_NAME_ZH = "积分落户模拟器"
ORGANIZATION = "PointsSimulator"
