"""Page furniture: text around an article that is not the article (to be written)."""


def find(parsed):
    return []
