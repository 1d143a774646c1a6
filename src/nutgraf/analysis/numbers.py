def extract(parsed):
    return []
