"""Source-aware checking: bilingual files, sentence alignment, source-vs-target facts."""
