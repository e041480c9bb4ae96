"""Vietnamese language data: titles, agency types, abbreviations, date words. Data only, no parsing."""
