"""The test cities' tests drive the wizard too: the GUI fixtures, shared."""

from tests.gui.conftest import built_translations, dialogs, isolated_data, isolated_settings, open_window  # noqa: F401
