"""Place names: a gazetteer index built from GeoNames and curated CSVs, and name matching."""
