"""The core: everything that works without a screen. Never imports Textual or tidwizard.ui."""
