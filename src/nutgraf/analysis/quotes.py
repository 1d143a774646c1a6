def extract(parsed, actors):
    return []
