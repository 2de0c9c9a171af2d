"""Corporate Parenting Briefing: a desktop app for councillors who are corporate parents."""

__version__ = "0.1.0"

APP_NAME = "Corporate Parenting Briefing"
APP_ID = "briefing-app"
ORGANISATION = "Corporate Parenting Briefing"
# What the name of a briefing file that officers publish for members ends with.
BRIEFING_SUFFIX = ".briefing"
