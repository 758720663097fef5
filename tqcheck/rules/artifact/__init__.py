"""Artifact rules (TQ2xx): doubled words, leaked captions and credits, untranslated script."""
