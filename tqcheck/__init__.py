"""tqcheck: translation-quality and fact-consistency checks for machine-translated news copy."""

__version__ = "0.1.0"
