"""Source-aware rules (TQ7xx): the target compared with the source it translates.

They run when a document has a source (``check TARGET --source SOURCE`` or a bilingual file)
and find nothing otherwise. Alignment is shared: :func:`tqcheck.bilingual.pairing.aligned_groups`.
"""
