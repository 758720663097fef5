"""Layout rules (TQ1xx): headings, fragments and spacing that machine translation or a CMS broke."""
