def reference_date(parsed, given):
    return given, ("given" if given else None)


def extract(parsed, ref):
    return []
