"""Documents a person writes (YAML or JSON: scenario files, a shop's terms): read with the
line and column of every key and value, and problems reported at those places, with the right
key suggested for a typo. Below the scenarios and the terms, which both read such files."""
