"""Arabic source text: normalisation, sentences, numbers and dates with exact character spans."""
